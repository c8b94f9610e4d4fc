#include "jsonsyntax.h"

namespace JsonSyntax {
namespace {

class Checker
{
public:
    Checker(const QByteArray &text, int maxDepth)
        : m_data(text.constData())
        , m_size(text.size())
        , m_maxDepth(maxDepth)
    { }

    std::optional<Problem> run()
    {
        skipSpace();
        if (!value(0))
            return m_problem;
        skipSpace();
        if (m_at != m_size)
            fail("unexpected text after the value");
        return m_problem;
    }

private:
    bool fail(const char *reason)
    {
        if (!m_problem)
            m_problem = Problem { m_at, QString::fromLatin1(reason), false };
        return false;
    }
    bool atEnd() const { return m_at >= m_size; }
    unsigned char peek() const { return static_cast<unsigned char>(m_data[m_at]); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    bool literal(const char *word)
    {
        for (const char *c = word; *c; ++c, ++m_at) {
            if (atEnd() || peek() != static_cast<unsigned char>(*c))
                return fail("invalid literal");
        }
        return true;
    }

    bool value(int depth)
    {
        if (atEnd())
            return fail("a value is missing");
        switch (peek()) {
        case '{':
            return container(depth, '}');
        case '[':
            return container(depth, ']');
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number();
            return fail("illegal value");
        }
    }

    bool container(int depth, char close)
    {
        if (depth + 1 > m_maxDepth) {
            fail("nested too deep");
            m_problem->tooDeep = true;
            return false;
        }
        ++m_at; // the opening bracket
        skipSpace();
        if (!atEnd() && peek() == static_cast<unsigned char>(close)) {
            ++m_at;
            return true;
        }
        for (;;) {
            if (close == '}') {
                if (atEnd() || peek() != '"')
                    return fail("a member name is missing");
                if (!string())
                    return false;
                skipSpace();
                if (atEnd() || peek() != ':')
                    return fail("a colon is missing");
                ++m_at;
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (atEnd())
                return fail(close == '}' ? "unterminated object" : "unterminated array");
            if (peek() == ',') {
                ++m_at;
                skipSpace();
                continue;
            }
            if (peek() == static_cast<unsigned char>(close)) {
                ++m_at;
                return true;
            }
            return fail(close == '}' ? "a comma or } is missing" : "a comma or ] is missing");
        }
    }

    bool digits()
    {
        if (atEnd() || peek() < '0' || peek() > '9')
            return fail("illegal number");
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_at;
        return true;
    }

    bool number()
    {
        if (peek() == '-')
            ++m_at;
        if (atEnd())
            return fail("illegal number");
        if (peek() == '0') {
            ++m_at;
            if (!atEnd() && peek() >= '0' && peek() <= '9')
                return fail("illegal number: a leading zero");
        } else if (!digits()) {
            return false;
        }
        if (!atEnd() && peek() == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_at;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }

    static bool isHex(unsigned char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // One UTF-8 sequence starting at m_at (a byte >= 0x80), by RFC 3629.
    bool utf8()
    {
        const unsigned char lead = peek();
        int extra = 0;
        unsigned char low = 0x80, high = 0xbf; // the range of the second byte
        if (lead >= 0xc2 && lead <= 0xdf) {
            extra = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            extra = 2;
            if (lead == 0xe0)
                low = 0xa0; // no overlong forms
            else if (lead == 0xed)
                high = 0x9f; // no encoded surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            extra = 3;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f; // nothing past U+10FFFF
        } else {
            return fail("invalid UTF-8");
        }
        ++m_at;
        for (int i = 0; i < extra; ++i, ++m_at) {
            if (atEnd())
                return fail("invalid UTF-8");
            const unsigned char c = peek();
            if (i == 0 ? (c < low || c > high) : (c < 0x80 || c > 0xbf))
                return fail("invalid UTF-8");
        }
        return true;
    }

    bool string()
    {
        ++m_at; // the opening quote
        for (;;) {
            if (atEnd())
                return fail("unterminated string");
            const unsigned char c = peek();
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return fail("a control character in a string");
            if (c == '\\') {
                ++m_at;
                if (atEnd())
                    return fail("unterminated string");
                const unsigned char e = peek();
                if (e == 'u') {
                    ++m_at;
                    for (int i = 0; i < 4; ++i, ++m_at) {
                        if (atEnd() || !isHex(peek()))
                            return fail("invalid \\u escape");
                    }
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r'
                    && e != 't')
                    return fail("invalid escape");
                ++m_at;
                continue;
            }
            if (c >= 0x80) {
                if (!utf8())
                    return false;
                continue;
            }
            ++m_at;
        }
    }

    const char *m_data;
    qsizetype m_size;
    int m_maxDepth;
    qsizetype m_at = 0;
    std::optional<Problem> m_problem;
};

} // namespace

std::optional<Problem> check(const QByteArray &text, int maxDepth)
{
    return Checker(text, maxDepth).run();
}

} // namespace JsonSyntax
