#include "displaytext.h"

#include <QList>

namespace DisplayText {
namespace {
bool isHiding(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (terminal escapes)
        || (c >= 0x200b && c <= 0x200f) // zero-width space/joiners, LRM, RLM
        || (c >= 0x202a && c <= 0x202e) // bidi embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidi isolates
        || c == 0x061c || c == 0xfeff || c == 0x2028 || c == 0x2029;
}
} // namespace

QString visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isHiding(c))
            out +=
                QStringLiteral("<U+%1>").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString cell(const QString &text, int width)
{
    const QString v = visible(text);
    if (v.size() <= width)
        return v;
    return v.left(std::max(0, width - 1)) + QChar(0x2026);
}
} // namespace DisplayText
