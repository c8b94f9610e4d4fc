#pragma once

#include "rule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

// What became of one delivery: one value per outcome the harness tells apart (docs/TESTING.md
// NOTIF-2, Slack's documented incoming-webhook errors, Standard Webhooks' status rules).
enum class DeliveryOutcome {
    Delivered, // 2xx
    RedirectRefused, // 3xx: reported, never followed
    InvalidPayload, // Slack 400 invalid_payload
    UserNotFound, // Slack 400 user_not_found
    BadRequest, // other 400
    Unauthorized, // 401 (the mail API key)
    ActionProhibited, // Slack 403 action_prohibited
    Forbidden, // other 403
    ChannelNotFound, // Slack 404 channel_not_found
    NotFound, // other 404
    ChannelArchived, // Slack 410 channel_is_archived
    Gone, // other 410
    RateLimited, // 429
    ClientError, // other 4xx
    ServerError, // 500 and 5xx not listed below (Slack's rollup_error too)
    BadGateway, // 502
    ServiceUnavailable, // 503
    GatewayTimeout, // 504
    UnexpectedStatus, // 1xx and anything past 599
    Timeout, // no complete answer within the timeout
    TlsFailure, // the handshake failed: untrusted certificate, wrong host, expired...
    DnsFailure, // the host does not resolve
    ConnectionFailed, // refused, reset or closed before an answer
    RefusedByPolicy, // OutboundAddressPolicy said no; nothing was sent
    Cancelled, // the user stopped it before it finished
};

// Turns an HTTP answer or a transport failure into an outcome and its one-line message. Pure.
class DeliveryClassifier
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryClassifier)

public:
    struct Classification
    {
        DeliveryOutcome outcome = DeliveryOutcome::Cancelled;
        QString message;
    };

    // `body` is the start of the answer (Slack says what went wrong in plain text).
    static Classification fromStatus(RuleChannel::Type channel, int status, const QByteArray &body,
                                     std::optional<std::chrono::milliseconds> retryAfter);
    // What Teams, PagerDuty or Splunk said in a refusal's JSON body (error.message, errors[0], text),
    // one line with control characters made visible, at most 200 characters; empty for others.
    static QString serviceMessage(RuleChannel::Type channel, const QByteArray &body);

private:
    static Classification statusOnly(RuleChannel::Type channel, int status, const QByteArray &body,
                                     std::optional<std::chrono::milliseconds> retryAfter);

public:
    static Classification fromOutcome(DeliveryOutcome outcome, const QString &detail = {});

    static QString outcomeName(DeliveryOutcome outcome); // "delivered", "channel_not_found", ...
    static bool isDelivered(DeliveryOutcome outcome) { return outcome == DeliveryOutcome::Delivered; }
    // 429 and 503 may be retried once when Retry-After allows (NOTIF-3).
    static bool isRetryable(DeliveryOutcome outcome)
    {
        return outcome == DeliveryOutcome::RateLimited || outcome == DeliveryOutcome::ServiceUnavailable;
    }
    static QList<DeliveryOutcome> all();
};
