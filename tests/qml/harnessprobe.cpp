#include "harnessprobe.h"

#include "demoplatform.h"
#include "drillcontroller.h"
#include "harnesscontroller.h"
#include "standardwebhooks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

HarnessProbe::HarnessProbe(DemoPlatform *platform, QObject *parent)
    : QObject(parent)
    , m_platform(platform)
{ }

int HarnessProbe::sinkCount() const
{
    return m_platform->sinks().count();
}

void HarnessProbe::clearSinks()
{
    m_platform->sinks().clear();
}

QString HarnessProbe::checkDelivered(QObject *harnessController, const QString &ruleId) const
{
    auto *controller = qobject_cast<HarnessController *>(harnessController);
    if (!controller || !controller->lastSimulation())
        return QStringLiteral("no simulation");
    const QList<DemoSinkDelivery> received = m_platform->sinks().deliveries();
    const QSet<QByteArray> transport {
        "host", "content-length", "connection", "accept-encoding", "accept-language", "user-agent"
    };
    int planned = 0;
    for (const RuleSimulation &rule : controller->lastSimulation()->rules) {
        if (rule.ruleId != ruleId)
            continue;
        for (const DispatchRequest &request : rule.requests) {
            ++planned;
            const PlannedCall &call = request.call;
            const QUrl url(call.url);
            const auto it = std::find_if(received.cbegin(), received.cend(),
                                         [&](const DemoSinkDelivery &d) { return d.path == url.path(); });
            if (it == received.cend())
                return QStringLiteral("%1: no sink received it").arg(call.channel);
            const DemoSinkDelivery &got = *it;
            if (got.method != call.method || got.query != url.query()
                || got.header("Host") != url.authority().toUtf8())
                return QStringLiteral("%1: method, query or Host differ").arg(call.channel);
            if (got.body != call.body)
                return QStringLiteral("%1: the body differs").arg(call.channel);
            qsizetype previous = -1;
            for (const auto &[name, value] : call.headers) {
                qsizetype at = -1;
                for (qsizetype i = 0; i < got.headers.size(); ++i) {
                    if (got.headers[i].first.compare(name, Qt::CaseInsensitive) == 0)
                        at = i;
                }
                if (at < 0 || got.headers[at].second != value)
                    return QStringLiteral("%1: header %2 missing or different")
                        .arg(call.channel, QString::fromLatin1(name));
                if (at <= previous)
                    return QStringLiteral("%1: headers out of order").arg(call.channel);
                previous = at;
            }
            for (const auto &[name, value] : got.headers) {
                const bool inPlan =
                    std::any_of(call.headers.cbegin(), call.headers.cend(), [&](const auto &h) {
                        return h.first.compare(name, Qt::CaseInsensitive) == 0;
                    });
                if (!inPlan && !transport.contains(name.toLower()))
                    return QStringLiteral("%1: unplanned header %2")
                        .arg(call.channel, QString::fromLatin1(name));
            }
            if (!got.verified)
                return QStringLiteral("%1: the sink did not verify it: %2").arg(call.channel, got.check);
            if (got.sink == u"webhook") {
                const QByteArray key = StandardWebhooks::fromWhsec(m_platform->sinks().webhookSecret());
                if (!StandardWebhooks::verify(key, QString::fromUtf8(got.header("webhook-id")),
                                              got.header("webhook-timestamp").toLongLong(), got.body,
                                              got.header("webhook-signature")))
                    return QStringLiteral("webhook: the signature does not verify with the whsec_ key");
            }
        }
    }
    if (planned == 0)
        return QStringLiteral("the rule planned nothing");
    if (received.size() != planned)
        return QStringLiteral("the sinks received %1 requests for %2 planned")
            .arg(received.size())
            .arg(planned);
    return {};
}

void HarnessProbe::failSlack(int status)
{
    QString error;
    const QJsonObject rule { { QStringLiteral("path"), QStringLiteral("/services/{team}/{bot}/{secret}") },
                             { QStringLiteral("fault"), QStringLiteral("status") },
                             { QStringLiteral("status"), status },
                             { QStringLiteral("body"), QStringLiteral("channel_not_found") },
                             { QStringLiteral("count"), 1 } };
    if (!m_platform->faults().install(rule, &error))
        qWarning("the fault was not armed: %s", qPrintable(error));
}

QString HarnessProbe::checkDrill(QObject *drillController, int slackStatus) const
{
    auto *drills = qobject_cast<DrillController *>(drillController);
    if (!drills || !drills->report())
        return QStringLiteral("no drill controller");
    const QList<DemoSinkDelivery> received = m_platform->sinks().deliveries();
    const QList<DrillChannelResult> &channels = drills->report()->channels();
    if (channels.isEmpty())
        return QStringLiteral("no report");
    for (const DrillChannelResult &c : channels) {
        const QString sink = c.channelType == u"email" ? QStringLiteral("sendgrid") : c.channelType;
        auto newest = received.crend();
        for (auto it = received.crbegin(); it != received.crend() && newest == received.crend(); ++it) {
            if (it->sink == sink)
                newest = it;
        }
        if (newest == received.crend())
            return QStringLiteral("%1: no sink received it").arg(c.channel);
        if (newest->status != c.httpStatus)
            return QStringLiteral("%1: the sink answered %2, the report says %3")
                .arg(c.channel)
                .arg(newest->status)
                .arg(c.httpStatus);
        if (c.delivered != (newest->status >= 200 && newest->status < 300))
            return QStringLiteral("%1: delivered does not match the answer").arg(c.channel);
        if (!newest->body.contains("[DRILL] "))
            return QStringLiteral("%1: the body is not marked [DRILL]").arg(c.channel);
        if (sink == u"slack" && newest->status != slackStatus)
            return QStringLiteral("slack: the sink answered %1, not %2").arg(newest->status).arg(slackStatus);
    }
    return {};
}
