#include "notificationplanner.h"

#include "eventview.h"
#include "jsonwriter.h"
#include "jstext.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "standardwebhooks.h"
#include "templaterenderer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

using Escape = TemplateRenderer::Escape;
const QByteArray jsonType = QByteArrayLiteral("application/json");

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(JsText::utf8(text), QCryptographicHash::Sha256).toHex());
}

struct Rendered
{
    QString titlePlain; // one line, never empty
    QString titleSlack;
    QString textPlain;
    QString textSlack;
};

Rendered renderMessage(const Rule &rule, const TemplateRenderer::Context &context)
{
    QString error;
    const auto title = TemplateRenderer::parse(rule.message.title, &error);
    const auto text = TemplateRenderer::parse(rule.message.text, &error);
    Rendered r;
    r.titlePlain = JsText::singleLine(TemplateRenderer::render(title, context, Escape::None));
    r.titleSlack = JsText::singleLine(TemplateRenderer::render(title, context, Escape::Slack));
    if (r.titlePlain.isEmpty()) { // Slack and the mail API refuse an empty title
        r.titlePlain = JsText::singleLine(rule.name);
        r.titleSlack = TemplateRenderer::slackEscape(r.titlePlain);
    }
    r.textPlain = TemplateRenderer::render(text, context, Escape::None);
    r.textSlack = TemplateRenderer::render(text, context, Escape::Slack);
    return r;
}

QByteArray slackBody(const Rendered &m, const QString &mentions)
{
    JsonWriter w;
    w.beginObject().key(u"text").value(m.titleSlack).key(u"blocks").beginArray();
    w.beginObject().key(u"type").value(u"header").key(u"text").beginObject().key(u"type").value(
        u"plain_text");
    w.key(u"text")
        .value(JsText::clip(m.titlePlain, NotificationPlanner::slackHeaderMax))
        .key(u"emoji")
        .value(true);
    w.endObject().endObject();
    if (!m.textSlack.isEmpty()) {
        w.beginObject()
            .key(u"type")
            .value(u"section")
            .key(u"text")
            .beginObject()
            .key(u"type")
            .value(u"mrkdwn");
        w.key(u"text")
            .value(JsText::clip(m.textSlack, NotificationPlanner::slackSectionMax))
            .endObject()
            .endObject();
    }
    if (!mentions.isEmpty()) {
        w.beginObject().key(u"type").value(u"context").key(u"elements").beginArray();
        w.beginObject().key(u"type").value(u"mrkdwn").key(u"text").value(mentions).endObject();
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.data();
}

void writeRiskList(JsonWriter &w, const QStringList &risks)
{
    w.beginArray();
    for (const QString &raw : risks) {
        const auto risk = EventView::classifyRisk(raw);
        w.beginObject().key(u"raw").value(raw);
        if (risk)
            w.key(u"risk").value(RiskNames::canonical(*risk));
        else
            w.key(u"risk").null();
        w.endObject();
    }
    w.endArray();
}

void writeFiredEvent(JsonWriter &w, const Rule &rule, const EventView &event, const Rendered &m,
                     qint64 unixTime, bool drill)
{
    w.beginObject().key(u"type").value(NotificationPlanner::webhookType);
    w.key(u"timestamp").value(TemplateRenderer::isoTime(unixTime));
    if (drill)
        w.key(u"drill").value(true);
    w.key(u"data").beginObject();
    w.key(u"rule").beginObject().key(u"id").value(rule.id).key(u"name").value(rule.name).endObject();
    w.key(u"title").value(m.titlePlain).key(u"text").value(m.textPlain);
    w.key(u"change_type").value(event.changeType);
    w.key(u"workload").beginObject();
    w.key(u"name")
        .value(event.workloadName)
        .key(u"namespace")
        .value(event.nameSpace)
        .key(u"cluster")
        .value(event.cluster);
    w.key(u"nodes").stringList(event.nodes);
    w.key(u"risks");
    writeRiskList(w, event.workloadRisks);
    w.key(u"vulnerabilities_count");
    if (event.vulnerabilitiesCount.isDouble())
        w.value(event.vulnerabilitiesCount.toDouble());
    else
        w.null();
    w.endObject();
    w.key(u"images").beginArray();
    for (const EventImage &image : event.images) {
        w.beginObject();
        w.key(u"name").value(image.name).key(u"tag").value(image.tag).key(u"registry").value(image.registry);
        w.key(u"repository_path").value(image.repositoryPath).key(u"sha256").value(image.digest);
        w.key(u"architecture").value(image.architecture).key(u"deployed_by").value(image.deployedBy);
        w.key(u"build_owner").value(image.buildOwner).key(u"build_name").value(image.buildName);
        w.key(u"build_number").value(image.buildNumber).key(u"build_repository").value(image.buildRepository);
        w.key(u"risks");
        writeRiskList(w, image.risks);
        w.key(u"vulnerabilities").beginObject().key(u"total").value(image.vulnerabilityTotal);
        w.key(u"critical")
            .value(image.bySeverity[int(Severity::Critical)])
            .key(u"high")
            .value(image.bySeverity[int(Severity::High)]);
        w.key(u"medium")
            .value(image.bySeverity[int(Severity::Medium)])
            .key(u"low")
            .value(image.bySeverity[int(Severity::Low)]);
        w.key(u"unknown").value(image.bySeverity[int(Severity::Unknown)]).endObject();
        w.endObject();
    }
    w.endArray().endObject().endObject();
}

QByteArray webhookBody(const Rule &rule, const EventView &event, const Rendered &m, qint64 unixTime,
                       bool drill)
{
    JsonWriter w;
    writeFiredEvent(w, rule, event, m, unixTime, drill);
    return w.data();
}

// Microsoft Teams, a Workflows "post to a channel when a webhook request is received" trigger: a
// message whose one attachment is an Adaptive Card (docs/jfrog-api.md 5).
QByteArray teamsBody(const EventView &event, const Rendered &m)
{
    JsonWriter w;
    w.beginObject().key(u"type").value(u"message").key(u"attachments").beginArray().beginObject();
    w.key(u"contentType").value(u"application/vnd.microsoft.card.adaptive").key(u"contentUrl").null();
    w.key(u"content").beginObject();
    w.key(u"$schema").value(u"http://adaptivecards.io/schemas/adaptive-card.json");
    w.key(u"type").value(u"AdaptiveCard").key(u"version").value(u"1.4").key(u"body").beginArray();
    w.beginObject().key(u"type").value(u"TextBlock").key(u"text").value(m.titlePlain);
    w.key(u"weight").value(u"Bolder").key(u"size").value(u"Medium").key(u"wrap").value(true).endObject();
    if (!m.textPlain.isEmpty()) {
        w.beginObject().key(u"type").value(u"TextBlock").key(u"text").value(m.textPlain);
        w.key(u"wrap").value(true).endObject();
    }
    w.beginObject().key(u"type").value(u"FactSet").key(u"facts").beginArray();
    auto fact = [&w](QStringView title, const QString &value) {
        w.beginObject().key(u"title").value(title).key(u"value").value(value.isEmpty() ? QStringLiteral("n/a")
                                                                                       : value);
        w.endObject();
    };
    fact(u"Workload", event.workloadName);
    fact(u"Namespace", event.nameSpace);
    fact(u"Cluster", event.cluster);
    for (const EventImage &image : event.images) {
        fact(u"Image", image.name + u':' + image.tag);
        fact(u"Integrity", EventView::integrityLine(image.risks));
        fact(u"Build owner", image.buildOwner);
        fact(u"Deployed by", image.deployedBy);
        fact(u"Risks", EventView::riskDisplay(image.risks));
    }
    w.endArray().endObject().endArray().endObject().endObject().endArray().endObject();
    return w.data();
}

// PagerDuty Events API v2: one alert per dedupe key; the routing key is in the body.
QByteArray pagerDutyBody(const Rule &rule, const RuleChannel &ch, const EventView &event, const Rendered &m,
                         const QString &routingKey, const PlanContext &context)
{
    const QString key = NotificationPlanner::dedupeValue(rule, event, context.unixTime);
    QString dedup = rule.id + u':' + key;
    if (dedup.size() > NotificationPlanner::pagerDutyDedupMax)
        dedup = rule.id + u':' + sha256Hex(key);
    QString source = event.cluster + u'/' + event.nameSpace + u'/' + event.workloadName;
    if (event.workloadName.isEmpty())
        source = QStringLiteral("runtime-desk");
    JsonWriter w;
    w.beginObject().key(u"routing_key").value(routingKey).key(u"event_action").value(u"trigger");
    w.key(u"dedup_key").value(dedup).key(u"payload").beginObject();
    w.key(u"summary").value(JsText::clip(m.titlePlain, NotificationPlanner::pagerDutySummaryMax));
    w.key(u"source").value(source).key(u"severity").value(ch.severity);
    w.key(u"timestamp").value(TemplateRenderer::isoTime(context.unixTime));
    w.key(u"component").value(event.images.isEmpty() ? QString() : event.images.constFirst().name);
    w.key(u"group").value(event.cluster).key(u"class").value(event.changeType);
    w.key(u"custom_details").beginObject();
    w.key(u"rule").value(rule.name).key(u"workload").beginObject();
    w.key(u"name").value(event.workloadName).key(u"namespace").value(event.nameSpace);
    w.key(u"cluster").value(event.cluster).endObject();
    w.key(u"images").beginArray();
    for (const EventImage &image : event.images) {
        const Person owner = context.people.value(image.buildOwner);
        const Person deployer = context.people.value(image.deployedBy);
        w.beginObject().key(u"image").value(image.name + u':' + image.tag).key(u"digest").value(image.digest);
        w.key(u"build_owner").value(image.buildOwner).key(u"build_owner_email").value(owner.email);
        w.key(u"deployed_by").value(image.deployedBy).key(u"deployed_by_email").value(deployer.email);
        w.key(u"integrity").value(EventView::integrityLine(image.risks));
        w.key(u"risks").value(EventView::riskDisplay(image.risks)).endObject();
    }
    w.endArray().key(u"risks").value(EventView::riskDisplay(event.allRisks())).endObject();
    w.endObject().key(u"client").value(u"Runtime Desk").endObject();
    return w.data();
}

// Splunk HTTP Event Collector: the webhook's fired event as the event data.
QByteArray splunkBody(const Rule &rule, const RuleChannel &ch, const EventView &event, const Rendered &m,
                      qint64 unixTime, bool drill)
{
    JsonWriter w;
    w.beginObject().key(u"time").value(unixTime).key(u"source").value(u"runtime-desk");
    w.key(u"sourcetype").value(ch.sourcetype);
    if (!ch.index.isEmpty())
        w.key(u"index").value(ch.index);
    w.key(u"event");
    writeFiredEvent(w, rule, event, m, unixTime, drill);
    w.endObject();
    return w.data();
}

QString personOf(const EventImage &image, RuleChannel::Person person)
{
    return person == RuleChannel::Person::BuildOwner ? image.buildOwner : image.deployedBy;
}

// "Build owner: <@U1> · Deployed by: <@U2>" for the people the directory knows a member ID of.
QString mentionLine(const RuleChannel &ch, const EventView &event, const QHash<QString, Person> &people)
{
    QStringList parts;
    for (RuleChannel::Person role : ch.mention) {
        QStringList ids;
        for (const EventImage &image : event.images) {
            const QString id = people.value(personOf(image, role)).slackId;
            if (Person::isSlackMemberId(id) && !ids.contains(id))
                ids.append(id);
        }
        if (ids.isEmpty())
            continue;
        for (QString &id : ids)
            id = QStringLiteral("<@") + id + u'>';
        parts.append((role == RuleChannel::Person::BuildOwner ? QStringLiteral("Build owner: ")
                                                              : QStringLiteral("Deployed by: "))
                     + ids.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

QByteArray emailBody(const RuleChannel &ch, const QStringList &to, const Rendered &m)
{
    JsonWriter w;
    w.beginObject().key(u"personalizations").beginArray().beginObject().key(u"to").beginArray();
    for (const QString &address : to)
        w.beginObject().key(u"email").value(address).endObject();
    w.endArray().endObject().endArray();
    w.key(u"from").beginObject().key(u"email").value(ch.fromEmail);
    if (!ch.fromName.isEmpty())
        w.key(u"name").value(ch.fromName);
    w.endObject();
    w.key(u"subject").value(m.titlePlain);
    w.key(u"content").beginArray().beginObject().key(u"type").value(u"text/plain");
    w.key(u"value").value(m.textPlain.isEmpty() ? m.titlePlain : m.textPlain).endObject().endArray();
    w.endObject();
    return w.data();
}

} // namespace

QList<PlannedCall> NotificationPlanner::plan(const Rule &rule, const QJsonObject &event,
                                             const QHash<QString, QString> &secrets,
                                             const PlanContext &context)
{
    const EventView view(event);
    const bool drill = isDrill(event);
    if (!drill && (!RuleEngine::evaluate(rule, view).fired || suppressed(rule, view, context)))
        return {};
    Rendered message = renderMessage(rule, { &rule, &view, context.unixTime, 0 });
    if (drill) { // every channel's title, subject or header comes from these two
        message.titlePlain.prepend(drillPrefix);
        message.titleSlack.prepend(drillPrefix);
    }
    QList<PlannedCall> calls;
    for (const RuleChannel &ch : rule.channels) {
        PlannedCall call { ch.id, QByteArrayLiteral("POST"), {}, { { "content-type", jsonType } }, {} };
        const QString key = secrets.value(ch.apiKeySecret);
        switch (ch.type) {
        case RuleChannel::Type::Slack:
            call.url = secrets.value(ch.urlSecret);
            call.body = slackBody(message, mentionLine(ch, view, context.people));
            break;
        case RuleChannel::Type::Teams:
            call.url = secrets.value(ch.urlSecret);
            call.body = teamsBody(view, message);
            break;
        case RuleChannel::Type::Webhook: {
            call.url = secrets.value(ch.urlSecret);
            const QString signingKey = secrets.value(ch.signingSecret);
            if (JsText::utf8Length(signingKey) < StandardWebhooks::minKeyBytes)
                continue;
            const QString id = webhookId(rule, event);
            call.body = webhookBody(rule, view, message, context.unixTime, drill);
            call.headers +=
                { { "webhook-id", id.toUtf8() },
                  { "webhook-timestamp", QByteArray::number(context.unixTime) },
                  { "webhook-signature",
                    StandardWebhooks::sign(JsText::utf8(signingKey), id, context.unixTime, call.body) } };
            break;
        }
        case RuleChannel::Type::Email: {
            const QStringList to = recipients(ch, rule, view, context);
            if (key.isEmpty() || to.isEmpty())
                continue;
            call.url = ch.baseUrl + QStringLiteral("/v3/mail/send");
            call.headers = { { "authorization", "Bearer " + key.toUtf8() }, { "content-type", jsonType } };
            call.body = emailBody(ch, to, message);
            break;
        }
        case RuleChannel::Type::PagerDuty:
            if (key.isEmpty())
                continue;
            call.url = ch.baseUrl + QStringLiteral("/v2/enqueue");
            call.body = pagerDutyBody(rule, ch, view, message, key, context);
            break;
        case RuleChannel::Type::Splunk:
            if (key.isEmpty())
                continue;
            call.url = ch.baseUrl + QStringLiteral("/services/collector/event");
            call.headers = { { "authorization", "Splunk " + key.toUtf8() }, { "content-type", jsonType } };
            call.body = splunkBody(rule, ch, view, message, context.unixTime, drill);
            break;
        }
        if (call.url.isEmpty())
            continue;
        calls.append(call);
    }
    return calls;
}

QStringList NotificationPlanner::recipients(const RuleChannel &channel, const Rule &rule,
                                            const EventView &event, const PlanContext &context)
{
    const qint64 unixTime = context.unixTime;
    QStringList out;
    QStringList seen; // ASCII-lower-cased: the mail API refuses the same address twice
    auto add = [&](const QString &address) {
        const QString folded = JsText::asciiLower(address);
        if (out.size() < maxRecipients && RuleJson::isPlausibleEmail(address) && !seen.contains(folded)) {
            out.append(address);
            seen.append(folded);
        }
    };
    for (const QString &entry : channel.to) {
        if (!entry.contains(QLatin1StringView("{{"))) {
            add(entry);
            continue;
        }
        QString error;
        const auto tokens = TemplateRenderer::parse(entry, &error);
        bool perImage = false;
        for (const auto &token : tokens)
            perImage = perImage || token.name.startsWith(QLatin1StringView("image."));
        const qsizetype rounds = perImage ? event.images.size() : 1;
        for (qsizetype i = 0; i < rounds; ++i) {
            const TemplateRenderer::Context renderContext { &rule, &event, unixTime, i };
            // An address with an empty part (an image without a build owner) is nobody's address.
            bool complete = true;
            for (const auto &token : tokens) {
                if (token.kind == TemplateRenderer::Token::Kind::Value && token.text.isEmpty())
                    complete = complete
                        && !TemplateRenderer::render({ token }, renderContext, Escape::None).isEmpty();
            }
            if (complete)
                add(TemplateRenderer::render(tokens, renderContext, Escape::None));
        }
    }
    for (const EventImage &image : event.images) {
        for (RuleChannel::Person role : channel.toPeople) {
            const QString name = personOf(image, role);
            if (name.isEmpty())
                continue;
            const QString address = addressOf(name, context.people);
            add(address.isEmpty() ? channel.fallback : address);
        }
    }
    return out;
}

QString NotificationPlanner::addressOf(const QString &name, const QHash<QString, Person> &people)
{
    const QString known = people.value(name).email;
    if (RuleJson::isPlausibleEmail(known))
        return known;
    // Some build owners are their e-mail address already.
    return RuleJson::isPlausibleEmail(name) ? name : QString();
}

QList<RuleChannel::Person> NotificationPlanner::peopleRoles(const Rule &rule)
{
    QList<RuleChannel::Person> roles;
    for (const RuleChannel &ch : rule.channels) {
        QList<RuleChannel::Person> used = ch.type == RuleChannel::Type::Email ? ch.toPeople : ch.mention;
        if (ch.type == RuleChannel::Type::PagerDuty) // custom_details carries both people's addresses
            used = { RuleChannel::Person::BuildOwner, RuleChannel::Person::DeployedBy };
        for (RuleChannel::Person role : std::as_const(used)) {
            if (!roles.contains(role))
                roles.append(role);
        }
    }
    return roles;
}

QStringList NotificationPlanner::peopleToResolve(const Rule &rule, const EventView &event)
{
    const QList<RuleChannel::Person> roles = peopleRoles(rule);
    QStringList names;
    for (const EventImage &image : event.images) {
        for (RuleChannel::Person role : roles) {
            const QString name = personOf(image, role);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QString NotificationPlanner::webhookId(const Rule &rule, const QJsonObject &event)
{
    const QString material = rule.id + u'\n' + QString::fromUtf8(JsonWriter::canonical(event));
    return QStringLiteral("msg_") + sha256Hex(material).left(32);
}

QString NotificationPlanner::dedupeValue(const Rule &rule, const EventView &event, qint64 unixTime)
{
    return TemplateRenderer::render(rule.dedupeKey, { &rule, &event, unixTime, 0 }, Escape::None);
}

QString NotificationPlanner::cooldownKey(const Rule &rule, const EventView &event, qint64 unixTime)
{
    const QString key = dedupeValue(rule, event, unixTime);
    return QStringLiteral("rd-cooldown-") + sha256Hex(rule.id + u'\n' + key).left(32);
}

bool NotificationPlanner::isDrill(const QJsonObject &event)
{
    const QJsonValue marker = event.value(drillKey);
    return marker.isBool() && marker.toBool();
}

bool NotificationPlanner::suppressed(const Rule &rule, const EventView &event, const PlanContext &context)
{
    if (rule.cooldownSeconds <= 0)
        return false;
    const QString last = context.state.value(cooldownKey(rule, event, context.unixTime));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(last).hasMatch())
        return false;
    return context.unixTime - last.toLongLong() < rule.cooldownSeconds;
}

QStringList NotificationPlanner::problems(const Rule &rule, const QHash<QString, QString> &secrets)
{
    QStringList lines;
    for (const RuleChannel &ch : rule.channels) {
        for (const QString &name : { ch.urlSecret, ch.signingSecret, ch.apiKeySecret }) {
            if (!name.isEmpty() && secrets.value(name).isEmpty())
                lines.append(tr("channel %1 is skipped: the secret %2 is not set").arg(ch.id, name));
        }
        const qsizetype keyBytes = JsText::utf8Length(secrets.value(ch.signingSecret));
        if (!ch.signingSecret.isEmpty() && keyBytes > 0 && keyBytes < StandardWebhooks::minKeyBytes)
            lines.append(tr("channel %1 is skipped: the signing key %2 has %3 bytes, fewer than the %4 "
                            "Standard Webhooks needs")
                             .arg(ch.id, ch.signingSecret, QString::number(keyBytes),
                                  QString::number(StandardWebhooks::minKeyBytes)));
    }
    return lines;
}

QList<PlannedCall> NotificationPlanner::masked(const QList<PlannedCall> &calls,
                                               const QHash<QString, QString> &secrets)
{
    QStringList values;
    for (const QString &value : secrets) {
        if (!value.isEmpty())
            values.append(value);
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QByteArray mask = maskText.toUtf8();
    QList<PlannedCall> out = calls;
    for (PlannedCall &call : out) {
        for (const QString &value : std::as_const(values)) {
            const QByteArray raw = value.toUtf8();
            QByteArray quoted = JsonWriter::quote(value); // as it appears inside a JSON body
            quoted = quoted.mid(1, quoted.size() - 2);
            call.url.replace(value, maskText);
            for (auto &header : call.headers)
                header.second.replace(raw, mask);
            call.body.replace(raw, mask);
            call.body.replace(quoted, mask);
        }
    }
    return out;
}

QByteArray NotificationPlanner::toJson(const QList<PlannedCall> &calls, int indent)
{
    JsonWriter w(indent);
    w.beginArray();
    for (const PlannedCall &call : calls) {
        w.beginObject()
            .key(u"channel")
            .value(call.channel)
            .key(u"method")
            .value(QString::fromLatin1(call.method));
        w.key(u"url").value(call.url).key(u"headers").beginObject();
        for (const auto &header : call.headers)
            w.key(QString::fromUtf8(header.first)).value(QString::fromUtf8(header.second));
        w.endObject().key(u"body").value(QString::fromUtf8(call.body)).endObject();
    }
    w.endArray();
    return w.data();
}
