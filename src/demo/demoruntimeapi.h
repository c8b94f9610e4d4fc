#pragma once

#include "democursor.h"
#include "demodataset.h"
#include "demoresponse.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// The two documented shapes of the POST /images/tags response: the examples' (`image_tags`, total_count
// at the top level) and the field table's (`images_tags`, total_count only inside `pagination`).
enum class DemoListVariant { Examples, FieldTable };

// The Runtime REST endpoints of the demo platform (docs/jfrog-api.md 3): list image tags, workloads and
// clusters with filters, order_by and opaque key paging; one cluster; one image tag (ASSUMED).
// Matching index lists are cached per query and epoch, so paging a filtered listing costs one scan.
class DemoRuntimeApi
{
public:
    DemoRuntimeApi(quint64 secret, bool listIncludesDetail);
    void setListVariant(DemoListVariant variant) { m_listVariant = variant; }
    // A fault: added to every total_count of the image-tag listing, which then disagrees with the rows.
    void setTotalCountSkew(int skew) { m_totalCountSkew = skew; }

    DemoResponse imageTags(const DemoDataset &dataset, const QByteArray &body);
    DemoResponse workloads(const DemoDataset &dataset, const QByteArray &body);
    DemoResponse clusters(const DemoDataset &dataset, const QByteArray &body);
    DemoResponse cluster(const DemoDataset &dataset, const QString &id);
    DemoResponse imageTag(const DemoDataset &dataset, const QString &digest);

private:
    struct ListRequest
    {
        int limit = 10;
        DemoCursor cursor;
        QString orderBy;
        QJsonObject filters;
    };
    // nullopt when the body is fine; otherwise the 400 to send.
    std::optional<DemoResponse> parseList(const QByteArray &body, const char *endpoint,
                                          ListRequest *request) const;
    QList<quint32> cached(quint32 fingerprint, int epoch) const;
    void remember(quint32 fingerprint, int epoch, const QList<quint32> &indices);
    QList<quint32> workloadOrder(const DemoDataset &dataset, const QString &orderBy) const;
    // `reported`: the total_count to write inside, when it is not `total`.
    QByteArray pagination(const ListRequest &request, qsizetype total, DemoResponse *response,
                          bool countInside, qint64 reported = -1) const;

    struct CacheEntry
    {
        quint32 fingerprint;
        int epoch;
        QList<quint32> indices;
    };
    quint64 m_secret;
    bool m_listIncludesDetail;
    DemoListVariant m_listVariant = DemoListVariant::Examples;
    int m_totalCountSkew = 0;
    QList<CacheEntry> m_cache; // most recent last, a handful of entries
};
