#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

const char hexDigits[] = "0123456789abcdef";

char *unicodeEscape(char *p, char16_t unit)
{
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigits[(unit >> 12) & 0xf];
    *p++ = hexDigits[(unit >> 8) & 0xf];
    *p++ = hexDigits[(unit >> 4) & 0xf];
    *p++ = hexDigits[unit & 0xf];
    return p;
}

// One code unit below U+0080, escaped as JSON.stringify escapes it.
char *asciiUnit(char *p, char16_t c)
{
    if (c >= 0x20 && c != u'"' && c != u'\\') {
        *p++ = char(c);
        return p;
    }
    switch (c) {
    case u'"':
        *p++ = '\\';
        *p++ = '"';
        return p;
    case u'\\':
        *p++ = '\\';
        *p++ = '\\';
        return p;
    case u'\b':
        *p++ = '\\';
        *p++ = 'b';
        return p;
    case u'\f':
        *p++ = '\\';
        *p++ = 'f';
        return p;
    case u'\n':
        *p++ = '\\';
        *p++ = 'n';
        return p;
    case u'\r':
        *p++ = '\\';
        *p++ = 'r';
        return p;
    case u'\t':
        *p++ = '\\';
        *p++ = 't';
        return p;
    default:
        return unicodeEscape(p, c);
    }
}

// 2^53: integers up to it print the same as a qint64 and as a JavaScript number.
constexpr qint64 exactIntegerLimit = qint64(1) << 53;

} // namespace

JsonWriter::JsonWriter(int indent, bool escapeLineSeparators)
    : m_out(&m_own)
    , m_style { indent, escapeLineSeparators, LoneSurrogates::Escape }
{ }

JsonWriter::JsonWriter(QByteArray &out, Style style)
    : m_out(&out)
    , m_style(style)
{ }

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    Q_ASSERT(!level.isObject); // a value inside an object needs key() first
    if (level.count++ > 0)
        m_out->append(',');
    if (m_style.indent > 0) {
        m_out->append('\n');
        m_out->append(QByteArray(m_style.indent * m_levels.size(), ' '));
    }
}

void JsonWriter::beforeKey()
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject && !m_afterKey);
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out->append(',');
    if (m_style.indent > 0) {
        m_out->append('\n');
        m_out->append(QByteArray(m_style.indent * m_levels.size(), ' '));
    }
}

JsonWriter &JsonWriter::key(QStringView name)
{
    beforeKey();
    appendQuoted(*m_out, name, m_style);
    m_out->append(m_style.indent > 0 ? ": " : ":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView asciiName)
{
    if (std::any_of(asciiName.begin(), asciiName.end(), [](char ch) { return uchar(ch) >= 0x80; }))
        return key(QStringView(QString(asciiName))); // Latin-1 beyond ASCII: written as UTF-8
    beforeKey();
    const qsizetype start = m_out->size();
    m_out->resize(start + asciiName.size() * 6 + 2);
    char *p = m_out->data() + start;
    *p++ = '"';
    for (const char ch : asciiName)
        p = asciiUnit(p, char16_t(uchar(ch)));
    *p++ = '"';
    m_out->resize(p - m_out->constData());
    m_out->append(m_style.indent > 0 ? ": " : ":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::open(char bracket, bool isObject)
{
    beforeValue();
    m_out->append(bracket);
    m_levels.append({ isObject, 0 });
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    const Level level = m_levels.last();
    m_levels.removeLast();
    if (m_style.indent > 0 && level.count > 0) {
        m_out->append('\n');
        m_out->append(QByteArray(m_style.indent * m_levels.size(), ' '));
    }
    m_out->append(bracket);
}

JsonWriter &JsonWriter::beginObject()
{
    open('{', true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    open('[', false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    beforeValue();
    appendQuoted(*m_out, text, m_style);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    beforeValue();
    // JSON.stringify writes NaN and the infinities as null.
    m_out->append(std::isfinite(number) ? JsonWriter::number(number) : QByteArrayLiteral("null"));
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    if (number < -exactIntegerLimit || number > exactIntegerLimit)
        return value(double(number)); // as JavaScript sees it
    beforeValue();
    m_out->append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out->append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out->append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out->append(json);
    return *this;
}

JsonWriter &JsonWriter::stringList(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    return endArray();
}

JsonWriter &JsonWriter::value(const QJsonValue &json, KeyOrder order)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return value(json.toBool());
    case QJsonValue::Double:
        return value(json.toDouble());
    case QJsonValue::String:
        return value(json.toString());
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &item : json.toArray())
            value(item, order);
        return endArray();
    }
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        QStringList keys = object.keys();
        // UTF-16 code unit order, as Array.prototype.sort() compares strings.
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(),
                                                b.utf16() + b.size());
        });
        if (order == KeyOrder::Reversed)
            std::reverse(keys.begin(), keys.end());
        beginObject();
        for (const QString &name : std::as_const(keys)) {
            key(name);
            value(object.value(name), order);
        }
        return endObject();
    }
    }
    return null();
}

void JsonWriter::appendQuoted(QByteArray &out, QStringView text, const Style &style)
{
    // Worst case: every code unit becomes six bytes ("\u001f"); write in place, then trim.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const qsizetype size = text.size();
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = units[i];
        if (c < 0x80) {
            p = asciiUnit(p, c);
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(c, units[++i]);
            *p++ = char(0xf0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3f));
            *p++ = char(0x80 | ((cp >> 6) & 0x3f));
            *p++ = char(0x80 | (cp & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            if (style.loneSurrogates == LoneSurrogates::Escape)
                p = unicodeEscape(p, c);
            else
                *p++ = '?';
        } else if (style.escapeLineSeparators && (c == 0x2028 || c == 0x2029)) {
            p = unicodeEscape(p, c);
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

QByteArray JsonWriter::quote(QStringView text, bool escapeLineSeparators)
{
    QByteArray out;
    appendQuoted(out, text, Style { 0, escapeLineSeparators, LoneSurrogates::Escape });
    return out;
}

QByteArray JsonWriter::stringify(const QJsonValue &json, int indent, KeyOrder order)
{
    JsonWriter writer(indent);
    writer.value(json, order);
    return writer.data();
}

QByteArray JsonWriter::number(double finite)
{
    Q_ASSERT(std::isfinite(finite));
    if (finite == 0)
        return QByteArrayLiteral("0");
    // Shortest round-trip digits (the same choice ECMAScript's Number::toString makes), as d.ddde±x.
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, std::fabs(finite), std::chars_format::scientific);
    const std::string_view sci(buffer, result.ptr - buffer);
    const std::size_t e = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e)) {
        if (c != '.')
            digits.push_back(c);
    }
    const int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
    const int k = int(digits.size());
    const int n = exponent + 1; // value = 0.digits * 10^n
    std::string out = finite < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, n) + '.' + digits.substr(n);
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(-n, '0') + digits;
    } else {
        const int shown = n - 1;
        out += digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += shown < 0 ? "e-" : "e+";
        out += std::to_string(std::abs(shown));
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}
