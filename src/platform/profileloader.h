#pragma once

#include "connectionprofile.h"

#include <optional>

// Builds a ConnectionProfile from what a user typed: an https URL and, for on-premises
// platforms, a PEM file of CA certificates to trust for this platform only.
namespace ProfileLoader {
std::optional<ConnectionProfile> make(const QString &url, const QString &caFile, QString *error);
} // namespace ProfileLoader
