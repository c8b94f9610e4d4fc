#include "jstext.h"

#include "jsonwriter.h"

#include <cmath>

namespace JsText {

QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            points.append(QChar::surrogateToUcs4(unit, text[i + 1].unicode()));
            ++i;
        } else {
            points.append(unit);
        }
    }
    return points;
}

QString fromCodePoints(const QList<char32_t> &points, qsizetype from, qsizetype count)
{
    QString text;
    const qsizetype end = std::min(points.size(), from + count);
    for (qsizetype i = from; i < end; ++i) {
        const char32_t cp = points[i];
        if (QChar::requiresSurrogates(cp)) {
            text.append(QChar(QChar::highSurrogate(cp)));
            text.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            text.append(QChar(char16_t(cp)));
        }
    }
    return text;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    return count;
}

QString clip(const QString &text, qsizetype max)
{
    if (codePointCount(text) <= max)
        return text;
    return fromCodePoints(codePoints(text), 0, max - 1) + QChar(0x2026);
}

QString asciiLower(QStringView text)
{
    QString lower = text.toString();
    for (QChar &c : lower) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return lower;
}

namespace {
bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}
} // namespace

QString asciiTrim(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text[begin]))
        ++begin;
    while (end > begin && isAsciiSpace(text[end - 1]))
        --end;
    return text.mid(begin, end - begin).toString();
}

QString singleLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return line;
}

QByteArray utf8(QStringView text)
{
    QString wellFormed = text.toString();
    for (qsizetype i = 0; i < wellFormed.size(); ++i) {
        const QChar c = wellFormed[i];
        if (c.isHighSurrogate() && i + 1 < wellFormed.size() && wellFormed[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            wellFormed[i] = QChar(QChar::ReplacementCharacter);
    }
    return wellFormed.toUtf8();
}

qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (const char32_t cp : codePoints(text))
        bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    return bytes;
}

QString number(double value)
{
    if (std::isnan(value) || std::isinf(value))
        return std::isnan(value) ? QStringLiteral("NaN")
            : value > 0          ? QStringLiteral("Infinity")
                                 : QStringLiteral("-Infinity");
    return QString::fromLatin1(JsonWriter::number(value));
}

QString fromValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

} // namespace JsText
