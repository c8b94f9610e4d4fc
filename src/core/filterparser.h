#pragma once

#include "filterexpression.h"

#include <QString>
#include <QStringList>

// The images filter grammar, as a pure function (no state, no I/O; fuzzed by tests/fuzz):
//
//   filter := term (space term)*
//   term   := ["!"] (key ":" values | value)         "!" negates the term
//   values := value ("," value)*                     any of the values
//   value  := bare | '"' chars '"'                   inside quotes, \" and \\ escape
//
// A bare word without a key is full-text search (names, digests, people, CVEs, workloads); a
// quoted one is a phrase. A keyed bare value matches the start of the field, a quoted one the
// whole field; "*" is a wildcard; letters compare without case (ASCII). Keys:
//   risk:        malicious | integrity | untrusted | critical (or any unique prefix)
//   ns: namespace: cluster: owner: deployer: deployed: registry: repo: tag: image: name: cve:
//   arch: digest:
//   severity: sev:  [>= | > | <= | < | =] critical | high | medium | low   (default >=)
//   status:      running | stopped | unknown
//   changed:     yes | no                              (since the last sync)
namespace FilterParser {
inline constexpr qsizetype maxLength = 1000;
inline constexpr int maxTerms = 32;
inline constexpr int maxValues = 16; // alternatives per key
inline constexpr qsizetype maxValueLength = 256;
inline constexpr int maxErrors = 8;

FilterExpression parse(const QString &text);

// `value` as a quoted filter value that matches exactly that text ("a \"b\"").
QString quoted(const QString &value);
// The accepted keys, in the order help lists them.
QStringList keys();
} // namespace FilterParser
