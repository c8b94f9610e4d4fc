#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

// What the demo platform was asked, for tests and GET /__demo/requests. It records whether an
// Authorization header came and whether it was right, never its value. Thread-safe.
class DemoRequestLog
{
public:
    struct Entry
    {
        qint64 atMs = 0; // since the log started
        QByteArray method;
        QString path;
        QString endpoint; // "POST /runtime/api/v1/images/tags" (the route pattern)
        QByteArray body; // the first 64 KiB
        bool hadAuthorization = false;
        bool authorized = false; // carried the platform's token
        int status = 0; // what was sent; 0 when a fault sent no status line
        QString fault; // the fault that fired, if any
    };

    DemoRequestLog();
    void append(Entry entry);
    void clear();
    QList<Entry> entries() const;
    int size() const;
    int count(const QString &endpoint) const; // by "METHOD pattern"
    QMap<QString, int> counts() const;
    int withAuthorization() const; // requests that carried any Authorization header
    QJsonObject toJson() const;

private:
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    QList<Entry> m_entries;
};
