#pragma once

#include "demorequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

class DemoRouter;

// One request a demo sink received, exactly as it came (headers in order, body bytes), what it
// answered, and what it checked.
struct DemoSinkDelivery
{
    qint64 sequence = 0; // 1, 2, ... in arrival order
    qint64 atMs = 0; // unix ms at arrival
    QString sink; // slack, webhook, sendgrid, teams, pagerduty, splunk
    QByteArray method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0; // what went back (a fault's status when one fired); 0 when no status line did
    QString fault; // the fault that fired, if any
    bool verified =
        false; // webhook: the Standard Webhooks signature; sendgrid: the API key; slack: a valid payload
    QString check; // "signature verified", "signature does not match", "API key accepted", ...

    QByteArray header(const QByteArray &name) const;
};

// Where the demo platform's sinks are, for whoever points channels at them.
struct DemoSinkEndpoints
{
    QString baseUrl; // https://127.0.0.1:PORT
    QByteArray webhookKey; // the raw signing key the webhook sink verifies with (printable ASCII)
    QString mailApiKey; // the key the SendGrid sink accepts
    QString teamsSignature; // the sig= query value the Teams workflow sink accepts
    QString pagerDutyKey; // the routing key the PagerDuty sink accepts
    QString splunkToken; // the HEC token the Splunk sink accepts
};

// The channel sinks of the demo platform: they record what they receive, answer as the real
// services do, and fail on demand through the platform's fault rules on their paths.
// - Slack incoming webhook: POST /services/{team}/{bot}/{secret} -> 200 "ok"; 400 "invalid_payload"
//   for a body that is not a JSON object with "text" or "blocks". Slack's documented errors
//   (invalid_payload, user_not_found, action_prohibited, channel_not_found, channel_is_archived,
//   rollup_error) come from a fault rule: {"path": "/services/{team}/{bot}/{secret}", "fault":
//   "status", "status": 404, "body": "channel_not_found"}.
// - Generic webhook: POST /hooks/{name} -> 200 {"received": true} when the Standard Webhooks
//   signature verifies with the configured key (timestamp within 5 minutes), else 401.
// - SendGrid v3: POST /v3/mail/send -> 202 (empty) with "Authorization: Bearer <mail key>" and a JSON
//   body with personalizations, from and subject; 401 or 400 otherwise, in SendGrid's error shape.
// - Microsoft Teams workflow ("when a Teams webhook request is received"):
//   POST /workflows/{id}/triggers/manual/paths/invoke?api-version=…&sig=… -> 202 when sig is the
//   configured one (401 otherwise) and the body is a message with an Adaptive Card attachment
//   (400 InvalidRequestContent otherwise: type, contentType, the card's type, version and body, each
//   element's type, a TextBlock's text, a FactSet's facts as {title, value} strings).
// - PagerDuty Events API v2: POST /v2/enqueue -> 202 {"status": "success", "dedup_key"} for a valid
//   trigger; 400 {"status": "invalid event", "errors": [...]} for a wrong routing key, an
//   event_action other than trigger/acknowledge/resolve, a dedup_key over 255 characters, or a
//   payload without summary (1 to 1,024 characters), source or a known severity.
// - Splunk HTTP Event Collector: POST /services/collector/event -> 200 {"text": "Success", "code": 0};
//   401 code 2 without Authorization, code 3 without the "Splunk " scheme, 403 code 4 for another
//   token, 400 code 6 for a body that is not a JSON object, code 12 without "event", code 13 for an
//   empty event, code 6 for a time, sourcetype, source or index of the wrong type, code 7 for an
//   index outside the token's allow list (main, security, runtime_alarms).
// Deliveries are kept in memory (GET /__demo/deliveries, DELETE to clear). Thread-safe.
class DemoSinks
{
public:
    struct Config
    {
        QByteArray webhookKey; // empty: 32 random alphanumerics
        QString mailApiKey; // empty: "SG.demo." + random
    };

    // A sink's verdict on a request: whether it accepts it, and the status and body it answers.
    struct Verdict
    {
        bool accepted = false;
        QString what; // what was checked, or what is wrong
        int status = 200;
        QByteArray body; // JSON, or empty
    };
    static constexpr qint64 toleranceSeconds = 300; // Standard Webhooks' default

    explicit DemoSinks(const Config &config = {});

    QByteArray webhookKey() const { return m_webhookKey; }
    QString webhookSecret() const; // "whsec_<base64>", as a receiver is configured
    QString mailApiKey() const { return m_mailApiKey; }
    DemoSinkEndpoints endpoints(const QString &baseUrl) const
    {
        return { baseUrl, m_webhookKey, m_mailApiKey, m_teamsSignature, m_pagerDutyKey, m_splunkToken };
    }

    void addRoutes(DemoRouter &router);
    static bool isSinkPath(const QString &path);
    static QString sinkOf(const QString &path); // slack, webhook, sendgrid, teams, pagerduty, splunk or empty

    // Called by the platform once the answer (and any fault) is decided.
    void record(const DemoRequest &request, int status, const QString &fault);
    QList<DemoSinkDelivery> deliveries() const;
    int count() const;
    void clear();
    QJsonObject toJson() const;

    // The check a sink makes, without recording: {verified, what was checked}.
    QPair<bool, QString> check(const DemoRequest &request) const;

private:
    Verdict teams(const DemoRequest &request) const;
    Verdict pagerDuty(const DemoRequest &request) const;
    Verdict splunk(const DemoRequest &request) const;

private:
    mutable QMutex m_mutex;
    QByteArray m_webhookKey;
    QString m_mailApiKey;
    QString m_teamsSignature;
    QString m_pagerDutyKey;
    QString m_splunkToken;
    QList<DemoSinkDelivery> m_deliveries;
    qint64 m_sequence = 0;
};
