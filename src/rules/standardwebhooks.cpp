#include "standardwebhooks.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace StandardWebhooks {

QByteArray sign(const QByteArray &key, const QString &id, qint64 timestamp, const QByteArray &payload)
{
    const QByteArray content = id.toUtf8() + '.' + QByteArray::number(timestamp) + '.' + payload;
    return "v1," + QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256).toBase64();
}

bool verify(const QByteArray &key, const QString &id, qint64 timestamp, const QByteArray &payload,
            const QByteArray &header)
{
    if (key.isEmpty())
        return false;
    const QByteArray expected = sign(key, id, timestamp, payload);
    bool found = false;
    for (const QByteArray &candidate : header.split(' ')) {
        if (candidate.size() != expected.size())
            continue;
        unsigned char difference = 0;
        for (qsizetype i = 0; i < expected.size(); ++i)
            difference |= static_cast<unsigned char>(candidate[i] ^ expected[i]);
        found = found || difference == 0;
    }
    return found;
}

QByteArray generateKey()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 size = sizeof alphabet - 1;
    QByteArray key;
    QRandomGenerator *random = QRandomGenerator::system();
    while (key.size() < generatedKeyBytes) {
        const quint32 draw = random->generate() & 0xff;
        if (draw < 256 - 256 % size) // no modulo bias
            key.append(alphabet[draw % size]);
    }
    return key;
}

QString toWhsec(const QByteArray &key)
{
    return QStringLiteral("whsec_") + QString::fromLatin1(key.toBase64());
}

QByteArray fromWhsec(const QString &secret)
{
    const QString encoded = secret.startsWith(QLatin1StringView("whsec_")) ? secret.mid(6) : secret;
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace StandardWebhooks
