#include "deliveryoutcome.h"

#include "displaytext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Outcome = DeliveryOutcome;

QString retryText(std::optional<std::chrono::milliseconds> retryAfter)
{
    if (!retryAfter)
        return DeliveryClassifier::tr("no Retry-After given");
    const qint64 seconds = (retryAfter->count() + 999) / 1000;
    return DeliveryClassifier::tr("retry after %n s", nullptr, int(std::min<qint64>(seconds, INT_MAX)));
}

} // namespace

DeliveryClassifier::Classification
DeliveryClassifier::fromStatus(RuleChannel::Type channel, int status, const QByteArray &body,
                               std::optional<std::chrono::milliseconds> retryAfter)
{
    Classification c = statusOnly(channel, status, body, retryAfter);
    const QString said = serviceMessage(channel, body);
    if (c.outcome != Outcome::Delivered && !said.isEmpty())
        c.message += tr(" (the service says: %1)").arg(said);
    return c;
}

QString DeliveryClassifier::serviceMessage(RuleChannel::Type channel, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body.left(64 * 1024)).object();
    QString said;
    if (channel == RuleChannel::Type::Teams)
        said = o.value(QLatin1StringView("error"))[QLatin1StringView("message")].toString();
    else if (channel == RuleChannel::Type::PagerDuty)
        said = o.value(QLatin1StringView("errors"))[0].toString();
    else if (channel == RuleChannel::Type::Splunk)
        said = o.value(QLatin1StringView("text")).toString();
    return DisplayText::visible(said.left(200));
}

DeliveryClassifier::Classification
DeliveryClassifier::statusOnly(RuleChannel::Type channel, int status, const QByteArray &body,
                               std::optional<std::chrono::milliseconds> retryAfter)
{
    const bool slack = channel == RuleChannel::Type::Slack;
    // Slack answers errors as a bare token ("channel_not_found"), sometimes with a newline.
    const QByteArray token = body.trimmed().left(64);
    const QString code = QString::number(status);
    auto make = [](Outcome outcome, const QString &message) { return Classification { outcome, message }; };
    if (status >= 200 && status <= 299)
        return make(Outcome::Delivered, tr("delivered (HTTP %1)").arg(code));
    if (status >= 300 && status <= 399)
        return make(
            Outcome::RedirectRefused,
            tr("the endpoint answered %1, a redirect; redirects are not followed: update the URL").arg(code));
    switch (status) {
    case 400:
        if (slack && token == "invalid_payload")
            return make(Outcome::InvalidPayload,
                        tr("Slack refused the message as malformed (400 invalid_payload)"));
        if (slack && token == "user_not_found")
            return make(Outcome::UserNotFound,
                        tr("Slack does not know the user this webhook posts as (400 user_not_found)"));
        return make(Outcome::BadRequest, tr("the endpoint refused the request as malformed (400)"));
    case 401:
        return make(Outcome::Unauthorized,
                    tr("the endpoint refused the credentials (401): check the API key"));
    case 403:
        if (slack && token == "action_prohibited")
            return make(
                Outcome::ActionProhibited,
                tr("Slack prohibits posting to this channel (403 action_prohibited): a workspace admin "
                   "restricted it"));
        return make(Outcome::Forbidden, tr("the endpoint forbids this request (403)"));
    case 404:
        if (slack && token == "channel_not_found")
            return make(Outcome::ChannelNotFound,
                        tr("the Slack channel of this webhook no longer exists (404 channel_not_found)"));
        return make(Outcome::NotFound,
                    tr("nothing answers at this URL (404): the webhook was removed or the URL is wrong"));
    case 410:
        if (slack && token == "channel_is_archived")
            return make(Outcome::ChannelArchived,
                        tr("the Slack channel is archived (410 channel_is_archived)"));
        return make(Outcome::Gone, tr("the endpoint is gone for good (410): update or remove this channel"));
    case 429:
        return make(Outcome::RateLimited, tr("rate limited (429); %1").arg(retryText(retryAfter)));
    case 502:
        return make(Outcome::BadGateway, tr("a gateway in front of the endpoint failed (502)"));
    case 503:
        return make(Outcome::ServiceUnavailable,
                    tr("the endpoint is unavailable (503); %1").arg(retryText(retryAfter)));
    case 504:
        return make(Outcome::GatewayTimeout, tr("a gateway in front of the endpoint timed out (504)"));
    default:
        break;
    }
    if (status >= 400 && status <= 499)
        return make(Outcome::ClientError, tr("the endpoint refused the request (%1)").arg(code));
    if (status >= 500 && status <= 599) {
        if (slack && token == "rollup_error")
            return make(Outcome::ServerError, tr("Slack failed internally (500 rollup_error)"));
        return make(Outcome::ServerError, tr("the endpoint failed (%1)").arg(code));
    }
    return make(Outcome::UnexpectedStatus, tr("unexpected answer (HTTP %1)").arg(code));
}

DeliveryClassifier::Classification DeliveryClassifier::fromOutcome(DeliveryOutcome outcome,
                                                                   const QString &detail)
{
    QString message;
    switch (outcome) {
    case Outcome::Timeout:
        message = tr("no answer within %1").arg(detail);
        break;
    case Outcome::TlsFailure:
        message = tr("the TLS handshake failed: %1").arg(detail);
        break;
    case Outcome::DnsFailure:
        message = tr("the host %1 does not resolve").arg(detail);
        break;
    case Outcome::ConnectionFailed:
        message = tr("could not connect: %1").arg(detail);
        break;
    case Outcome::RefusedByPolicy:
        message = tr("not sent: %1").arg(detail);
        break;
    case Outcome::Cancelled:
        message = tr("cancelled before an answer came");
        break;
    default:
        message = detail;
        break;
    }
    return { outcome, message };
}

QString DeliveryClassifier::outcomeName(DeliveryOutcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Outcome::InvalidPayload:
        return QStringLiteral("invalid_payload");
    case Outcome::UserNotFound:
        return QStringLiteral("user_not_found");
    case Outcome::BadRequest:
        return QStringLiteral("bad_request");
    case Outcome::Unauthorized:
        return QStringLiteral("unauthorized");
    case Outcome::ActionProhibited:
        return QStringLiteral("action_prohibited");
    case Outcome::Forbidden:
        return QStringLiteral("forbidden");
    case Outcome::ChannelNotFound:
        return QStringLiteral("channel_not_found");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::ChannelArchived:
        return QStringLiteral("channel_is_archived");
    case Outcome::Gone:
        return QStringLiteral("gone");
    case Outcome::RateLimited:
        return QStringLiteral("rate_limited");
    case Outcome::ClientError:
        return QStringLiteral("client_error");
    case Outcome::ServerError:
        return QStringLiteral("server_error");
    case Outcome::BadGateway:
        return QStringLiteral("bad_gateway");
    case Outcome::ServiceUnavailable:
        return QStringLiteral("service_unavailable");
    case Outcome::GatewayTimeout:
        return QStringLiteral("gateway_timeout");
    case Outcome::UnexpectedStatus:
        return QStringLiteral("unexpected_status");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::TlsFailure:
        return QStringLiteral("tls_failure");
    case Outcome::DnsFailure:
        return QStringLiteral("dns_failure");
    case Outcome::ConnectionFailed:
        return QStringLiteral("connection_failed");
    case Outcome::RefusedByPolicy:
        return QStringLiteral("refused_by_policy");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QList<DeliveryOutcome> DeliveryClassifier::all()
{
    QList<DeliveryOutcome> list;
    for (int i = int(Outcome::Delivered); i <= int(Outcome::Cancelled); ++i)
        list.append(Outcome(i));
    return list;
}
