#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <chrono>
#include <functional>
#include <optional>

class FakeReply;

// An in-process stand-in for the network: every request the code under test
// makes is recorded and answered from a script, never from a socket. Replies behave like real
// ones: metaDataChanged, readyRead and finished arrive asynchronously, abort() finishes at once
// with OperationCanceledError.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // One scripted answer.
    struct Response
    {
        enum class Kind { Payload, Hang, NetworkError };
        Kind kind = Kind::Payload;
        int status = 200;
        QByteArray reason;
        Headers headers;
        QByteArray body;
        std::chrono::milliseconds delay { 0 }; // before the first byte
        qsizetype chunkSize = 0; // > 0: the body arrives in chunks, one readyRead each
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool honourTransferTimeout = false; // Hang: end like Qt does when the transfer timeout expires

        static Response json(int status, const QByteArray &body);
        static Response text(int status, const QByteArray &body);
        // Never finishes until aborted (ApiReply's deadline, a user cancel, or teardown).
        static Response hanging();
        // Like a hanging server on a real QNAM: ends with OperationCanceledError after the request's transfer
        // timeout.
        static Response stalled();
        static Response networkError(QNetworkReply::NetworkError error);
        Response &withHeader(const QByteArray &name, const QByteArray &value);
        Response &withDelay(std::chrono::milliseconds ms);
        Response &inChunks(qsizetype size);
    };

    // What one request looked like when it was handed to the network.
    struct Request
    {
        QNetworkAccessManager::Operation operation = QNetworkAccessManager::UnknownOperation;
        QByteArray method;
        QUrl url;
        Headers headers;
        QByteArray body;
        int transferTimeout = 0; // the request's own value; 0 when unset
        QVariant redirectPolicy; // the request's RedirectPolicyAttribute, invalid when unset
        int maximumRedirects = 0;
        QNetworkRequest request;
        qint64 sentAtNs = 0; // on the manager's clock (elapsedNs())
        qint64 finishedAtNs = -1;

        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    // Answers a request, or returns nullopt to fall through to the queue.
    using Handler = std::function<std::optional<Response>(const Request &)>;
    // Returns a non-empty complaint when a request breaks a rule every request must keep.
    using RequestCheck = std::function<QString(const Request &, const QNetworkAccessManager &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    void enqueue(const Response &response);
    void setHandler(Handler handler);
    // Replaces the default check (non-zero transfer timeout, same-origin or manual redirects).
    void setRequestCheck(RequestCheck check);
    static QString defaultRequestCheck(const Request &request, const QNetworkAccessManager &manager);

    const QList<Request> &requests() const { return m_requests; }
    qsizetype pendingResponses() const { return m_queue.size(); }
    // Requests that broke the check, and requests nothing was scripted for; empty when all is well.
    const QStringList &violations() const { return m_violations; }
    qint64 elapsedNs() const { return m_clock.nsecsElapsed(); }
    // Replies still running (for example hanging ones nobody aborted).
    int openReplies() const;
    void reset();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    friend class FakeReply;
    void replyFinished(qsizetype index);

    QList<Request> m_requests;
    QList<Response> m_queue;
    QList<QPointer<FakeReply>> m_replies;
    Handler m_handler;
    RequestCheck m_check;
    QStringList m_violations;
    QElapsedTimer m_clock;
};

// The reply FakeNetworkAccessManager hands out. Public so tests can reach a reply they hold.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(FakeNetworkAccessManager *manager, qsizetype index, const QNetworkRequest &request,
              QNetworkAccessManager::Operation operation, const QByteArray &method,
              const FakeNetworkAccessManager::Response &response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    friend class FakeNetworkAccessManager;
    void begin();
    void start();
    void deliverNextChunk();
    void finishWith(QNetworkReply::NetworkError error, const QString &text);
    void finishOk();

    QPointer<FakeNetworkAccessManager> m_manager;
    qsizetype m_index;
    FakeNetworkAccessManager::Response m_response;
    QByteArray m_buffer; // delivered and not yet read
    qsizetype m_sent = 0; // bytes of the body delivered so far
};
