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
{ }

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
