#pragma once

#include "demoplatform.h"

class QTextStream;

// `runtime-desk-cli serve-demo --port P --tags N --seed S [--token T]`: starts a DemoPlatform in
// the calling (main) thread, prints its URL, the CA certificate to trust and the token, then
// serves until SIGINT or SIGTERM. Needs a QCoreApplication. Returns the process exit code:
// 0 after a signal, 2 when the platform could not start.
int runServeDemo(const DemoPlatform::Options &options, QTextStream &out);
