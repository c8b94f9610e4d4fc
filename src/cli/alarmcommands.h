#pragma once

// The alarm harness commands (alarmcommands.cpp); `rules test|cases|backtest` are in
// alarmcommands_rules.cpp and registered with the other `rules` subcommands.
#include "clicontext.h"

// simulate (--rule ID | --all) (--event FILE | --kind K --ref REF) [--send] [--secrets FILE] [--ca FILE]
//          [--allow-loopback] [--format json]
int runSimulate(CliContext &cx, const QStringList &args);
// deliveries [--rule ID] [--limit N] [--format table|json]
int runDeliveries(CliContext &cx, const QStringList &args);
