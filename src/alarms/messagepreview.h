#pragma once

#include "notificationplanner.h"
#include "rule.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A planned call as its recipient sees it, for the harness page to render and for golden cases to
// search: the Slack message's blocks, the e-mail's sender, recipients, subject and body, the
// webhook's event type, title, text and pretty JSON; a Teams card's title, text and facts; a PagerDuty
// alert's summary, severity and details; a Splunk event's sourcetype and data. Built from the bytes the
// planner made (the masked call: nothing here is a secret); a body that does not parse gives an empty preview
// with `error` set, never a guess.
struct MessagePreview
{
    struct SlackBlock
    {
        QString type; // header, section, or whatever else the body has
        QString format; // plain_text or mrkdwn
        QString text; // as sent (mrkdwn keeps *bold* and Slack's &amp; &lt; &gt; escapes)
        QString displayText; // the escapes undone: what the reader reads
        QString richText; // mrkdwn blocks and elements as Slack draws them (slackRichText)
        QStringList fields; // a section's fields, escapes undone, in order
        QStringList elements; // a context block's text elements, escapes undone, in order
    };

    RuleChannel::Type type = RuleChannel::Type::Slack;
    QString channel;
    QString error;

    // Slack
    QString notificationText; // "text": the push notification and the fallback
    QList<SlackBlock> blocks;

    // E-mail (SendGrid v3)
    QString from; // "Runtime Desk <runtime-desk@example.com>"
    QStringList to;
    QString subject;
    QString body;

    // Webhook (Standard Webhooks)
    QString eventType; // "runtime_desk.rule.fired"
    QString title;
    QString text;
    QString webhookId;
    bool signedWithKey = false; // a webhook-signature header is present
    QString prettyJson; // the body, indented (PagerDuty: custom_details; Splunk: the event)

    // Teams (title and text as subject and body), PagerDuty (summary as subject), Splunk (the
    // event's title and text as subject and body): what the service shows beside the text.
    QStringList facts; // "Name: value", in order

    static MessagePreview fromCall(RuleChannel::Type type, const PlannedCall &call);
    // Everything a reader reads, one part per line: golden cases search this for their texts.
    QString readableText() const;
    // {type, channel, error?, notification_text, blocks[{type, format, text, display_text, fields,
    //  elements}] | from, to,
    //  subject, body | event_type, title, text, webhook_id, signed, pretty_json}
    QJsonObject toJson() const;
    static QString slackUnescape(const QString &text);
    // Slack mrkdwn as Slack draws it, in the HTML subset Qt's rich text renders: *bold*, _italic_,
    // ~strike~, `code` and ```pre```, <url|text> and <url> as links, <@U…> as a mention chip,
    // <#C…|name> as #name, <!here> as @here, line breaks. Every other character is escaped, so a
    // server string can add no markup.
    static QString slackRichText(const QString &mrkdwn);
};
