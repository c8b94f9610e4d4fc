#include "contactmail.h"

#include "displaytext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ContactMail {
namespace {

QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

QString riskLabel(Risk risk)
{
    switch (risk) {
    case Risk::Malicious:
        return translate("ContactMail", "malicious package");
    case Risk::IntegrityViolation:
        return translate("ContactMail", "integrity violation");
    case Risk::UntrustedRegistry:
        return translate("ContactMail", "untrusted registry");
    case Risk::CriticalApplicableCves:
        return translate("ContactMail", "critical applicable CVEs");
    }
    return {};
}

QString v(const QString &text)
{
    return DisplayText::visible(text);
}

QString fullReference(const ImageTag &t)
{
    return v(t.registry + u'/' + t.repositoryPath + u'/' + t.name + u':' + t.tag);
}

} // namespace

QString person(const ImageTag &tag, Role role)
{
    if (role == Role::BuildOwner)
        return tag.buildInfo ? tag.buildInfo->owner : QString();
    return tag.deployedBy.value_or(QString());
}

QString address(const QString &person)
{
    static const QRegularExpression mail(
        QStringLiteral("^[^@\\s<>,;:\"()\\[\\]\\\\]+@[^@\\s<>,;:\"()\\[\\]\\\\]+\\.[A-Za-z]{2,}$"));
    const QString trimmed = person.trimmed();
    return mail.match(trimmed).hasMatch() ? trimmed : QString();
}

QString subject(const ImageTag &t)
{
    QStringList risks;
    for (Risk risk : RiskNames::all) {
        if (t.risks.testFlag(risk))
            risks.append(riskLabel(risk));
    }
    const QString reference = v(t.name + u':' + t.tag);
    if (risks.isEmpty())
        return translate("ContactMail", "Image tag %1 in our clusters").arg(reference);
    return translate("ContactMail", "Image tag %1: %2").arg(reference, risks.join(QStringLiteral(", ")));
}

QString body(const ImageTag &t, Role role)
{
    const QString crlf = QStringLiteral("\r\n");
    const QString name = person(t, role).trimmed();
    QStringList lines;
    lines << (name.isEmpty() ? translate("ContactMail", "Hello,")
                             : translate("ContactMail", "Hello %1,").arg(v(name)))
          << QString();
    lines << (role == Role::BuildOwner
                  ? translate("ContactMail",
                              "Runtime Desk shows an image tag whose build you own running in our clusters:")
                  : translate("ContactMail",
                              "Runtime Desk shows an image tag you deployed running in our clusters:"));
    lines << QString();
    lines << translate("ContactMail", "Image: %1").arg(fullReference(t));
    lines << translate("ContactMail", "Digest: %1")
                 .arg(t.digest.isEmpty()
                          ? translate("ContactMail", "not provided by the platform")
                          : v(t.digest.startsWith(QLatin1StringView("sha256:")) ? t.digest
                                                                                : u"sha256:" + t.digest));
    QStringList risks;
    for (Risk risk : RiskNames::all) {
        if (t.risks.testFlag(risk))
            risks.append(riskLabel(risk));
    }
    lines << translate("ContactMail", "Risks: %1")
                 .arg(risks.isEmpty() ? translate("ContactMail", "none") : risks.join(QStringLiteral(", ")));
    if (t.integrity && t.integrity->status == QLatin1StringView("violation"))
        lines << translate("ContactMail", "Integrity: %1 (%2); running %3, expected %4")
                     .arg(v(t.integrity->violationType), v(t.integrity->severity),
                          v(t.integrity->runtimeDigest), v(t.integrity->expectedDigest));
    lines << translate("ContactMail", "Vulnerabilities: %1 (%2 critical and applicable)")
                 .arg(t.vulnerabilities.size())
                 .arg(t.criticalApplicableCount());
    if (t.buildInfo && !t.buildInfo->name.isEmpty())
        lines << translate("ContactMail", "Build: %1 #%2 (%3)")
                     .arg(v(t.buildInfo->name), v(t.buildInfo->number), v(t.buildInfo->repository));
    lines << translate("ContactMail", "Workloads (%1):").arg(t.workloads.size());
    for (qsizetype i = 0; i < t.workloads.size() && i < maxWorkloadsListed; ++i) {
        const WorkloadRef &w = t.workloads.at(i);
        lines << QStringLiteral("  - %1 (%2 @ %3)").arg(v(w.name), v(w.nameSpace), v(w.cluster));
    }
    if (t.workloads.size() > maxWorkloadsListed)
        lines << translate("ContactMail", "  ... and %1 more").arg(t.workloads.size() - maxWorkloadsListed);
    lines << QString() << translate("ContactMail", "Could you take a look? Thank you.") << QString();
    return lines.join(crlf);
}

QUrl url(const ImageTag &tag, Role role, const QString &resolved)
{
    const QString to = resolved.isEmpty() ? address(person(tag, role)) : address(resolved);
    const QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(to, "@") + "?subject="
        + QUrl::toPercentEncoding(subject(tag)) + "&body=" + QUrl::toPercentEncoding(body(tag, role));
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace ContactMail
