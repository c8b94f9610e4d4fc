#include "compactjson.h"

void CompactJson::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma)
        m_out += ',';
    m_needComma = true;
}

CompactJson &CompactJson::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
    return *this;
}

CompactJson &CompactJson::endObject()
{
    m_out += '}';
    m_needComma = true;
    return *this;
}

CompactJson &CompactJson::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
    return *this;
}

CompactJson &CompactJson::endArray()
{
    m_out += ']';
    m_needComma = true;
    return *this;
}

CompactJson &CompactJson::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

CompactJson &CompactJson::value(const QString &text)
{
    separate();
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default:
            if (c < 0x20) {
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 0xf];
            } else {
                m_out += ch;
            }
        }
    }
    m_out += '"';
    return *this;
}

CompactJson &CompactJson::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

CompactJson &CompactJson::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

CompactJson &CompactJson::null()
{
    separate();
    m_out += "null";
    return *this;
}

CompactJson &CompactJson::strings(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    return endArray();
}

CompactJson &CompactJson::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}
