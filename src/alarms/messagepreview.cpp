#include "messagepreview.h"

#include "rulejson.h"

#include <QJsonArray>
#include <QJsonDocument>

QString MessagePreview::slackUnescape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1StringView("&lt;"), QLatin1StringView("<"));
    out.replace(QLatin1StringView("&gt;"), QLatin1StringView(">"));
    out.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    return out;
}

MessagePreview MessagePreview::fromCall(RuleChannel::Type type, const PlannedCall &call)
{
    MessagePreview p;
    p.type = type;
    p.channel = call.channel;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &error);
    if (!document.isObject()) {
        p.error = QStringLiteral("the body is not a JSON object");
        return p;
    }
    const QJsonObject o = document.object();
    switch (type) {
    case RuleChannel::Type::Slack:
        p.notificationText = slackUnescape(o.value(QLatin1StringView("text")).toString());
        for (const QJsonValue &value : o.value(QLatin1StringView("blocks")).toArray()) {
            const QJsonObject block = value.toObject();
            const QJsonObject text = block.value(QLatin1StringView("text")).toObject();
            SlackBlock b;
            b.type = block.value(QLatin1StringView("type")).toString();
            b.format = text.value(QLatin1StringView("type")).toString();
            b.text = text.value(QLatin1StringView("text")).toString();
            b.displayText = b.format == u"mrkdwn" ? slackUnescape(b.text) : b.text;
            // Section fields and context elements: text objects, shown as Slack shows them.
            const auto readable = [](const QJsonValue &item) -> QString {
                const QJsonObject object = item.toObject();
                const QString said = object.value(QLatin1StringView("text")).toString();
                return object.value(QLatin1StringView("type")).toString() == u"mrkdwn" ? slackUnescape(said)
                                                                                       : said;
            };
            for (const QJsonValue &field : block.value(QLatin1StringView("fields")).toArray())
                b.fields.append(readable(field));
            for (const QJsonValue &element : block.value(QLatin1StringView("elements")).toArray()) {
                if (element.toObject().contains(QLatin1StringView("text")))
                    b.elements.append(readable(element));
            }
            p.blocks.append(b);
        }
        break;
    case RuleChannel::Type::Email: {
        const QJsonObject from = o.value(QLatin1StringView("from")).toObject();
        const QString email = from.value(QLatin1StringView("email")).toString();
        const QString name = from.value(QLatin1StringView("name")).toString();
        p.from = name.isEmpty() ? email : name + QStringLiteral(" <") + email + u'>';
        for (const QJsonValue &personalization : o.value(QLatin1StringView("personalizations")).toArray()) {
            for (const QJsonValue &to : personalization.toObject().value(QLatin1StringView("to")).toArray())
                p.to.append(to.toObject().value(QLatin1StringView("email")).toString());
        }
        p.subject = o.value(QLatin1StringView("subject")).toString();
        for (const QJsonValue &content : o.value(QLatin1StringView("content")).toArray()) {
            if (content.toObject().value(QLatin1StringView("type")).toString() == u"text/plain")
                p.body = content.toObject().value(QLatin1StringView("value")).toString();
        }
        break;
    }
    case RuleChannel::Type::Webhook: {
        p.eventType = o.value(QLatin1StringView("type")).toString();
        const QJsonObject data = o.value(QLatin1StringView("data")).toObject();
        p.title = data.value(QLatin1StringView("title")).toString();
        p.text = data.value(QLatin1StringView("text")).toString();
        for (const auto &[name, value] : call.headers) {
            if (name.compare("webhook-id", Qt::CaseInsensitive) == 0)
                p.webhookId = QString::fromUtf8(value);
            if (name.compare("webhook-signature", Qt::CaseInsensitive) == 0)
                p.signedWithKey = !value.isEmpty();
        }
        p.prettyJson = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        break;
    }
    }
    return p;
}

QString MessagePreview::readableText() const
{
    QStringList parts;
    switch (type) {
    case RuleChannel::Type::Slack:
        parts.append(notificationText);
        for (const SlackBlock &b : blocks)
            parts << b.displayText << b.fields << b.elements;
        break;
    case RuleChannel::Type::Email:
        parts << subject << body;
        break;
    case RuleChannel::Type::Webhook:
        parts << title << text;
        break;
    }
    return parts.join(u'\n');
}

QJsonObject MessagePreview::toJson() const
{
    QJsonObject o { { QStringLiteral("type"), RuleJson::channelTypeName(type) },
                    { QStringLiteral("channel"), channel } };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    switch (type) {
    case RuleChannel::Type::Slack: {
        QJsonArray list;
        for (const SlackBlock &b : blocks)
            list.append(
                QJsonObject { { QStringLiteral("type"), b.type },
                              { QStringLiteral("format"), b.format },
                              { QStringLiteral("text"), b.text },
                              { QStringLiteral("display_text"), b.displayText },
                              { QStringLiteral("fields"), QJsonArray::fromStringList(b.fields) },
                              { QStringLiteral("elements"), QJsonArray::fromStringList(b.elements) } });
        o.insert(QStringLiteral("notification_text"), notificationText);
        o.insert(QStringLiteral("blocks"), list);
        break;
    }
    case RuleChannel::Type::Email:
        o.insert(QStringLiteral("from"), from);
        o.insert(QStringLiteral("to"), QJsonArray::fromStringList(to));
        o.insert(QStringLiteral("subject"), subject);
        o.insert(QStringLiteral("body"), body);
        break;
    case RuleChannel::Type::Webhook:
        o.insert(QStringLiteral("event_type"), eventType);
        o.insert(QStringLiteral("title"), title);
        o.insert(QStringLiteral("text"), text);
        o.insert(QStringLiteral("webhook_id"), webhookId);
        o.insert(QStringLiteral("signed"), signedWithKey);
        o.insert(QStringLiteral("pretty_json"), prettyJson);
        break;
    }
    return o;
}
