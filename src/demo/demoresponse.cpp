#include "demoresponse.h"

#include <QJsonArray>
#include <QJsonObject>

DemoResponse DemoResponse::runtimeError(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }));
}

DemoResponse DemoResponse::validationError(const QString &message)
{
    return json(400, QJsonDocument(QJsonObject { { QStringLiteral("message"), message } }));
}

DemoResponse DemoResponse::platformError(int status, const QString &message)
{
    const QJsonObject error { { QStringLiteral("status"), status }, { QStringLiteral("message"), message } };
    return json(status, QJsonDocument(QJsonObject { { QStringLiteral("errors"), QJsonArray { error } } }));
}
