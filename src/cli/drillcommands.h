#pragma once

// `drill`: fire drills of alarm rules, for cron or a systemd timer (drillcommands.cpp).
#include "clicontext.h"

// drill run [ID | --due] [--ca FILE] [--allow-loopback] [--format text|json]
// drill report [--format text|json]
// drill schedule ID off|daily|weekly
int runDrill(CliContext &cx, const QStringList &args);
