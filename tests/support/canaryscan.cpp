#include "canaryscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

namespace {

QString randomText(int size, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QString s;
    for (int i = 0; i < size; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]));
    return s;
}

const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const char base64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

namespace Canaries {

QString jwtToken()
{
    const QByteArray header = R"({"typ":"JWT","alg":"RS256","kid":"rd-canary"})";
    const QJsonObject payload { { QStringLiteral("sub"),
                                  QString(QStringLiteral("jfac@01rdcanary/users/") + randomText(12, alnum)) },
                                { QStringLiteral("scp"), QStringLiteral("applied-permissions/admin") },
                                { QStringLiteral("aud"), QStringLiteral("*@*") },
                                { QStringLiteral("iss"), QStringLiteral("jfac@01rdcanary") },
                                { QStringLiteral("exp"), qint64(4102444800) },
                                { QStringLiteral("iat"), qint64(1700000000) },
                                { QStringLiteral("jti"), randomText(32, alnum) } };
    return QString::fromLatin1(b64url(header) + '.'
                               + b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.')
        + randomText(342, base64url);
}

QString referenceToken()
{
    return QStringLiteral("cmVmd") + randomText(59, alnum);
}

QString slackHookUrl()
{
    return QStringLiteral("https://hooks.slack.com/services/T")
        + randomText(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + QStringLiteral("/B")
        + randomText(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + u'/' + randomText(24, alnum);
}

QString webhookUrl()
{
    return QStringLiteral("https://receiver.example.com/hooks/") + randomText(20, alnum)
        + QStringLiteral("?token=") + randomText(32, alnum);
}

QString signingKey()
{
    return randomText(32, alnum);
}

QString mailApiKey()
{
    return QStringLiteral("SG.") + randomText(22, base64url) + u'.' + randomText(43, base64url);
}

} // namespace Canaries

QString CanaryScan::Hit::describe() const
{
    QString context;
    for (const char c : before)
        context += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'.');
    return QStringLiteral("%1 (%2) in %3 at byte %4, after \"%5\"")
        .arg(canary, form, where)
        .arg(offset)
        .arg(context);
}

void CanaryScan::add(const QString &name, const QString &value, const QString &core)
{
    auto pattern = [&](const QString &form, const QByteArray &bytes) {
        if (bytes.size() < 12)
            return;
        for (const Pattern &p : std::as_const(m_patterns)) {
            if (p.canary == name && p.bytes == bytes)
                return;
        }
        m_patterns.append({ name, form, bytes });
    };
    for (const auto &[label, text] :
         { std::pair { QStringLiteral("raw"), value }, std::pair { QStringLiteral("core"), core } }) {
        if (text.isEmpty())
            continue;
        const QByteArray utf8 = text.toUtf8();
        pattern(label, utf8);
        pattern(label + QStringLiteral(" url-encoded"), QUrl::toPercentEncoding(text));
        pattern(label + QStringLiteral(" url-encoded (form)"), QUrl::toPercentEncoding(text, "/:"));
        pattern(label + QStringLiteral(" json-escaped"), QByteArray(utf8).replace("/", "\\/"));
        pattern(label + QStringLiteral(" hex"), utf8.toHex());
        pattern(label + QStringLiteral(" utf-16"),
                QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        // Inside a longer Base64 text the secret starts at any of three byte alignments; the
        // characters that depend on its neighbours are left out.
        for (int align = 0; align < 3; ++align) {
            const QByteArray padded = QByteArray(align, 'x') + utf8;
            for (const auto &[kind, options] :
                 { std::pair { QStringLiteral("base64"), QByteArray::Base64Encoding },
                   std::pair { QStringLiteral("base64url"), QByteArray::Base64UrlEncoding } }) {
                QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
                const int skip = align == 0 ? 0 : 4;
                encoded = encoded.mid(skip, encoded.size() - skip - 4);
                pattern(QStringLiteral("%1 %2@%3").arg(label, kind).arg(align), encoded);
            }
        }
    }
}

QList<CanaryScan::Hit> CanaryScan::scanBytes(const QString &where, const QByteArray &data) const
{
    QList<Hit> hits;
    for (const Pattern &p : m_patterns) {
        const qsizetype at = data.indexOf(p.bytes);
        if (at >= 0)
            hits.append({ where, p.canary, p.form, at,
                          data.mid(std::max<qsizetype>(0, at - 400), std::min<qsizetype>(at, 400)) });
    }
    return hits;
}

QList<CanaryScan::Hit> CanaryScan::scanTree(const QString &directory, int *files,
                                            const QStringList &exclude) const
{
    QList<Hit> hits;
    int scanned = 0;
    QStringList excluded;
    for (const QString &path : exclude)
        excluded.append(QFileInfo(path).absoluteFilePath());
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (excluded.contains(QFileInfo(path).absoluteFilePath()))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append({ path, QStringLiteral("(unreadable)"), file.errorString(), 0, {} });
            continue;
        }
        ++scanned;
        hits += scanBytes(path, file.readAll());
    }
    if (files)
        *files = scanned;
    return hits;
}
