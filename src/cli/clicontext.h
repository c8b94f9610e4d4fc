#pragma once

#include "database.h"
#include "workspace.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

class ApiClient;
class QNetworkAccessManager;
class SecretStore;

// What every command shares: the global options, the profile's databases, the platform, and
// how to report. Errors are one line on stderr, exit codes as README.md "CLI" lists them.
class CliContext
{
public:
    enum Exit { Ok = 0, Usage = 1, Network = 2, Data = 3 };

    CliContext();
    ~CliContext();

    QTextStream out;
    QTextStream err;
    Workspace workspace;
    QString urlOption;
    QString caOption;

    int fail(int code, const QString &message);

    Database *local(); // opened on first use; nullptr after printing why
    std::unique_ptr<Database> openCache(); // nullptr after printing why
    // Profile from --url/--ca, else JFROG_URL, else the profile the app saved; token from
    // JFROG_ACCESS_TOKEN, else the keychain. Returns nullptr after printing why.
    ApiClient *platform();
    SecretStore *secrets();

private:
    int m_failed = 0;
    std::unique_ptr<Database> m_local;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
};

// One function per command; `args` are the command's own arguments (argv[0] first).
int runSync(CliContext &cx, const QStringList &args);
int runImages(CliContext &cx, const QStringList &args);
int runShow(CliContext &cx, const QStringList &args);
int runLogin(CliContext &cx, const QStringList &args);
int runServeDemo(CliContext &cx, const QStringList &args);
int runRules(CliContext &cx, const QStringList &args); // rulecommands.cpp
int runOwners(CliContext &cx, const QStringList &args); // ownercommands.cpp
int runPeople(CliContext &cx, const QStringList &args); // peoplecommands.cpp
