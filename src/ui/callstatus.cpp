#include "callstatus.h"

#include "deliveryoutcome.h"

CallStatus CallStatus::pending(const QString &state)
{
    CallStatus status;
    status.state = state;
    return status;
}

CallStatus CallStatus::fromResult(const DeliveryResult &result)
{
    CallStatus status;
    status.state = result.delivered() ? QStringLiteral("delivered") : QStringLiteral("failed");
    status.outcome = DeliveryClassifier::outcomeName(result.outcome);
    status.message = result.message;
    status.httpStatus = result.httpStatus;
    status.latencyMs = result.latencyMs;
    status.attempts = result.attempts;
    status.origin = result.origin;
    return status;
}
