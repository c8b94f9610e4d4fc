#include "profileloader.h"

#include <QCoreApplication>
#include <QFile>

namespace ProfileLoader {

std::optional<ConnectionProfile> make(const QString &urlText, const QString &caFile, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url = QUrl::fromUserInput(urlText.trimmed());
    if (urlText.trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("ProfileLoader", "no platform URL: give --url or set JFROG_URL"));
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            QCoreApplication::translate("ProfileLoader", "not a valid URL: %1").arg(urlText.left(200)));
    if (url.scheme() != QLatin1StringView("https"))
        return fail(QCoreApplication::translate("ProfileLoader", "the platform URL must use https: %1")
                        .arg(urlText.left(200)));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(QCoreApplication::translate(
            "ProfileLoader", "the platform URL must not carry credentials, a query or a fragment"));
    ConnectionProfile profile;
    profile.baseUrl = url;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QCoreApplication::translate("ProfileLoader", "cannot read the CA file %1").arg(caFile));
        profile.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (profile.caCertificates.isEmpty())
            return fail(QCoreApplication::translate("ProfileLoader", "no PEM certificate in %1").arg(caFile));
    }
    return profile;
}

} // namespace ProfileLoader
