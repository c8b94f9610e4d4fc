#pragma once

#include "filterexpression.h"

#include <QString>
#include <QStringList>

#include <optional>

// The keys of the images filter grammar (FilterParser) and the fields they name.
namespace FilterKeys {
// The field of a key written in lower case ("ns" and "namespace" are one field).
std::optional<FilterTerm::Field> field(const QString &key);
// The key at most two edits away from `key`, for "did you mean"; empty when none is.
QString closest(const QString &key);
// The keys as help lists them (one spelling per field).
QStringList names();
} // namespace FilterKeys
