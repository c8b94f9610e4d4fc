#include "democvepool.h"

#include "demorandom.h"
#include "demovocabulary.h"

#include <QSet>

namespace {

Component component(const QString &scheme, const QString &name, const QString &version)
{
    return Component { scheme + QStringLiteral("://") + name + u':' + version, name, version };
}

QString score(quint64 h, int lowTenths, int highTenths)
{
    const int tenths = lowTenths + int(DemoRandom::below(h, quint32(highTenths - lowTenths + 1)));
    return QString::number(tenths / 10) + u'.' + QString::number(tenths % 10);
}

QString version(quint64 h)
{
    using namespace DemoRandom;
    return QString::number(below(h, 5)) + u'.' + QString::number(below(hash(h, 0x5a0 + 8), 30)) + u'.'
        + QString::number(below(hash(h, 0x5a0 + 16), 20));
}

} // namespace

DemoCvePool::DemoCvePool(quint64 seed, int size)
{
    using namespace DemoRandom;
    m_entries.reserve(size);
    addKnown();
    QSet<QString> cveIds;
    for (const Vulnerability &v : std::as_const(m_entries))
        cveIds.insert(v.cveId);

    const auto &ecosystems = DemoVocabulary::ecosystems();
    QList<int> ecosystemWeights;
    for (const auto &e : ecosystems)
        ecosystemWeights.append(e.weight);
    static constexpr int severityWeights[] = { 25, 40, 25, 10 }; // Low, Medium, High, Critical

    for (quint64 i = 0; m_entries.size() < size && i < quint64(size) * 20; ++i) {
        const quint64 h = hash(seed, 0xc7e, i);
        Vulnerability v;
        v.cveId =
            QStringLiteral("CVE-%1-%2").arg(2014 + below(h, 12)).arg(1000 + below(hash(h, 0x5a0 + 7), 48000));
        if (cveIds.contains(v.cveId))
            continue;
        cveIds.insert(v.cveId);
        v.xrayId = QStringLiteral("XRAY-%1").arg(100000 + below(hash(h, 1), 900000));
        v.severity = Severity(1 + weighted(hash(h, 2), severityWeights));
        const quint64 s = hash(h, 3);
        switch (v.severity) {
        case Severity::Critical:
            v.cvssV3 = score(s, 90, 100);
            break;
        case Severity::High:
            v.cvssV3 = score(s, 70, 89);
            break;
        case Severity::Medium:
            v.cvssV3 = score(s, 40, 69);
            break;
        default:
            v.cvssV3 = score(s, 1, 39);
            break;
        }
        if (!chance(hash(h, 4), 250)) // older entries carry a v2 score, newer ones often do not
            v.cvssV2 = score(hash(h, 5), 19, 100);
        const auto &ecosystem = ecosystems.at(weighted(hash(h, 6), ecosystemWeights));
        const QString &name = ecosystem.names.at(int(below(hash(h, 7), quint32(ecosystem.names.size()))));
        v.components = { component(ecosystem.scheme, name, version(hash(h, 8))) };
        m_entries.append(v);
    }
}

void DemoCvePool::addKnown()
{
    auto add = [this](const char *cve, const char *xray, Severity severity, const char *v2, const char *v3,
                      const char *scheme, const char *name, const char *ver) {
        Vulnerability v;
        v.cveId = QString::fromLatin1(cve);
        v.xrayId = QString::fromLatin1(xray);
        v.severity = severity;
        v.cvssV2 = QString::fromLatin1(v2);
        v.cvssV3 = QString::fromLatin1(v3);
        v.components = { component(QString::fromLatin1(scheme), QString::fromLatin1(name),
                                   QString::fromLatin1(ver)) };
        m_entries.append(v);
    };
    add("CVE-2021-44228", "XRAY-191653", Severity::Critical, "9.3", "10.0", "gav",
        "org.apache.logging.log4j:log4j-core", "2.14.1");
    add("CVE-2022-1471", "XRAY-257184", Severity::Critical, "", "9.8", "gav", "org.yaml:snakeyaml", "1.26");
    add("CVE-2013-7285", "XRAY-76384", Severity::Critical, "7.5", "9.8", "gav",
        "com.thoughtworks.xstream:xstream", "1.4.6");
    add("CVE-2013-7459", "XRAY-84306", Severity::Critical, "7.5", "9.8", "pypi", "pycrypto", "2.6.1");
    add("CVE-2023-44487", "XRAY-532887", Severity::High, "", "7.5", "go", "golang.org/x/net", "0.7.0");
    add("CVE-2021-23337", "XRAY-140575", Severity::High, "6.5", "7.2", "npm", "lodash", "4.17.20");
    add("CVE-2020-8203", "XRAY-114089", Severity::High, "5.8", "7.4", "npm", "lodash", "4.17.15");
    add("CVE-2022-3602", "XRAY-234567", Severity::High, "", "7.5", "deb", "debian:bookworm:openssl", "3.0.5");
    add("CVE-2014-0160", "XRAY-60316", Severity::High, "5.0", "7.5", "deb", "debian:wheezy:openssl",
        "1.0.1e");
    add("CVE-2023-4863", "XRAY-530671", Severity::High, "", "8.8", "pypi", "pillow", "9.5.0");
    add("CVE-2022-24999", "XRAY-236640", Severity::High, "", "7.5", "npm", "qs", "6.5.2");
    add("CVE-2024-1234", "XRAY-2024-001", Severity::Critical, "6.5", "8.2", "npm", "lodash", "4.17.21");
}
