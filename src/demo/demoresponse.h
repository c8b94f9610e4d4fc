#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

// One answer of the demo platform before the fault rules have their say. Page facts travel with it
// so a rule can target the first, the n-th or the last page of a listing.
struct DemoResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
    QByteArray body;
    int pageIndex = 0; // pages of this listing served before this one
    bool lastPage = true; // no next_key follows

    static DemoResponse json(int status, const QByteArray &body)
    {
        return DemoResponse {
            status, { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } }, body
        };
    }
    static DemoResponse json(int status, const QJsonDocument &document)
    {
        return json(status, document.toJson(QJsonDocument::Compact));
    }
    static DemoResponse text(int status, const QByteArray &body)
    {
        return DemoResponse { status,
                              { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain") } },
                              body };
    }
    // Runtime's error shape: {"error":"..."} (docs/jfrog-api.md 1.5).
    static DemoResponse runtimeError(int status, const QString &message);
    // Runtime's validation shape: {"message":"..."}.
    static DemoResponse validationError(const QString &message);
    // Artifactory's (and Access's) shape: {"errors":[{"status":N,"message":"..."}]}.
    static DemoResponse platformError(int status, const QString &message);
};
