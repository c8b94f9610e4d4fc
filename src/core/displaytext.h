#pragma once

#include <QString>

// Server strings are data, never markup or terminal control. visible() keeps every printable
// character and spells out the ones that would hide or reorder text: control characters,
// bidirectional overrides and isolates, and zero-width characters become "<U+202E>".
namespace DisplayText {
QString visible(const QString &text);
// visible() and then cut to `width` characters with an ellipsis.
QString cell(const QString &text, int width);
} // namespace DisplayText
