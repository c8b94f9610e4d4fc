#include "evidencedocuments.h"

#include "displaytext.h"
#include "findingtext.h"
#include "tagjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EvidenceDocuments {

namespace {
QString time(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString row(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &f : fields)
        escaped.append(FindingText::csvField(f));
    return escaped.join(u',') + QStringLiteral("\r\n");
}

// Image, build and integrity.
void appendImage(QString &m, const ImageTag &t)
{
    using FindingText::code;
    m += QStringLiteral(
             "## Image\n\n- **Registry:** %1%2\n- **Repository path:** %3\n- **Image:** %4\n- **Tag:** %5\n")
             .arg(code(t.registry),
                  t.registryTrusted
                      ? (*t.registryTrusted ? QStringLiteral(" (trusted)") : QStringLiteral(" (untrusted)"))
                      : QString(),
                  code(t.repositoryPath), code(t.name), code(t.tag));
    m += QStringLiteral("- **Digest:** %1\n- **Runtime status:** %2\n")
             .arg(code(t.digest), code(t.runtimeStatus));
    if (t.buildInfo && !t.buildInfo->isEmpty())
        m += QStringLiteral("- **Build:** %1 #%2 (%3)\n")
                 .arg(code(t.buildInfo->name), code(t.buildInfo->number), code(t.buildInfo->repository));
    m += QStringLiteral("\n## Integrity\n\n");
    if (t.integrity) {
        m +=
            QStringLiteral("- **Status:** %1\n- **Violation:** %2 (severity %3)\n- **Runtime digest:** %4\n- "
                           "**Expected digest (Artifactory):** %5\n")
                .arg(code(t.integrity->status), code(t.integrity->violationType), code(t.integrity->severity),
                     code(t.integrity->runtimeDigest), code(t.integrity->expectedDigest));
        if (!t.integrity->runtimeDigest.isEmpty() && !t.integrity->expectedDigest.isEmpty())
            m += t.integrity->runtimeDigest == t.integrity->expectedDigest
                ? QStringLiteral("- The digests match.\n")
                : QStringLiteral("- **The digests differ.**\n");
    } else {
        m += QStringLiteral("_not provided by the platform_\n");
    }
}

// Risks, vulnerabilities (the first 100) and workloads.
void appendExposure(QString &m, const ImageTag &t)
{
    using FindingText::code;
    const QStringList risks = RiskNames::canonicalList(t.risks);
    m += QStringLiteral("\n## Risks\n\n%1\n")
             .arg(risks.isEmpty() ? QStringLiteral("none")
                                  : QStringLiteral("- ") + risks.join(QStringLiteral("\n- ")));
    m += QStringLiteral("\n## Vulnerabilities (%1, %2 critical and applicable)\n\n")
             .arg(t.vulnerabilities.size())
             .arg(t.criticalApplicableCount());
    if (!t.vulnerabilities.isEmpty())
        m += QStringLiteral("See vulnerabilities.csv for all of them.\n\n| CVE | severity | applicability "
                            "|\n|---|---|---|\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(t.vulnerabilities.size(), 100); ++i) {
        const Vulnerability &v = t.vulnerabilities.at(i);
        m += QStringLiteral("| %1 | %2 | %3 |\n")
                 .arg(code(v.cveId.isEmpty() ? v.xrayId : v.cveId), SeverityNames::toString(v.severity),
                      code(v.applicability));
    }
    m += QStringLiteral("\n## Workloads (%1)\n\n").arg(t.workloads.size());
    for (const WorkloadRef &w : t.workloads)
        m += QStringLiteral("- %1 in namespace %2 on cluster %3\n")
                 .arg(code(w.name), code(w.nameSpace), code(w.cluster));
}

// The analyst's part: triage, ticket, notes and the journal.
void appendFindingRecord(QString &m, const EvidencePack::Input &in)
{
    using FindingText::code;
    const Finding &f = in.finding;
    m +=
        QStringLiteral("\n## Triage\n\n- **Status:** %1%2\n")
            .arg(Triage::name(f.status),
                 f.acceptedUntil.isValid() ? QStringLiteral(" until ") + f.acceptedUntil.toString(Qt::ISODate)
                                           : QString());
    m += QStringLiteral("- **Ticket:** %1\n")
             .arg(f.ticketUrl.isEmpty() ? QStringLiteral("none")
                                        : code(f.ticketKey) + u' ' + code(f.ticketUrl));
    m += QStringLiteral("\n## Notes (%1)\n").arg(in.notes.size());
    for (const FindingNote &n : in.notes) {
        m += QStringLiteral("\n### Note %1, %2%3\n\n")
                 .arg(n.id)
                 .arg(time(n.createdAt),
                      n.editedAt ? QStringLiteral(" (edited ") + time(n.editedAt) + u')' : QString());
        m += n.markdown + u'\n'; // the analyst's own Markdown
    }
    m += QStringLiteral("\n## Journal\n\n| time (UTC) | action | detail |\n|---|---|---|\n");
    for (const JournalEntry &j : in.journal) {
        QString detail = DisplayText::visible(j.detail);
        detail.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
        m += QStringLiteral("| %1 | %2 | %3 |\n").arg(time(j.at), j.action, detail);
    }
}

} // namespace

QByteArray markdown(const EvidencePack::Input &in, const QDateTime &now)
{
    using FindingText::code;
    const ImageTag &t = in.tag;
    QString m;
    m += QStringLiteral("# Evidence: %1\n\n").arg(code(t.reference()));
    m += QStringLiteral("Exported by Runtime Desk on %1 from the inventory as of %2 (%3).\n\n")
             .arg(now.toUTC().toString(Qt::ISODate), in.asOf.toUTC().toString(Qt::ISODate), code(in.source));
    m += QStringLiteral("## People\n\n- **Build Owner:** %1\n- **Deployed By:** %2\n\n")
             .arg(code(FindingText::buildOwner(t)), code(FindingText::deployedBy(t)));
    appendImage(m, t);
    appendExposure(m, t);
    appendFindingRecord(m, in);
    return m.toUtf8();
}

QByteArray json(const EvidencePack::Input &in, const QDateTime &now)
{
    const Finding &f = in.finding;
    QJsonArray notes;
    for (const FindingNote &n : in.notes)
        notes.append(QJsonObject {
            { QStringLiteral("id"), n.id },
            { QStringLiteral("markdown"), n.markdown },
            { QStringLiteral("digest"), n.digest },
            { QStringLiteral("created_at"), time(n.createdAt) },
            { QStringLiteral("edited_at"), n.editedAt ? QJsonValue(time(n.editedAt)) : QJsonValue() } });
    QJsonArray journal;
    for (const JournalEntry &j : in.journal)
        journal.append(QJsonObject { { QStringLiteral("at"), time(j.at) },
                                     { QStringLiteral("action"), j.action },
                                     { QStringLiteral("detail"), j.detail } });
    const QJsonObject triage {
        { QStringLiteral("status"), Triage::name(f.status) },
        { QStringLiteral("accepted_until"),
          f.acceptedUntil.isValid() ? QJsonValue(f.acceptedUntil.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("digest"), f.digest },
        { QStringLiteral("updated_at"), f.updatedAt ? QJsonValue(time(f.updatedAt)) : QJsonValue() },
        { QStringLiteral("ticket"),
          f.ticketUrl.isEmpty() ? QJsonValue()
                                : QJsonValue(QJsonObject { { QStringLiteral("tracker"), f.ticketTracker },
                                                           { QStringLiteral("key"), f.ticketKey },
                                                           { QStringLiteral("url"), f.ticketUrl } }) }
    };
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("runtime-desk.evidence") },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("exported_at"), now.toUTC().toString(Qt::ISODate) },
                             { QStringLiteral("inventory_as_of"), in.asOf.toUTC().toString(Qt::ISODate) },
                             { QStringLiteral("source"), in.source },
                             { QStringLiteral("tag"), TagJson::describe(in.tag, in.changedSinceLastSync) },
                             { QStringLiteral("triage"), triage },
                             { QStringLiteral("notes"), notes },
                             { QStringLiteral("journal"), journal } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray vulnerabilitiesCsv(const ImageTag &tag)
{
    QString csv = row({ QStringLiteral("cve_id"), QStringLiteral("xray_id"), QStringLiteral("severity"),
                        QStringLiteral("cvss_v3"), QStringLiteral("cvss_v2"), QStringLiteral("applicability"),
                        QStringLiteral("package_type"), QStringLiteral("components") });
    for (const Vulnerability &v : tag.vulnerabilities) {
        QStringList components;
        for (const Component &c : v.components)
            components.append(c.name + u'@' + c.version);
        csv += row({ v.cveId, v.xrayId, SeverityNames::toString(v.severity), v.cvssV3, v.cvssV2,
                     v.applicability, v.packageType, components.join(u' ') });
    }
    return csv.toUtf8();
}

QByteArray workloadsCsv(const ImageTag &tag)
{
    QString csv = row({ QStringLiteral("name"), QStringLiteral("namespace"), QStringLiteral("cluster") });
    for (const WorkloadRef &w : tag.workloads)
        csv += row({ w.name, w.nameSpace, w.cluster });
    return csv.toUtf8();
}

} // namespace EvidenceDocuments
