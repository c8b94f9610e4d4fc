#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A strict check of JSON text against RFC 8259, on the raw bytes, before QJsonDocument builds
// anything. Qt's parser is lenient (numbers such as "2." or ".5", invalid escapes such as "\x",
// raw control characters and newlines inside strings) and refuses scalars at the top level; a
// server's body is data, so what is not JSON is refused, with the offset of the first problem.
// Checked: the grammar, UTF-8 (no overlong forms, no encoded surrogates, nothing past U+10FFFF,
// no byte order mark) and the nesting depth. Escaped lone surrogates (\ud800) are valid syntax.
namespace JsonSyntax {

struct Problem
{
    qsizetype offset = 0;
    QString reason;
    bool tooDeep = false; // nested deeper than the limit: the caller names the limit
};

// nullopt when `text` is one JSON value (any type) with at most `maxDepth` nested arrays/objects.
std::optional<Problem> check(const QByteArray &text, int maxDepth);

} // namespace JsonSyntax
