#pragma once

#include <QStringView>

// Glob matching for rule conditions: `*` is any run of code points (also none, also "/"), `?` is
// exactly one code point, everything else matches itself, case-sensitively. No character classes
// and no escapes. Linear in practice, never exponential (no regular expressions).
namespace Glob {
bool match(QStringView pattern, QStringView text);
}
