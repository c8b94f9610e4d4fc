#include "eventgenerator.h"

#include "jsonwriter.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

namespace EventGenerator {
namespace {

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    { }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    template<typename T> T pick(const QList<T> &from)
    {
        return from[int(m_random.bounded(int(from.size())))];
    }

    QString hostile()
    {
        static const QStringList strings {
            QStringLiteral("quote\"and\\backslash"),
            QStringLiteral("line\nbreak\ttab\r"),
            QString::fromUtf16(u"nul\u0000byte", 8),
            QStringLiteral("\x1f"
                           "control\x7f"),
            QString::fromUtf16(u"rtl\u202egnp.exe"),
            QStringLiteral("عربي-ns"),
            QStringLiteral("עברית"),
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("&amp; <b>bold</b> <!channel>"),
            QStringLiteral("{{workload.name}}"),
            QStringLiteral("🚀 rocket"),
            QStringLiteral("zwj👩‍💻"),
            QString(QChar(0xd800)) + QStringLiteral("lone"),
            QStringLiteral("low") + QChar(0xdc00),
            QString::fromUtf16(u"line\u2028sep\u2029"),
            QStringLiteral("\nimport evil from 'x';"),
            QStringLiteral("@NOW@ %1 %s"),
            QStringLiteral("Ünïcödé"),
            QString(5000, u'x'),
            QString(),
            QStringLiteral("   "),
        };
        return pick(strings);
    }

    QJsonValue name(const QStringList &usual)
    {
        if (chance(70))
            return pick(usual);
        if (chance(85))
            return hostile();
        return chance(50) ? QJsonValue(QJsonValue::Null) : QJsonValue(42); // wrong types happen
    }

    QJsonArray risks()
    {
        static const QStringList spellings {
            QStringLiteral("malicious"),
            QStringLiteral("malicious_package"),
            QStringLiteral("untrusted_registry"),
            QStringLiteral("untrusted_registry_images"),
            QStringLiteral(" UNTRUSTED_REGISTRY_IMAGES "),
            QStringLiteral("integrity_violation"),
            QStringLiteral("integrity_violations"),
            QStringLiteral("image_integrity_violation"),
            QStringLiteral("Integrity"),
            QStringLiteral("critical_applicable_cve"),
            QStringLiteral("critical_applicable_cves"),
            QStringLiteral("critical_applicable"),
            QStringLiteral("critical_and_applicable_cves"),
            QStringLiteral("critical"),
            QStringLiteral("unknown_risk"),
            QString(),
            QString::fromUtf16(u"untrusted\u2028registry"),
            QStringLiteral("MALİCIOUS"),
        };
        QJsonArray out;
        for (int n = int(m_random.bounded(4)); n > 0; --n)
            out.append(pick(spellings));
        if (chance(3))
            out.append(7); // not a string: ignored
        return out;
    }

    QJsonArray vulnerabilities()
    {
        static const QList<QJsonValue> severities { QStringLiteral("Critical"), QStringLiteral("High"),
                                                    QStringLiteral("medium"),   QStringLiteral(" LOW "),
                                                    QStringLiteral("Unknown"),  QString(),
                                                    QJsonValue::Null,           3,
                                                    QStringLiteral("HIGH") };
        QJsonArray out;
        for (int n = int(m_random.bounded(5)); n > 0; --n) {
            out.append(QJsonObject {
                { QStringLiteral("package_type"), QStringLiteral("npm") },
                { QStringLiteral("xray_id"), QStringLiteral("XRAY-%1").arg(m_random.bounded(1000)) },
                { QStringLiteral("cve_id"), QStringLiteral("CVE-2024-%1").arg(m_random.bounded(10000)) },
                { QStringLiteral("severity"), pick(severities) },
                { QStringLiteral("cvss_v3"), QStringLiteral("8.2") },
                { QStringLiteral("issue_kind"), chance(90) ? QJsonValue(1) : QJsonValue(1.5e-7) },
                { QStringLiteral("applicability"),
                  chance(50) ? QStringLiteral("applicable") : QStringLiteral("not_applicable") },
                { QStringLiteral("components"),
                  QJsonArray {
                      QJsonObject { { QStringLiteral("component_id"), QStringLiteral("npm:lodash") },
                                    { QStringLiteral("name"), QStringLiteral("lodash") },
                                    { QStringLiteral("version"), QStringLiteral("4.17.21") } } } } });
        }
        if (chance(5))
            out.append(QJsonValue::Null); // not an object: ignored
        return out;
    }

    QJsonObject image()
    {
        QJsonObject tag {
            { QStringLiteral("name"),
              name({ QStringLiteral("frontend-image"), QStringLiteral("api"), QStringLiteral("worker🚀"),
                     QStringLiteral("redis") }) },
            { QStringLiteral("registry"),
              name({ QStringLiteral("docker.io"), QStringLiteral("myco.jfrog.io"), QStringLiteral("gcr.io"),
                     QStringLiteral("registry.internal") }) },
            { QStringLiteral("repository_path"),
              name({ QStringLiteral("company/frontend"), QStringLiteral("library/redis") }) },
            { QStringLiteral("architecture"),
              pick(QStringList { QStringLiteral("amd64"), QStringLiteral("arm64") }) },
            { QStringLiteral("tag"),
              name({ QStringLiteral("v1.2.3"), QStringLiteral("latest"), QStringLiteral("sha-1a2b") }) },
            { QStringLiteral("sha256"), QString::number(m_random.generate64(), 16).repeated(4).left(64) },
            { QStringLiteral("risks"), risks() },
            { QStringLiteral("malicious_packages"),
              chance(80) ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray()) },
            { QStringLiteral("deployed_by"),
              name({ QStringLiteral("jenkins-user"), QStringLiteral("alice@example.com"),
                     QStringLiteral("bob") }) },
        };
        if (chance(70))
            tag.insert(QStringLiteral("vulnerabilities"), vulnerabilities());
        if (chance(90)) {
            tag.insert(
                QStringLiteral("build_info"),
                QJsonObject { { QStringLiteral("build_owner"),
                                name({ QStringLiteral("devops-team"), QStringLiteral("sec-team"),
                                       QStringLiteral("Bad Owner") }) },
                              { QStringLiteral("build_name"), name({ QStringLiteral("frontend-service") }) },
                              { QStringLiteral("build_number"),
                                chance(85) ? QJsonValue(QStringLiteral("456")) : QJsonValue(457) },
                              { QStringLiteral("build_repository"), QStringLiteral("jfrog-artifactory") } });
        } else if (chance(50)) {
            tag.insert(QStringLiteral("build_info"), QJsonValue::Null);
        }
        return tag;
    }

    QJsonObject event()
    {
        static const QList<QJsonValue> changeTypes { QStringLiteral("workload"),
                                                     QStringLiteral("workload"),
                                                     QStringLiteral("workload"),
                                                     QStringLiteral("image"),
                                                     QStringLiteral("Workload"),
                                                     QStringLiteral("workload "),
                                                     QString(),
                                                     QJsonValue::Null,
                                                     3 };
        static const QList<QJsonValue> counts {
            0, 1, 5, 12, 1e21, 0.1, 2.5e-7, QStringLiteral("7"), QJsonValue::Null, -3
        };
        QJsonArray nodes;
        for (int n = int(m_random.bounded(4)); n > 0; --n)
            nodes.append(chance(90) ? name({ QStringLiteral("node-1"), QStringLiteral("node-2"),
                                             QStringLiteral("ip-10-0-0-1") })
                                    : QJsonValue(17));
        QJsonObject workload {
            { QStringLiteral("name"),
              name({ QStringLiteral("frontend-service"), QStringLiteral("api-gateway"),
                     QStringLiteral("api1") }) },
            { QStringLiteral("namespace"),
              name({ QStringLiteral("production"), QStringLiteral("prod-eu"), QStringLiteral("staging"),
                     QStringLiteral("kube-system") }) },
            { QStringLiteral("cluster"),
              name({ QStringLiteral("production-euc1"), QStringLiteral("dev-use1"),
                     QStringLiteral("prod-euc1") }) },
            { QStringLiteral("nodes"), nodes },
            { QStringLiteral("risks"), risks() },
        };
        if (chance(90))
            workload.insert(QStringLiteral("vulnerabilities_count"), pick(counts));
        QJsonObject e { { QStringLiteral("change_type"), pick(changeTypes) } };
        if (chance(97))
            e.insert(QStringLiteral("workload_changed_object"), workload);
        else
            e.insert(QStringLiteral("workload_changed_object"), QJsonArray()); // wrong type
        QJsonArray images;
        for (int n = int(m_random.bounded(4)); n > 0; --n)
            images.append(image());
        if (chance(3))
            images.append(QJsonValue::Null);
        e.insert(QStringLiteral("image_tags_object"),
                 chance(98) ? QJsonValue(images) : QJsonValue(QStringLiteral("oops")));
        return e;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

QList<QJsonObject> generate(quint32 seed, int count)
{
    Generator generator(seed);
    QList<QJsonObject> events;
    for (int i = 0; i < count; ++i)
        events.append(generator.event());
    return events;
}

QByteArray write(const QList<QJsonObject> &events)
{
    JsonWriter w;
    w.beginArray();
    for (qsizetype i = 0; i < events.size(); ++i)
        w.value(events[i], i % 2 ? JsonWriter::KeyOrder::Reversed : JsonWriter::KeyOrder::Sorted);
    w.endArray();
    return w.data();
}

} // namespace EventGenerator
