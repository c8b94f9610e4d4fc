#pragma once

#include "apirequest.h"
#include "cluster.h"
#include "imagetag.h"
#include "page.h"
#include "runtimequery.h"
#include "workload.h"

#include <optional>

// The Runtime REST endpoints (docs/jfrog-api.md 3), one class each.

// POST /runtime/api/v1/images/tags: one page of image tags.
class ImageTagsPageRequest : public ApiRequest
{
    Q_OBJECT
public:
    ImageTagsPageRequest(ApiClient *client, RuntimeQuery query, QObject *parent);
    const Page<ImageTag> &result() const { return m_result; }
    qint64 bodyBytes() const { return m_bodyBytes; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    RuntimeQuery m_query;
    Page<ImageTag> m_result;
    qint64 m_bodyBytes = 0;
};

// POST /runtime/api/v1/workloads: one page of workloads.
class WorkloadsPageRequest : public ApiRequest
{
    Q_OBJECT
public:
    WorkloadsPageRequest(ApiClient *client, RuntimeQuery query, QObject *parent);
    const Page<Workload> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    RuntimeQuery m_query;
    Page<Workload> m_result;
};

// POST /runtime/api/v1/clusters: one page of clusters.
class ClustersPageRequest : public ApiRequest
{
    Q_OBJECT
public:
    ClustersPageRequest(ApiClient *client, int limit, QString nextKey, QObject *parent);
    const Page<Cluster> &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;

private:
    int m_limit;
    QString m_nextKey;
    Page<Cluster> m_result;
};

// GET /runtime/api/v1/cluster/{id}, falling back to /clusters/{id}/ on 404 (CONFLICT, 3.4).
class ClusterRequest : public ApiRequest
{
    Q_OBJECT
public:
    ClusterRequest(ApiClient *client, QString id, QObject *parent);
    const Cluster &result() const { return m_result; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;
    bool fallBack(const ApiError &error) override;

private:
    QString m_id;
    bool m_usingFallback = false;
    Cluster m_result;
};

// GET /runtime/api/v1/images/tags/{digest}: ASSUMED (3.7). A platform without it answers
// 404 or 405; then available() is false and the caller shows what the list gave.
class ImageTagDetailRequest : public ApiRequest
{
    Q_OBJECT
public:
    ImageTagDetailRequest(ApiClient *client, QString digest, QObject *parent);
    const std::optional<ImageTag> &result() const { return m_result; }
    bool available() const { return m_available; }

protected:
    ApiCall call() const override;
    bool parse(const ApiReply &reply, QString *error) override;
    bool fallBack(const ApiError &error) override;

private:
    QString m_digest;
    std::optional<ImageTag> m_result;
    bool m_available = true;
};
