#include "democursor.h"

#include "demorandom.h"

#include <QByteArray>
#include <QtEndian>

namespace {

quint32 seal(quint64 secret, const DemoCursor &c)
{
    return quint32(DemoRandom::hash(secret, c.offset, c.page, c.fingerprint) >> 16);
}

} // namespace

QString DemoCursor::encode(quint64 secret) const
{
    char bytes[17];
    bytes[0] = 1; // format version
    qToBigEndian(offset, bytes + 1);
    qToBigEndian(page, bytes + 5);
    qToBigEndian(fingerprint, bytes + 9);
    qToBigEndian(seal(secret, *this), bytes + 13);
    return QString::fromLatin1(QByteArray(bytes, sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<DemoCursor> DemoCursor::decode(const QString &key, quint64 secret)
{
    if (key.size() > 64)
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(key.toLatin1(),
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                           | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 17 || decoded.decoded.at(0) != 1)
        return std::nullopt;
    const char *bytes = decoded.decoded.constData();
    DemoCursor c;
    c.offset = qFromBigEndian<quint32>(bytes + 1);
    c.page = qFromBigEndian<quint32>(bytes + 5);
    c.fingerprint = qFromBigEndian<quint32>(bytes + 9);
    if (qFromBigEndian<quint32>(bytes + 13) != seal(secret, c))
        return std::nullopt;
    return c;
}
