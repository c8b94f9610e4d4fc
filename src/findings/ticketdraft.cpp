#include "ticketdraft.h"

#include "displaytext.h"
#include "findingtext.h"

#include <QCoreApplication>

TicketDraft TicketDraft::prefill(const ImageTag &t, const Finding &finding)
{
    using FindingText::code;
    TicketDraft d;
    const QStringList risks = RiskNames::canonicalList(t.risks);
    d.title = QStringLiteral("[Runtime] %1%2 in %3 workload%4")
                  .arg(risks.isEmpty() ? QString() : risks.join(QStringLiteral(", ")) + QStringLiteral(": "),
                       DisplayText::cell(t.reference(), 120))
                  .arg(t.workloads.size())
                  .arg(t.workloads.size() == 1 ? QString() : QStringLiteral("s"));
    d.title.replace(u'\n', u' ');

    QString b;
    b +=
        QStringLiteral("Runtime Desk finding for image tag %1.\n\n").arg(code(FindingText::fullReference(t)));
    b += QStringLiteral("- **Build Owner:** %1\n").arg(code(FindingText::buildOwner(t)));
    b += QStringLiteral("- **Deployed By:** %1\n").arg(code(FindingText::deployedBy(t)));
    b += QStringLiteral("- **Registry:** %1%2\n")
             .arg(code(t.registry),
                  t.registryTrusted
                      ? (*t.registryTrusted ? QStringLiteral(" (trusted)") : QStringLiteral(" (untrusted)"))
                      : QString());
    b += QStringLiteral("- **Digest:** %1\n").arg(code(t.digest));
    if (t.integrity && (!t.integrity->runtimeDigest.isEmpty() || !t.integrity->violationType.isEmpty())) {
        b += t.integrity->violationType.isEmpty()
            ? QStringLiteral("- **Integrity:** %1\n").arg(code(t.integrity->status))
            : QStringLiteral("- **Integrity:** %1, %2 (severity %3)\n")
                  .arg(code(t.integrity->status), code(t.integrity->violationType),
                       code(t.integrity->severity));
        b += QStringLiteral("  - runtime digest: %1\n").arg(code(t.integrity->runtimeDigest));
        b += QStringLiteral("  - expected digest (Artifactory): %1\n").arg(code(t.integrity->expectedDigest));
    }
    b += QStringLiteral("- **Risks:** %1\n")
             .arg(risks.isEmpty() ? QStringLiteral("none") : risks.join(QStringLiteral(", ")));
    b += QStringLiteral("- **Vulnerabilities:** %1 (%2 critical and applicable)\n")
             .arg(t.vulnerabilities.size())
             .arg(t.criticalApplicableCount());
    if (t.buildInfo && !t.buildInfo->name.isEmpty())
        b += QStringLiteral("- **Build:** %1 #%2\n").arg(code(t.buildInfo->name), code(t.buildInfo->number));
    b += QStringLiteral("- **Triage:** %1%2\n")
             .arg(Triage::name(finding.status),
                  finding.acceptedUntil.isValid()
                      ? QStringLiteral(" until ") + finding.acceptedUntil.toString(Qt::ISODate)
                      : QString());
    b += QStringLiteral("\n### Workloads (%1)\n\n").arg(t.workloads.size());
    const int shown = std::min<int>(int(t.workloads.size()), 50);
    for (int i = 0; i < shown; ++i) {
        const WorkloadRef &w = t.workloads.at(i);
        b += QStringLiteral("- %1 in namespace %2 on cluster %3\n")
                 .arg(code(w.name), code(w.nameSpace), code(w.cluster));
    }
    if (t.workloads.size() > shown)
        b += QStringLiteral("- … and %1 more\n").arg(t.workloads.size() - shown);
    if (t.workloads.isEmpty())
        b += QStringLiteral("- none running now\n");
    d.body = b;
    return d;
}

QJsonObject TicketDraft::payload() const
{
    return { { QStringLiteral("title"), title }, { QStringLiteral("body"), body } };
}

TicketDraft TicketDraft::fromPayload(const QJsonObject &payload)
{
    return { payload.value(QLatin1StringView("title")).toString(),
             payload.value(QLatin1StringView("body")).toString() };
}

bool TicketDraft::validate(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (title.trimmed().isEmpty())
        return fail(QStringLiteral("the ticket needs a title"));
    if (title.size() > maxTitle)
        return fail(QStringLiteral("the title is longer than %1 characters").arg(maxTitle));
    if (title.contains(u'\n'))
        return fail(QStringLiteral("the title is one line"));
    if (body.size() > maxBody)
        return fail(QStringLiteral("the description is longer than %1 characters").arg(maxBody));
    return true;
}
