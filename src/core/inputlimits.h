#pragma once

#include <QtGlobal>

// Structural limits on what we accept from a server (docs/TESTING.md FUZZ-3). A value at the
// limit is accepted; one past it is rejected with a data error that names the limit.
namespace Limits {
inline constexpr qsizetype maxTextField = 4096; // characters in any one string field
inline constexpr qsizetype maxTagLength = 128; // OCI: a tag is at most 128 characters
inline constexpr qsizetype maxItemsPerPage = 200; // 2 x the largest page we ask for
inline constexpr qsizetype maxVulnerabilitiesPerTag = 10000;
inline constexpr qsizetype maxListPerTag = 10000; // workloads, malicious packages, components
inline constexpr qint64 maxResponseBytes = 32LL * 1024 * 1024;
inline constexpr int maxJsonDepth = 64; // our pages nest 6 deep; Qt allows 1024
} // namespace Limits
