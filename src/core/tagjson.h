#pragma once

#include "imagetag.h"

#include <QJsonObject>

// The documented, stable JSON of an image tag for the CLI (`show --format json`, `images --format
// json`) and the evidence pack: risks normalised, people and build up front, "null" where the
// platform did not provide a field.
namespace TagJson {
QJsonObject describe(const ImageTag &tag, bool changedSinceLastSync = false);
} // namespace TagJson
