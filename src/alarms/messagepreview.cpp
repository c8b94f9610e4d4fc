#include "messagepreview.h"

#include "rulejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

QString MessagePreview::slackUnescape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1StringView("&lt;"), QLatin1StringView("<"));
    out.replace(QLatin1StringView("&gt;"), QLatin1StringView(">"));
    out.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    return out;
}

QString MessagePreview::slackRichText(const QString &mrkdwn)
{
    // <…> sequences become placeholders from the private use area, so that formatting around them
    // (*<url|text>*) still pairs up and nothing inside them is formatted.
    QStringList pieces;
    QString text;
    static const QRegularExpression angle(QStringLiteral("<([^<>\\n]+)>"));
    qsizetype at = 0;
    for (auto it = angle.globalMatch(mrkdwn); it.hasNext();) {
        const auto m = it.next();
        text += mrkdwn.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString inner = m.captured(1);
        const qsizetype bar = inner.indexOf(u'|');
        const QString target = bar < 0 ? inner : inner.left(bar);
        const QString label = bar < 0 ? QString() : inner.mid(bar + 1);
        auto escaped = [](const QString &t) { return slackUnescape(t).toHtmlEscaped(); };
        QString html;
        if (target.startsWith(QLatin1StringView("@U")) || target.startsWith(QLatin1StringView("@W")))
            html = QStringLiteral("<span style=\"background-color:#e8f5fa;color:#1264a3\">&nbsp;@")
                + escaped(label.isEmpty() ? target.mid(1) : label) + QStringLiteral("&nbsp;</span>");
        else if (target.startsWith(u'#'))
            html = QStringLiteral("<span style=\"color:#1264a3\">#")
                + escaped(label.isEmpty() ? target.mid(1) : label) + QStringLiteral("</span>");
        else if (target.startsWith(u'!'))
            html = QStringLiteral("<b>@") + escaped(label.isEmpty() ? target.mid(1) : label)
                + QStringLiteral("</b>");
        else
            html = QStringLiteral("<a href=\"") + escaped(target) + QStringLiteral("\">")
                + escaped(label.isEmpty() ? target : label) + QStringLiteral("</a>");
        text += QChar(0xE000 + int(pieces.size() % 0x1000));
        pieces.append(html);
    }
    text += mrkdwn.mid(at);
    QString html = slackUnescape(text).toHtmlEscaped();
    static const QRegularExpression pre(QStringLiteral("```([^`]+)```"));
    html.replace(pre, QStringLiteral("<pre>\\1</pre>"));
    static const QRegularExpression code(QStringLiteral("`([^`\\n]+)`"));
    html.replace(code, QStringLiteral("<code>\\1</code>"));
    // A marker opens after a start, a space or an opening bracket and closes before an end, a space
    // or punctuation, around text that neither starts nor ends with a space.
    for (const auto &[marker, tag] :
         { std::pair { u'*', QStringLiteral("b") }, std::pair { u'_', QStringLiteral("i") },
           std::pair { u'~', QStringLiteral("s") } }) {
        const QString m = QRegularExpression::escape(QString(marker));
        const QRegularExpression pattern(
            QStringLiteral("(^|[\\s(>])%1([^\\s%1](?:[^%1\\n]*[^\\s%1])?)%1(?=$|[\\s).,;:!?<])").arg(m));
        html.replace(pattern, QStringLiteral("\\1<%1>\\2</%1>").arg(tag));
    }
    html.replace(u'\n', QStringLiteral("<br>"));
    for (qsizetype i = 0; i < pieces.size(); ++i)
        html.replace(QChar(0xE000 + int(i % 0x1000)), pieces[i]);
    return html;
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
            b.richText = b.format == u"mrkdwn" ? slackRichText(b.text) : b.text.toHtmlEscaped();
            // Section fields and context elements: text objects, shown as Slack shows them.
            const auto readable = [](const QJsonValue &item) -> QString {
                const QJsonObject object = item.toObject();
                const QString said = object.value(QLatin1StringView("text")).toString();
                return object.value(QLatin1StringView("type")).toString() == u"mrkdwn" ? slackUnescape(said)
                                                                                       : said;
            };
            for (const QJsonValue &field : block.value(QLatin1StringView("fields")).toArray())
                b.fields.append(readable(field));
            QStringList richElements;
            for (const QJsonValue &element : block.value(QLatin1StringView("elements")).toArray()) {
                if (!element.toObject().contains(QLatin1StringView("text")))
                    continue;
                b.elements.append(readable(element));
                const QString said = element.toObject().value(QLatin1StringView("text")).toString();
                richElements.append(element.toObject().value(QLatin1StringView("type")).toString()
                                            == u"mrkdwn"
                                        ? slackRichText(said)
                                        : said.toHtmlEscaped());
            }
            if (!richElements.isEmpty())
                b.richText = richElements.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;"));
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
    case RuleChannel::Type::Teams:
        for (const QJsonValue &attachment : o.value(QLatin1StringView("attachments")).toArray()) {
            const QJsonObject card = attachment.toObject().value(QLatin1StringView("content")).toObject();
            for (const QJsonValue &item : card.value(QLatin1StringView("body")).toArray()) {
                const QJsonObject element = item.toObject();
                const QString kind = element.value(QLatin1StringView("type")).toString();
                if (kind == u"TextBlock") {
                    QString &into = p.subject.isEmpty() ? p.subject : p.body;
                    into = element.value(QLatin1StringView("text")).toString();
                }
                for (const QJsonValue &fact : element.value(QLatin1StringView("facts")).toArray())
                    p.facts.append(fact.toObject().value(QLatin1StringView("title")).toString()
                                   + QStringLiteral(": ")
                                   + fact.toObject().value(QLatin1StringView("value")).toString());
            }
        }
        break;
    case RuleChannel::Type::PagerDuty: {
        const QJsonObject payload = o.value(QLatin1StringView("payload")).toObject();
        p.subject = payload.value(QLatin1StringView("summary")).toString();
        for (const char *key : { "severity", "source", "component", "group", "class" })
            p.facts.append(QLatin1StringView(key) + QStringLiteral(": ")
                           + payload.value(QLatin1StringView(key)).toString());
        p.facts.append(QStringLiteral("dedup_key: ") + o.value(QLatin1StringView("dedup_key")).toString());
        p.prettyJson =
            QString::fromUtf8(QJsonDocument(payload.value(QLatin1StringView("custom_details")).toObject())
                                  .toJson(QJsonDocument::Indented));
        break;
    }
    case RuleChannel::Type::Splunk: {
        const QJsonObject event = o.value(QLatin1StringView("event")).toObject();
        const QJsonObject data = event.value(QLatin1StringView("data")).toObject();
        p.subject = data.value(QLatin1StringView("title")).toString();
        p.body = data.value(QLatin1StringView("text")).toString();
        for (const char *key : { "sourcetype", "index", "source" }) {
            if (o.contains(QLatin1StringView(key)))
                p.facts.append(QLatin1StringView(key) + QStringLiteral(": ")
                               + o.value(QLatin1StringView(key)).toString());
        }
        p.prettyJson = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Indented));
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
    case RuleChannel::Type::Teams:
    case RuleChannel::Type::PagerDuty:
    case RuleChannel::Type::Splunk:
        parts << subject << body << facts;
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
    case RuleChannel::Type::Teams:
    case RuleChannel::Type::PagerDuty:
    case RuleChannel::Type::Splunk:
        o.insert(QStringLiteral("subject"), subject);
        o.insert(QStringLiteral("body"), body);
        o.insert(QStringLiteral("facts"), QJsonArray::fromStringList(facts));
        if (!prettyJson.isEmpty())
            o.insert(QStringLiteral("pretty_json"), prettyJson);
        break;
    }
    return o;
}
