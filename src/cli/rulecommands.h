#pragma once

// Internal to the `rules` command (rulecommands*.cpp).
#include "clicontext.h"
#include "rulestore.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <optional>

class JsonWriter;

namespace RuleCommands {

inline const QString formatOption = QStringLiteral("format");

QString isoMs(qint64 ms);
// A rule id, or the start of one (at least 4 characters) that names exactly one rule; on failure
// the reason is printed and *exit is the exit code.
std::optional<StoredRule> resolve(CliContext &cx, RuleStore &store, const QString &ref, int *exit);
std::optional<QByteArray> readFile(CliContext &cx, const QString &path, int *exit);
std::optional<QJsonObject> readObject(CliContext &cx, const QString &path, int *exit);
// Opens an object with the fields `list` and `show` share; the caller ends it.
void describe(JsonWriter &w, const StoredRule &s);

int runNew(CliContext &cx, QCommandLineParser &p);
int runList(CliContext &cx, QCommandLineParser &p);
int runShow(CliContext &cx, QCommandLineParser &p);
int runImport(CliContext &cx, QCommandLineParser &p);
int runExport(CliContext &cx, QCommandLineParser &p);
int runCodegen(CliContext &cx, QCommandLineParser &p);
int runPlan(CliContext &cx, QCommandLineParser &p);
int runSigningKey(CliContext &cx, QCommandLineParser &p);
// Golden cases and backtests (alarmcommands_rules.cpp).
int runTest(CliContext &cx, QCommandLineParser &p);
int runCases(CliContext &cx, QCommandLineParser &p);
int runBacktest(CliContext &cx, QCommandLineParser &p);
int runDeploy(CliContext &cx, QCommandLineParser &p); // rulecommands_deploy.cpp
int runEnable(CliContext &cx, QCommandLineParser &p);
int runDisable(CliContext &cx, QCommandLineParser &p);
int runRemove(CliContext &cx, QCommandLineParser &p);
int runWorkers(CliContext &cx, QCommandLineParser &p);
int runSecret(CliContext &cx, QCommandLineParser &p);

} // namespace RuleCommands
