#include "demosinks.h"

#include "demorouter.h"
#include "logging.h"
#include "standardwebhooks.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

const QString slackPattern = QStringLiteral("/services/{team}/{bot}/{secret}");
const QString webhookPattern = QStringLiteral("/hooks/{name}");
const QString mailPath = QStringLiteral("/v3/mail/send");
const QString teamsPattern = QStringLiteral("/workflows/{id}/triggers/manual/paths/invoke");
const QString pagerDutyPath = QStringLiteral("/v2/enqueue");
const QString splunkPath = QStringLiteral("/services/collector/event");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

DemoSinks::Verdict teamsError(int status, const QString &code, const QString &message)
{
    const QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    return { false, message, status, compact({ { QStringLiteral("error"), error } }) };
}

// What a Teams workflow's "Post card" step needs of an Adaptive Card (1.0 to 1.5).
QString cardProblem(const QJsonObject &card)
{
    if (card.value(QLatin1StringView("type")).toString() != u"AdaptiveCard")
        return QStringLiteral("attachments[0].content.type is not AdaptiveCard");
    static const QStringList versions { QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("1.2"),
                                        QStringLiteral("1.3"), QStringLiteral("1.4"), QStringLiteral("1.5") };
    if (!versions.contains(card.value(QLatin1StringView("version")).toString()))
        return QStringLiteral("attachments[0].content.version is not a supported version");
    const QJsonValue body = card.value(QLatin1StringView("body"));
    if (!body.isArray() || body.toArray().isEmpty())
        return QStringLiteral("attachments[0].content.body is not a non-empty array");
    for (const QJsonValue &item : body.toArray()) {
        const QJsonObject element = item.toObject();
        const QString type = element.value(QLatin1StringView("type")).toString();
        if (type == u"TextBlock" && !element.value(QLatin1StringView("text")).isString())
            return QStringLiteral("a TextBlock has no text");
        if (type == u"FactSet") {
            const QJsonValue facts = element.value(QLatin1StringView("facts"));
            if (!facts.isArray())
                return QStringLiteral("a FactSet has no facts");
            for (const QJsonValue &fact : facts.toArray()) {
                if (!fact.toObject().value(QLatin1StringView("title")).isString()
                    || !fact.toObject().value(QLatin1StringView("value")).isString())
                    return QStringLiteral("a fact is not {title, value} strings");
            }
        } else if (type != u"TextBlock" && type != u"Container" && type != u"ColumnSet" && type != u"Image"
                   && type != u"RichTextBlock" && type != u"ActionSet") {
            return QStringLiteral("a body element has no known type");
        }
    }
    return {};
}

QString randomAlphanumeric(int size)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString text;
    for (int i = 0; i < size; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]));
    return text;
}

QByteArray sendGridError(const QString &message)
{
    const QJsonObject error { { QStringLiteral("message"), message },
                              { QStringLiteral("field"), QJsonValue::Null },
                              { QStringLiteral("help"), QJsonValue::Null } };
    return QJsonDocument(QJsonObject { { QStringLiteral("errors"), QJsonArray { error } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray DemoSinkDelivery::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DemoSinks::DemoSinks(const Config &config)
    : m_webhookKey(config.webhookKey.isEmpty() ? randomAlphanumeric(32).toLatin1() : config.webhookKey)
    , m_mailApiKey(config.mailApiKey.isEmpty() ? QStringLiteral("SG.demo.") + randomAlphanumeric(32)
                                               : config.mailApiKey)
    , m_teamsSignature(randomAlphanumeric(43))
    , m_pagerDutyKey(randomAlphanumeric(32).toLower())
    , m_splunkToken(QStringLiteral("%1-%2-%3-%4-%5")
                        .arg(randomAlphanumeric(8), randomAlphanumeric(4), randomAlphanumeric(4),
                             randomAlphanumeric(4), randomAlphanumeric(12))
                        .toLower())
{ }

DemoSinks::Verdict DemoSinks::teams(const DemoRequest &request) const
{
    if (request.query.queryItemValue(QStringLiteral("sig")) != m_teamsSignature)
        return teamsError(401, QStringLiteral("DirectApiAuthorizationRequired"),
                          QStringLiteral("The request must be authenticated only by Shared Access scheme."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject o = document.object();
    auto invalid = [](const QString &what) {
        return teamsError(400, QStringLiteral("InvalidRequestContent"), what);
    };
    if (!document.isObject())
        return invalid(QStringLiteral("the body is not a JSON object"));
    if (o.value(QLatin1StringView("type")).toString() != u"message")
        return invalid(QStringLiteral("type is not \"message\""));
    const QJsonArray attachments = o.value(QLatin1StringView("attachments")).toArray();
    if (attachments.isEmpty())
        return invalid(QStringLiteral("attachments is empty"));
    const QJsonObject attachment = attachments.first().toObject();
    if (attachment.value(QLatin1StringView("contentType")).toString()
        != u"application/vnd.microsoft.card.adaptive")
        return invalid(QStringLiteral("attachments[0].contentType is not an Adaptive Card"));
    if (const QString problem = cardProblem(attachment.value(QLatin1StringView("content")).toObject());
        !problem.isEmpty())
        return invalid(problem);
    return { true, QStringLiteral("Adaptive Card accepted"), 202, {} };
}

DemoSinks::Verdict DemoSinks::pagerDuty(const DemoRequest &request) const
{
    auto invalid = [](const QString &what) {
        const QJsonObject answer { { QStringLiteral("status"), QStringLiteral("invalid event") },
                                   { QStringLiteral("message"), QStringLiteral("Event object is invalid") },
                                   { QStringLiteral("errors"), QJsonArray { what } } };
        return Verdict { false, what, 400, compact(answer) };
    };
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return invalid(QStringLiteral("the body is not a JSON object"));
    const QJsonObject o = document.object();
    if (o.value(QLatin1StringView("routing_key")).toString() != m_pagerDutyKey)
        return invalid(QStringLiteral("Invalid routing key"));
    static const QStringList actions { QStringLiteral("trigger"), QStringLiteral("acknowledge"),
                                       QStringLiteral("resolve") };
    const QString action = o.value(QLatin1StringView("event_action")).toString();
    if (!actions.contains(action))
        return invalid(
            QStringLiteral("'event_action' is invalid (must be one of trigger, acknowledge, resolve)"));
    const QJsonValue dedup = o.value(QLatin1StringView("dedup_key"));
    if (!dedup.isUndefined() && (!dedup.isString() || dedup.toString().size() > 255))
        return invalid(QStringLiteral("'dedup_key' must be a string of at most 255 characters"));
    if (action == u"trigger") {
        const QJsonObject payload = o.value(QLatin1StringView("payload")).toObject();
        const QString summary = payload.value(QLatin1StringView("summary")).toString();
        if (summary.isEmpty() || summary.size() > 1024)
            return invalid(QStringLiteral("'payload.summary' is missing or longer than 1024 characters"));
        if (payload.value(QLatin1StringView("source")).toString().isEmpty())
            return invalid(QStringLiteral("'payload.source' is missing or blank"));
        static const QStringList severities { QStringLiteral("critical"), QStringLiteral("error"),
                                              QStringLiteral("warning"), QStringLiteral("info") };
        if (!severities.contains(payload.value(QLatin1StringView("severity")).toString()))
            return invalid(QStringLiteral(
                "'payload.severity' is invalid (must be one of critical, error, warning, info)"));
        const QJsonValue timestamp = payload.value(QLatin1StringView("timestamp"));
        if (!timestamp.isUndefined() && !QDateTime::fromString(timestamp.toString(), Qt::ISODate).isValid())
            return invalid(QStringLiteral("'payload.timestamp' is not an ISO 8601 time"));
        const QJsonValue details = payload.value(QLatin1StringView("custom_details"));
        if (!details.isUndefined() && !details.isObject())
            return invalid(QStringLiteral("'payload.custom_details' is not an object"));
    }
    const QJsonObject answer { { QStringLiteral("status"), QStringLiteral("success") },
                               { QStringLiteral("message"), QStringLiteral("Event processed") },
                               { QStringLiteral("dedup_key"), dedup.toString() } };
    return { true, QStringLiteral("routing key and event accepted"), 202, compact(answer) };
}

DemoSinks::Verdict DemoSinks::splunk(const DemoRequest &request) const
{
    auto answer = [](int status, const QString &text, int code) {
        return Verdict { code == 0, text, status,
                         compact({ { QStringLiteral("text"), text }, { QStringLiteral("code"), code } }) };
    };
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return answer(401, QStringLiteral("Token is required"), 2);
    if (!authorization.startsWith("Splunk "))
        return answer(401, QStringLiteral("Invalid authorization"), 3);
    if (authorization.mid(7) != m_splunkToken.toUtf8())
        return answer(403, QStringLiteral("Invalid token"), 4);
    if (request.body.trimmed().isEmpty())
        return answer(400, QStringLiteral("No data"), 5);
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return answer(400, QStringLiteral("Invalid data format"), 6);
    const QJsonObject o = document.object();
    if (!o.contains(QLatin1StringView("event")))
        return answer(400, QStringLiteral("Event field is required"), 12);
    const QJsonValue event = o.value(QLatin1StringView("event"));
    if (event.isNull() || (event.isString() && event.toString().isEmpty())
        || (event.isObject() && event.toObject().isEmpty()))
        return answer(400, QStringLiteral("Event field cannot be blank"), 13);
    if (o.contains(QLatin1StringView("time")) && !o.value(QLatin1StringView("time")).isDouble())
        return answer(400, QStringLiteral("Invalid data format"), 6);
    for (const char *key : { "sourcetype", "source", "index", "host" }) {
        if (o.contains(QLatin1StringView(key)) && !o.value(QLatin1StringView(key)).isString())
            return answer(400, QStringLiteral("Invalid data format"), 6);
    }
    // The demo token's index allow list.
    static const QStringList indexes { QStringLiteral("main"), QStringLiteral("security"),
                                       QStringLiteral("runtime_alarms") };
    if (o.contains(QLatin1StringView("index"))
        && !indexes.contains(o.value(QLatin1StringView("index")).toString()))
        return answer(400, QStringLiteral("Incorrect index"), 7);
    return answer(200, QStringLiteral("Success"), 0);
}

QString DemoSinks::webhookSecret() const
{
    return StandardWebhooks::toWhsec(m_webhookKey);
}

QString DemoSinks::sinkOf(const QString &path)
{
    const QStringList segments = path.split(u'/');
    if (segments.size() == 5 && segments[1] == u"services" && !segments[2].isEmpty() && !segments[3].isEmpty()
        && !segments[4].isEmpty())
        return QStringLiteral("slack");
    if (segments.size() == 3 && segments[1] == u"hooks" && !segments[2].isEmpty())
        return QStringLiteral("webhook");
    if (path == mailPath)
        return QStringLiteral("sendgrid");
    if (segments.size() == 7 && segments[1] == u"workflows" && !segments[2].isEmpty()
        && path.endsWith(QLatin1StringView("/triggers/manual/paths/invoke")))
        return QStringLiteral("teams");
    if (path == pagerDutyPath)
        return QStringLiteral("pagerduty");
    if (path == splunkPath)
        return QStringLiteral("splunk");
    return {};
}

bool DemoSinks::isSinkPath(const QString &path)
{
    return !sinkOf(path).isEmpty();
}

QPair<bool, QString> DemoSinks::check(const DemoRequest &request) const
{
    const QString sink = sinkOf(request.path);
    if (sink == u"slack") {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        const QJsonObject o = document.object();
        if (!document.isObject()
            || (!o.value(QLatin1StringView("text")).isString()
                && !o.value(QLatin1StringView("blocks")).isArray()))
            return { false, QStringLiteral("invalid_payload: not a JSON object with text or blocks") };
        return { true, QStringLiteral("payload accepted") };
    }
    if (sink == u"webhook") {
        const QByteArray id = request.header("webhook-id");
        const QByteArray timestamp = request.header("webhook-timestamp");
        const QByteArray signature = request.header("webhook-signature");
        if (id.isEmpty() || timestamp.isEmpty() || signature.isEmpty())
            return { false, QStringLiteral("signature headers missing") };
        bool ok = false;
        const qint64 at = timestamp.toLongLong(&ok);
        if (!ok || qAbs(QDateTime::currentSecsSinceEpoch() - at) > toleranceSeconds)
            return { false, QStringLiteral("timestamp outside the tolerance") };
        if (!StandardWebhooks::verify(m_webhookKey, QString::fromUtf8(id), at, request.body, signature))
            return { false, QStringLiteral("signature does not match") };
        return { true, QStringLiteral("signature verified") };
    }
    if (sink == u"sendgrid") {
        if (request.header("Authorization") != "Bearer " + m_mailApiKey.toUtf8())
            return { false, QStringLiteral("API key rejected") };
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        if (!o.value(QLatin1StringView("personalizations")).isArray()
            || !o.value(QLatin1StringView("from")).isObject()
            || !o.value(QLatin1StringView("subject")).isString())
            return { false, QStringLiteral("personalizations, from and subject are required") };
        return { true, QStringLiteral("API key accepted") };
    }
    if (sink == u"teams") {
        const Verdict v = teams(request);
        return { v.accepted, v.what };
    }
    if (sink == u"pagerduty") {
        const Verdict v = pagerDuty(request);
        return { v.accepted, v.what };
    }
    if (sink == u"splunk") {
        const Verdict v = splunk(request);
        return { v.accepted, v.what };
    }
    return { false, {} };
}

void DemoSinks::addRoutes(DemoRouter &router)
{
    router.add("POST", slackPattern, [this](const DemoRequest &request) {
        if (!check(request).first)
            return DemoResponse::text(400, "invalid_payload");
        return DemoResponse::text(200, "ok");
    });
    router.add("POST", webhookPattern, [this](const DemoRequest &request) {
        const auto [verified, what] = check(request);
        if (!verified)
            return DemoResponse::json(401, QJsonDocument(QJsonObject { { QStringLiteral("error"), what } }));
        return DemoResponse::json(200, QJsonDocument(QJsonObject { { QStringLiteral("received"), true } }));
    });
    router.add("POST", mailPath, [this](const DemoRequest &request) {
        const auto [verified, what] = check(request);
        if (!verified && what.startsWith(u"API key"))
            return DemoResponse::json(
                401,
                sendGridError(
                    QStringLiteral("The provided authorization grant is invalid, expired, or revoked")));
        if (!verified)
            return DemoResponse::json(400, sendGridError(what));
        return DemoResponse { 202, {}, {} };
    });
    auto answer = [](const Verdict &v) {
        return v.body.isEmpty() ? DemoResponse { v.status, {}, {} } : DemoResponse::json(v.status, v.body);
    };
    router.add("POST", teamsPattern,
               [this, answer](const DemoRequest &request) { return answer(teams(request)); });
    router.add("POST", pagerDutyPath,
               [this, answer](const DemoRequest &request) { return answer(pagerDuty(request)); });
    router.add("POST", splunkPath,
               [this, answer](const DemoRequest &request) { return answer(splunk(request)); });
}

void DemoSinks::record(const DemoRequest &request, int status, const QString &fault)
{
    DemoSinkDelivery d;
    d.atMs = QDateTime::currentMSecsSinceEpoch();
    d.sink = sinkOf(request.path);
    d.method = request.method;
    d.path = request.path;
    d.query = request.query.toString(QUrl::FullyEncoded);
    d.headers = request.headers;
    d.body = request.body;
    d.status = status;
    d.fault = fault;
    const auto [verified, what] = check(request);
    d.verified = verified;
    d.check = what;
    QMutexLocker lock(&m_mutex);
    d.sequence = ++m_sequence;
    qCInfo(lcDemo).noquote() << "sink" << d.sink << "received" << d.body.size() << "bytes:" << d.check
                             << status;
    m_deliveries.append(std::move(d));
}

QList<DemoSinkDelivery> DemoSinks::deliveries() const
{
    QMutexLocker lock(&m_mutex);
    return m_deliveries;
}

int DemoSinks::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_deliveries.size());
}

void DemoSinks::clear()
{
    QMutexLocker lock(&m_mutex);
    m_deliveries.clear();
}

QJsonObject DemoSinks::toJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray list;
    for (const DemoSinkDelivery &d : m_deliveries) {
        QJsonArray headers;
        for (const auto &[name, value] : d.headers)
            headers.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
        list.append(QJsonObject { { QStringLiteral("sequence"), d.sequence },
                                  { QStringLiteral("at_ms"), d.atMs },
                                  { QStringLiteral("sink"), d.sink },
                                  { QStringLiteral("method"), QString::fromLatin1(d.method) },
                                  { QStringLiteral("path"), d.path },
                                  { QStringLiteral("query"), d.query },
                                  { QStringLiteral("headers"), headers },
                                  { QStringLiteral("body"), QString::fromUtf8(d.body) },
                                  { QStringLiteral("status"), d.status },
                                  { QStringLiteral("fault"), d.fault },
                                  { QStringLiteral("verified"), d.verified },
                                  { QStringLiteral("check"), d.check } });
    }
    return QJsonObject { { QStringLiteral("deliveries"), list },
                         { QStringLiteral("total"), int(list.size()) } };
}
