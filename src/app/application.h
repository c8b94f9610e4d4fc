#pragma once

#include "workspace.h"

#include <QObject>
#include <QString>

#include <memory>

class AlarmHarness;
class ApiClient;
class ConnectionController;
class Database;
class FindingService;
class DemoHost;
class Dispatcher;
class Inventory;
class QNetworkAccessManager;
class QQmlApplicationEngine;
class RulesController;
class SecretStore;
class Services;
class SyncController;
class ViewPreferences;

// The composition root: builds every service in dependency order, wires them, publishes them
// to QML, and runs the window (or renders it to a PNG, or self-tests it).
class Application : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        int demoTags = 20000;
        quint64 demoSeed = 42;
        int demoTotalCountSkew = 0; // the demo platform miscounts by this much (the reconciliation warning)
        // The demo platform names owners itself (list and detail endpoint); by default, as a real platform,
        // it does not, and they come from its owner trail.
        bool demoTagDetail = false;
        QString dbPath;
        QString page = QStringLiteral("images");
        QString openReference;
        QString screenshotPath;
        bool selfTest = false;
    };

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    // Returns the process exit code for --screenshot and --self-test, or -1 to enter the event loop.
    int start();

private:
    bool openDatabases();
    bool startDemo();
    void useDemoTrackers();
    void useDemoSinks();
    void takeScreenshotWhenReady();
    int runSelfTest();
    int fail(const QString &message);

    Options m_options;
    Workspace m_workspace;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<DemoHost> m_demo;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    Inventory *m_inventory = nullptr;
    ConnectionController *m_connection = nullptr;
    SyncController *m_sync = nullptr;
    FindingService *m_findings = nullptr; // triage, notes, tickets, outbox, evidence
    RulesController *m_rules = nullptr;
    QNetworkAccessManager *m_dispatchNam = nullptr; // the Dispatcher's own: no cookies, no cache
    Dispatcher *m_dispatcher = nullptr; // sends the harness's messages for real
    AlarmHarness *m_alarms = nullptr; // simulate, send, delivery log, golden cases, backtest
    class DrillController *m_drills = nullptr; // fire drills of the rules
    Services *m_services = nullptr;
    ViewPreferences *m_views = nullptr;
    class OwnerTrailController *m_ownerTrail = nullptr;
    class PeopleController *m_people = nullptr;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QStringList m_qmlWarnings;
};
