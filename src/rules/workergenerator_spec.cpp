// worker.spec.ts: the generated worker against the documented sample event and a quiet variant of
// it, with stand-in secrets, a fixed clock and a fake context. The expected calls come from
// NotificationPlanner; the fake context.crypto answers only the inputs the planner hashed and
// signed (and throws on any other), so the spec also checks what the worker hashes.
#include "eventview.h"
#include "jsonwriter.h"
#include "jstext.h"
#include "notificationplanner.h"
#include "ruleengine.h"
#include "workergenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

struct CryptoEntry
{
    QString kind;
    QString key;
    QString data;
    QString output;
};

QString sha256Hex(const QString &data)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(JsText::utf8(data), QCryptographicHash::Sha256).toHex());
}

void addCrypto(QList<CryptoEntry> &table, const Rule &rule, const QJsonObject &event,
               const QHash<QString, QString> &secrets, const QList<PlannedCall> &calls)
{
    const EventView view(event);
    auto add = [&table](const CryptoEntry &entry) {
        for (const CryptoEntry &e : std::as_const(table)) {
            if (e.kind == entry.kind && e.key == entry.key && e.data == entry.data)
                return;
        }
        table.append(entry);
    };
    const QString dedupe = NotificationPlanner::dedupeValue(rule, view, WorkerGenerator::specTime);
    add({ QStringLiteral("hash"), {}, rule.id + u'\n' + dedupe, sha256Hex(rule.id + u'\n' + dedupe) });
    // PagerDuty's dedup_key hashes a dedupe value too long for it.
    if (std::any_of(rule.channels.cbegin(), rule.channels.cend(),
                    [](const RuleChannel &ch) { return ch.type == RuleChannel::Type::PagerDuty; }))
        add({ QStringLiteral("hash"), {}, dedupe, sha256Hex(dedupe) });
    const QString named = rule.id + u'\n' + QString::fromUtf8(JsonWriter::canonical(event));
    add({ QStringLiteral("hash"), {}, named, sha256Hex(named) });
    for (const PlannedCall &call : calls) {
        for (const RuleChannel &ch : rule.channels) {
            if (ch.id != call.channel || ch.type != RuleChannel::Type::Webhook)
                continue;
            const QString key = secrets.value(ch.signingSecret);
            const QString data = NotificationPlanner::webhookId(rule, event) + u'.'
                + QString::number(WorkerGenerator::specTime) + u'.' + QString::fromUtf8(call.body);
            const QByteArray mac = QMessageAuthenticationCode::hash(JsText::utf8(data), JsText::utf8(key),
                                                                    QCryptographicHash::Sha256);
            add({ QStringLiteral("hmac"), key, data, QString::fromLatin1(mac.toBase64()) });
        }
    }
}

void writeCase(JsonWriter &w, const QString &name, const QJsonObject &event, const QList<PlannedCall> &calls,
               bool fired)
{
    w.beginObject().key(u"name").value(name).key(u"event").value(event);
    w.key(u"calls").beginArray();
    for (const PlannedCall &call : calls) {
        w.beginObject().key(u"method").value(QString::fromLatin1(call.method)).key(u"url").value(call.url);
        w.key(u"headers").beginObject();
        for (const auto &header : call.headers)
            w.key(QString::fromUtf8(header.first)).value(QString::fromUtf8(header.second));
        w.endObject().key(u"body").value(QString::fromUtf8(call.body)).endObject();
    }
    w.endArray();
    // Every fake call answers 200, and a fresh state has no cooldown.
    w.key(u"message")
        .value(fired ? QStringLiteral("fired: %1 of %1 notifications delivered").arg(calls.size())
                     : QStringLiteral("not fired"));
    w.endObject();
}

} // namespace

QByteArray WorkerGenerator::spec(const Rule &rule)
{
    const QHash<QString, QString> secrets = specSecrets(rule);
    const QJsonObject sample = sampleEvent();
    QJsonObject quiet = sample; // nothing at risk, no images, another change type
    quiet.insert(QStringLiteral("change_type"), QStringLiteral("runtime-desk-spec"));
    QJsonObject workload = quiet.value(QLatin1StringView("workload_changed_object")).toObject();
    workload.insert(QStringLiteral("risks"), QJsonArray());
    workload.insert(QStringLiteral("vulnerabilities_count"), 0);
    quiet.insert(QStringLiteral("workload_changed_object"), workload);
    quiet.insert(QStringLiteral("image_tags_object"), QJsonArray());

    QList<CryptoEntry> crypto;
    JsonWriter cases(4, true);
    cases.beginArray();
    const QList<QPair<QString, QJsonObject>> events {
        { QStringLiteral("the documented sample event"), sample }, { QStringLiteral("a quiet event"), quiet }
    };
    for (const auto &[name, event] : events) {
        const QList<PlannedCall> calls = NotificationPlanner::plan(rule, event, secrets, { specTime, {} });
        const bool fired = RuleEngine::evaluate(rule, event).fired;
        addCrypto(crypto, rule, event, secrets, calls);
        writeCase(cases, name, event, calls, fired);
    }
    cases.endArray();

    JsonWriter table(4, true);
    table.beginArray();
    for (const CryptoEntry &e : std::as_const(crypto))
        table.beginArray().value(e.kind).value(e.key).value(e.data).value(e.output).endArray();
    table.endArray();

    JsonWriter secretsJson(4, true);
    secretsJson.beginObject();
    const QStringList names = rule.secretNames();
    for (const QString &secret : names)
        secretsJson.key(secret).value(secrets.value(secret));
    secretsJson.endObject();

    return fill(resource(QStringLiteral(":/rules/worker-spec.ts")),
                {
                    { "RULE_NAME", JsonWriter::quote(rule.name, true) },
                    { "NOW", QByteArray::number(specTime) },
                    { "SECRETS", secretsJson.data() },
                    { "CRYPTO", table.data() },
                    { "CASES", cases.data() },
                });
}
