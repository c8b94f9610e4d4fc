#pragma once

#include "deliveryoutcome.h"
#include "notificationplanner.h"
#include "rule.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One planned call to send for real, with the rule it came from.
struct DispatchRequest
{
    QString ruleId;
    QString ruleName;
    RuleChannel::Type channelType = RuleChannel::Type::Webhook;
    PlannedCall call; // unmasked: the exact request, secrets included
};

// What happened to one DispatchRequest. Holds no secret: the endpoint is named by its origin only
// (a Slack URL's path is the credential), and messages never quote URLs, headers or bodies.
struct DeliveryResult
{
    QString ruleId;
    QString ruleName;
    QString channel;
    RuleChannel::Type channelType = RuleChannel::Type::Webhook;
    QString origin; // "https://hooks.slack.com", "https://127.0.0.1:41877"
    DeliveryOutcome outcome = DeliveryOutcome::Cancelled;
    QString message; // one line, from DeliveryClassifier
    int httpStatus = 0; // 0 when no answer came
    qint64 latencyMs = 0; // the last attempt, from sending the request to its answer (or failure)
    int attempts = 0; // requests that went out: 0 (refused before sending), 1, or 2 after one retry
    QDateTime finishedAt;
    QString webhookId; // the webhook-id header, when the call has one (the same on a retry)
    QString address; // the IP address it connected to

    bool delivered() const { return outcome == DeliveryOutcome::Delivered; }
};

Q_DECLARE_METATYPE(DeliveryResult)
