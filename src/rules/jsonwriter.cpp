#include "jsonwriter.h"

#include "jstext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

JsonWriter::JsonWriter(int indent, bool escapeLineSeparators)
    : m_indent(indent)
    , m_escapeLineSeparators(escapeLineSeparators)
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
        m_out.append(',');
    if (m_indent > 0) {
        m_out.append('\n');
        m_out.append(QByteArray(m_indent * m_levels.size(), ' '));
    }
}

JsonWriter &JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject && !m_afterKey);
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out.append(',');
    if (m_indent > 0) {
        m_out.append('\n');
        m_out.append(QByteArray(m_indent * m_levels.size(), ' '));
    }
    m_out.append(quote(name, m_escapeLineSeparators));
    m_out.append(m_indent > 0 ? ": " : ":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::open(char bracket, bool isObject)
{
    beforeValue();
    m_out.append(bracket);
    m_levels.append({ isObject, 0 });
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    const Level level = m_levels.takeLast();
    if (m_indent > 0 && level.count > 0) {
        m_out.append('\n');
        m_out.append(QByteArray(m_indent * m_levels.size(), ' '));
    }
    m_out.append(bracket);
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
    m_out.append(quote(text, m_escapeLineSeparators));
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    beforeValue();
    // JSON.stringify writes NaN and the infinities as null.
    m_out.append(std::isfinite(number) ? JsText::number(number).toLatin1() : QByteArrayLiteral("null"));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
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

QByteArray JsonWriter::quote(QStringView text, bool escapeLineSeparators)
{
    static const char hex[] = "0123456789abcdef";
    auto unicodeEscape = [](QByteArray &out, char16_t unit) {
        out.append("\\u");
        out.append(hex[(unit >> 12) & 0xf]);
        out.append(hex[(unit >> 8) & 0xf]);
        out.append(hex[(unit >> 4) & 0xf]);
        out.append(hex[unit & 0xf]);
    };
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    qsizetype plainStart = 0;
    auto flushPlain = [&](qsizetype end) {
        if (end > plainStart)
            out.append(text.mid(plainStart, end - plainStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const char *simple = nullptr;
        switch (u) {
        case u'"':
            simple = "\\\"";
            break;
        case u'\\':
            simple = "\\\\";
            break;
        case u'\b':
            simple = "\\b";
            break;
        case u'\f':
            simple = "\\f";
            break;
        case u'\n':
            simple = "\\n";
            break;
        case u'\r':
            simple = "\\r";
            break;
        case u'\t':
            simple = "\\t";
            break;
        default:
            break;
        }
        const bool pair =
            QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode());
        if (pair) {
            ++i; // a well-formed pair is written as UTF-8
            continue;
        }
        const bool lone = QChar::isSurrogate(u);
        const bool control = u < 0x20;
        const bool separator = escapeLineSeparators && (u == 0x2028 || u == 0x2029);
        if (!simple && !lone && !control && !separator)
            continue;
        flushPlain(i);
        if (simple)
            out.append(simple);
        else
            unicodeEscape(out, u);
        plainStart = i + 1;
    }
    flushPlain(text.size());
    out.append('"');
    return out;
}

QByteArray JsonWriter::stringify(const QJsonValue &json, int indent, KeyOrder order)
{
    JsonWriter writer(indent);
    writer.value(json, order);
    return writer.data();
}
