#pragma once

#include "apirequest.h"

#include <QDateTime>
#include <QList>

// The Artifactory calls of the owner trail (docs/jfrog-api.md 3.10).

// GET /artifactory/api/repositories/{key}: whether the repository exists, and what it is.
// A missing repository (400 or 404) is an answer, not an error.
class RepositoryRequest : public ApiRequest
{
    Q_OBJECT
public:
    RepositoryRequest(ApiClient *client, QString key, QObject *parent);
    bool exists() const { return m_exists; }
    const QString &packageType() const { return m_packageType; }
    const QString &repositoryClass() const { return m_class; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_key;
    bool m_exists = false;
    QString m_packageType;
    QString m_class;
};

// PUT /artifactory/api/repositories/{key}: a local generic repository. Needs an admin token (403 otherwise).
class CreateGenericRepositoryRequest : public ApiRequest
{
    Q_OBJECT
public:
    CreateGenericRepositoryRequest(ApiClient *client, QString key, QString description, QObject *parent);

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_key;
    QString m_description;
};

// One file AQL found.
struct ArtifactItem
{
    QString repo;
    QString path; // the folder, "." at the root
    QString name;
    QString modified; // as the server wrote it
    QDateTime modifiedAt;
    qint64 size = -1;
    QString fullPath() const; // path/name, without "./"
};

// POST /artifactory/api/search/aql for the files of one repository modified at or after a time, oldest
// first, one page (offset, limit).
class AqlFilesRequest : public ApiRequest
{
    Q_OBJECT
public:
    struct Query
    {
        QString repository;
        QString modifiedSince; // empty: from the start; else `$gte` this time, as the server wrote it
        int offset = 0;
        int limit = 500;
    };
    AqlFilesRequest(ApiClient *client, Query query, QObject *parent);
    const QList<ArtifactItem> &result() const { return m_result; }
    static QByteArray queryText(const Query &query);

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    Query m_query;
    QList<ArtifactItem> m_result;
};

// GET /artifactory/{repo}/{path}: one file's bytes, up to maxBytes.
class ArtifactRequest : public ApiRequest
{
    Q_OBJECT
public:
    ArtifactRequest(ApiClient *client, QString repository, QString path, qint64 maxBytes, QObject *parent);
    const QByteArray &body() const { return m_body; }
    bool missing() const { return m_missing; } // 404: removed since it was listed
    static QString endpoint(const QString &repository, const QString &path);

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    QString m_repository;
    QString m_path;
    qint64 m_maxBytes;
    QByteArray m_body;
    bool m_missing = false;
};
