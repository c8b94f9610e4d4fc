#include "glob.h"

#include "jstext.h"

namespace Glob {

bool match(QStringView pattern, QStringView text)
{
    const QList<char32_t> p = JsText::codePoints(pattern);
    const QList<char32_t> t = JsText::codePoints(text);
    qsizetype pi = 0;
    qsizetype ti = 0;
    qsizetype starAt = -1; // the last `*` seen, and where in the text it started matching
    qsizetype starText = 0;
    while (ti < t.size()) {
        if (pi < p.size() && p[pi] == U'*') {
            starAt = pi++;
            starText = ti;
        } else if (pi < p.size() && (p[pi] == U'?' || p[pi] == t[ti])) {
            ++pi;
            ++ti;
        } else if (starAt >= 0) {
            pi = starAt + 1; // let the last `*` swallow one more code point
            ti = ++starText;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == U'*')
        ++pi;
    return pi == p.size();
}

} // namespace Glob
