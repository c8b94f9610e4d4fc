#pragma once

#include "apicall.h"
#include "apierror.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;

// One platform endpoint: builds its call, names the statuses it expects, parses a typed result.
// Parented to its caller. Subclasses implement call() and parse(); finished() fires once.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ~ApiRequest() override;
    void start();
    void abort();
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();
    void retrying(int attempt, qint64 delayMs, const QString &cause);

protected:
    ApiRequest(ApiClient *client, QObject *parent);
    virtual ApiCall call() const = 0;
    // Reads the body of a successful reply; false and a reason when it is unusable.
    virtual bool parse(const ApiReply &reply, QString *error) = 0;
    // A chance to try another form of the call (a documented path, then a fallback); true resends.
    virtual bool fallBack(const ApiError &) { return false; }
    ApiClient *client() const { return m_client; }

private:
    void onReplyFinished();

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    ApiError m_error;
    int m_attempts = 0;
    bool m_finished = false;
};
