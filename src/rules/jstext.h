#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

// The string operations the generated worker performs, with JavaScript's exact semantics, so the
// C++ planner and the worker produce the same bytes. Only ASCII is case-folded or trimmed: JS and Qt
// disagree on Unicode case mapping and white space, so neither side uses them.
namespace JsText {

// Code points as `Array.from(s)` yields them: a surrogate pair is one, a lone surrogate is itself.
QList<char32_t> codePoints(QStringView text);
QString fromCodePoints(const QList<char32_t> &points, qsizetype from, qsizetype count);
qsizetype codePointCount(QStringView text);

// At most `max` code points; a cut text ends in "…" (the ellipsis counts).
QString clip(const QString &text, qsizetype max);
// A-Z to a-z, nothing else.
QString asciiLower(QStringView text);
// Strips space, \t, \n, \v, \f, \r at both ends, nothing else.
QString asciiTrim(QStringView text);
// Characters below U+0020 and U+007F become spaces (one-line texts: titles, subjects).
QString singleLine(const QString &text);
// UTF-8 as JavaScript engines encode it: a lone surrogate becomes U+FFFD (QString::toUtf8 writes
// "?"), so what both sides hash is the same bytes.
QByteArray utf8(QStringView text);
// Bytes of utf8(text).
qsizetype utf8Length(QStringView text);

// Number.prototype.toString(): shortest round-trip digits, "1e+21", "1e-7", "-0" as "0".
QString number(double value);
// The worker's text(v): a string itself, a number as above, a boolean "true"/"false", else "".
QString fromValue(const QJsonValue &value);

} // namespace JsText
