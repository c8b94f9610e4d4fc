#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString plain(const QString &text)
{
    QString s = text.simplified();
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(0xfffd);
    }
    if (s.size() > 200)
        s = s.left(200) + QChar(0x2026);
    return s;
}

QString defaultText(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        return QCoreApplication::translate("ApiError", "the platform could not be reached");
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("ApiError", "the platform did not answer in time");
    case ApiError::Kind::Tls:
        return QCoreApplication::translate("ApiError", "the platform's certificate was refused");
    case ApiError::Kind::Unauthorized:
        return QCoreApplication::translate("ApiError", "token rejected");
    case ApiError::Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "the token lacks the permission for this");
    case ApiError::Kind::NotFound:
        return QCoreApplication::translate("ApiError", "not found");
    case ApiError::Kind::RateLimited:
        return QCoreApplication::translate("ApiError", "rate limited by the platform");
    case ApiError::Kind::Server:
        return QCoreApplication::translate("ApiError", "the platform failed");
    case ApiError::Kind::BadRequest:
        return QCoreApplication::translate("ApiError", "the platform refused the request");
    case ApiError::Kind::Client:
        return QCoreApplication::translate("ApiError", "the platform refused the request");
    case ApiError::Kind::Redirect:
        return QCoreApplication::translate("ApiError", "redirect to another origin refused");
    case ApiError::Kind::Protocol:
        return QCoreApplication::translate("ApiError", "the platform sent a response we cannot read");
    case ApiError::Kind::TooLarge:
        return QCoreApplication::translate("ApiError", "the response is larger than allowed");
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "cancelled");
    }
    return {};
}
} // namespace

QString ApiError::message() const
{
    QString text = detail;
    if (text.isEmpty())
        text = serverMessage;
    if (text.isEmpty())
        text = defaultText(kind);
    else if (kind == Kind::Unauthorized && detail.isEmpty())
        text = defaultText(kind) + QStringLiteral(" (") + text + u')';
    if (httpStatus > 0 && kind != Kind::Protocol)
        return QString::number(httpStatus) + (path.isEmpty() ? QString() : QStringLiteral(" from ") + path)
            + QStringLiteral(": ") + text;
    return path.isEmpty() ? text : path + QStringLiteral(": ") + text;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    case Kind::Client:
        return httpStatus == 408;
    default:
        return false;
    }
}

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Protocol:
    case Kind::TooLarge:
        return 3;
    default:
        return 2;
    }
}

QString ApiError::messageFromBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject o = document.object();
        const QJsonArray errors = o.value(QLatin1StringView("errors")).toArray();
        if (!errors.isEmpty()) {
            const QString m = errors.first().toObject().value(QLatin1StringView("message")).toString();
            if (!m.isEmpty())
                return plain(m);
        }
        for (const char *key : { "message", "error" }) {
            const QJsonValue v = o.value(QLatin1StringView(key));
            if (v.isString() && !v.toString().isEmpty())
                return plain(v.toString());
        }
    }
    return plain(QString::fromUtf8(body));
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    if (status == 400)
        return Kind::BadRequest;
    if (status == 401)
        return Kind::Unauthorized;
    if (status == 403)
        return Kind::Forbidden;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::Server;
    if (status >= 300 && status < 400)
        return Kind::Redirect;
    if (status >= 400)
        return Kind::Client;
    return Kind::None;
}
