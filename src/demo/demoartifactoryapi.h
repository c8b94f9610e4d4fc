#pragma once

#include "demorequest.h"
#include "demoresponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <optional>

struct DemoAqlQuery;

// The Artifactory calls the owner trail uses (docs/jfrog-api.md 3.10), over local generic repositories
// kept in memory: repository configuration and creation, deploy and download of files at any depth,
// and AQL searches on items (DemoAqlQuery). Errors have Artifactory's shape
// {"errors":[{"status":N,"message":"…"}]}. Times are ISO 8601 UTC with milliseconds and never go
// back: a write is never older than the one before it.
// Thread-safe: handlers run in the platform's thread, tests and DemoPlatform seed and read from theirs.
class DemoArtifactoryApi
{
public:
    struct Item
    {
        QString path; // below the repository, no leading slash, as the URL's decoded path names it
        QByteArray content;
        QByteArray mimeType;
        qint64 createdMs = 0;
        qint64 modifiedMs = 0;
        QString createdBy;
        QString modifiedBy;
    };

    // Who the demo token is (Access's tokens/me subject), and who the collector writes as.
    static inline const QString tokenUser = QStringLiteral("demo-admin");
    static inline const QString workerUser = QStringLiteral("workers-service");

    // admin: the token may create repositories (docs/jfrog-api.md 3.10); false answers 403 there.
    explicit DemoArtifactoryApi(bool admin = true);

    void addRepository(const QString &key, const QString &description = {}); // local, generic
    bool hasRepository(const QString &key) const;
    // Writes (or replaces) items as if deployed: a replaced item keeps its created time and creator.
    // False when the repository does not exist.
    bool store(const QString &repository, const QList<Item> &items);
    std::optional<Item> item(const QString &repository, const QString &path) const;
    QList<Item> items(const QString &repository) const; // by modified, then path
    int itemCount(const QString &repository) const;
    // Now, for a write: the wall clock, or the last write's time if that is later.
    qint64 writeClock() const;

    DemoResponse repository(const QString &key) const;
    DemoResponse createRepository(const QString &key, const QByteArray &body);
    DemoResponse deploy(const DemoRequest &request, const QString &baseUrl);
    DemoResponse download(const DemoRequest &request) const;
    DemoResponse search(const QByteArray &body) const;

    // An item path a deploy or download may name: non-empty segments, none of them `.` or `..`.
    static bool validPath(const QString &path);

private:
    struct Repository
    {
        QString key;
        QString description;
        QHash<QString, Item> items;
    };
    void storeLocked(Repository &repository, const Item &item);
    QByteArray results(const DemoAqlQuery &query) const;

    mutable QMutex m_mutex;
    bool m_admin;
    QMap<QString, Repository> m_repositories;
    qint64 m_lastWriteMs = 0;
};
