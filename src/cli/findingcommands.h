#pragma once

#include "clicontext.h"

// Documenting a finding from the command line: triage, ticket, export, outbox,
// tracker. findingcommands.cpp and findingcommands_ticket.cpp.
int runTriage(CliContext &cx, const QStringList &args);
int runTicket(CliContext &cx, const QStringList &args);
int runExport(CliContext &cx, const QStringList &args);
int runOutbox(CliContext &cx, const QStringList &args);
int runTracker(CliContext &cx, const QStringList &args);
