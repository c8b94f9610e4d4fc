#include "application.h"

#include "alarmharness.h"
#include "apiclient.h"
#include "connectioncontroller.h"
#include "database.h"
#include "demoalarmsetup.h"
#include "demohost.h"
#include "dispatcher.h"
#include "drillcontroller.h"
#include "findingservice.h"
#include "inventory.h"
#include "keychainsecretstore.h"
#include "logging.h"
#include "ownertrailcontroller.h"
#include "peoplecontroller.h"
#include "rulescontroller.h"
#include "services.h"
#include "synccontroller.h"
#include "viewpreferences.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

Application::~Application()
{
    m_engine.reset(); // QML goes before the services it binds to
    if (m_sync)
        m_sync->cancel();
    delete m_services;
    delete m_drills; // before the Dispatcher it sends through
    delete m_alarms;
    delete m_dispatcher;
    delete m_dispatchNam;
    delete m_findings;
    delete m_rules;
    delete m_views;
    delete m_ownerTrail;
    delete m_people;
    delete m_sync;
    delete m_connection;
    delete m_inventory;
    delete m_client;
    delete m_secrets;
    delete m_nam;
    m_demo.reset();
}

int Application::fail(const QString &message)
{
    qCCritical(lcUi).noquote() << message;
    return 3;
}

bool Application::openDatabases()
{
    Database::OpenResult local = m_workspace.openLocal();
    if (!local.database) {
        qCCritical(lcUi).noquote() << local.error.message;
        return false;
    }
    if (!local.quarantinedPath.isEmpty())
        qCWarning(lcUi).noquote() << "the local data file was damaged; it was moved aside to"
                                  << local.quarantinedPath;
    m_local = std::move(local.database);

    Database::OpenResult cache = m_workspace.openCache();
    if (!cache.database) {
        qCCritical(lcUi).noquote() << cache.error.message;
        return false;
    }
    if (cache.rebuilt)
        qCWarning(lcUi) << "the cache was damaged and will be rebuilt by the next sync";
    m_inventory = new Inventory(std::move(cache.database));
    return true;
}

int Application::start()
{
    if (!m_options.dbPath.isEmpty())
        m_workspace = Workspace::fromLocalPath(m_options.dbPath);
    else
        m_workspace = Workspace::standard(m_options.demo ? QStringLiteral("demo") : QStringLiteral("desk"));
    if (!openDatabases())
        return 3;

    m_nam = ApiClient::createNetworkAccessManager(nullptr);
    m_client = new ApiClient(m_nam);
    // The demo's secrets (its token, the sinks' URLs and keys) stay in this session's memory: nothing of
    // the demo lands in the user's keychain.
    m_secrets = m_options.demo ? static_cast<SecretStore *>(new MemorySecretStore())
                               : new FallbackSecretStore(new KeychainSecretStore());
    m_connection = new ConnectionController(m_client, m_secrets, m_local.get());
    m_sync = new SyncController(m_client, m_workspace.cachePath, m_inventory);
    m_ownerTrail = new OwnerTrailController(m_client, m_local.get(), m_inventory, m_sync);
    m_people = new PeopleController(m_client, m_local.get(), m_inventory);
    // Findings: the outbox goes out at start, after each successful sync and each minute while it waits.
    m_findings = new FindingService(m_local.get(), m_inventory, m_secrets, m_nam);
    m_findings->attach(m_sync);
    // Rules: the editor, deploys and the platform's worker list.
    m_rules = new RulesController(m_client, m_secrets, m_local.get());
    connect(m_connection, &ConnectionController::ready, m_rules, &RulesController::refreshWorkers);
    // The alarm harness: one Dispatcher with its own access manager, over the main thread's cache.
    m_dispatchNam = Dispatcher::createNetworkAccessManager(nullptr);
    m_dispatcher = new Dispatcher(m_dispatchNam, Dispatcher::Options());
    m_alarms = new AlarmHarness(*m_local, m_inventory->database(), *m_secrets, *m_dispatcher);
    // Fire drills go out through the same Dispatcher (its address policy and delivery log).
    m_drills = new DrillController(m_local.get(), m_dispatcher, m_secrets, m_client, m_rules);
    Services::Parts parts { m_connection, m_sync, m_inventory, m_options.page, m_options.openReference };
    parts.findings = m_findings;
    parts.rules = m_rules;
    parts.alarms = m_alarms;
    // Images: saved views and the list's remembered state.
    m_views = new ViewPreferences(m_local.get());
    parts.views = m_views;
    parts.ownerTrail = m_ownerTrail;
    parts.people = m_people;
    parts.drills = m_drills;
    m_services = new Services(parts);
    Services::setInstance(m_services);

    if (m_options.demo) {
        if (!startDemo())
            return 2;
        useDemoTrackers();
        useDemoSinks();
    } else {
        m_connection->restore();
        m_findings->restore();
    }

    m_engine = std::make_unique<QQmlApplicationEngine>();
    connect(m_engine.get(), &QQmlApplicationEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            m_qmlWarnings.append(w.toString());
    });
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/RuntimeDesk/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return fail(
            QString(QStringLiteral("the user interface did not load:\n") + m_qmlWarnings.join(u'\n')));

    if (m_options.selfTest)
        return runSelfTest();
    if (m_options.demo)
        m_sync->start(); // the demo opens on a freshly synced list
    if (!m_options.screenshotPath.isEmpty())
        takeScreenshotWhenReady();
    return -1;
}

void Application::takeScreenshotWhenReady()
{
    auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    auto shoot = [this, window] {
        const QImage image = window->grabWindow();
        const bool ok = image.save(m_options.screenshotPath);
        if (!ok)
            qCCritical(lcUi).noquote() << "cannot write" << m_options.screenshotPath;
        QCoreApplication::exit(ok ? 0 : 3);
    };
    auto grab = [this, window, shoot] {
        // Then wait until the page is ready (an --open tag found and its detail loaded, at most
        // 15 s), and two frames more, so the list and the detail have laid out.
        auto *poll = new QTimer(this);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        connect(poll, &QTimer::timeout, this, [window, poll, clock, shoot, this] {
            const QObject *page = window->findChild<QObject *>(QStringLiteral("imagesPage"));
            if (page && !page->property("ready").toBool() && clock->elapsed() < 15000)
                return;
            poll->stop();
            poll->deleteLater();
            QTimer::singleShot(400, this, shoot);
        });
        poll->start(50);
    };
    if (m_sync->running()) {
        connect(m_sync, &SyncController::finished, this, grab, Qt::SingleShotConnection);
        QTimer::singleShot(120000, this, grab); // a platform that never answers still gets a picture
    } else {
        grab();
    }
}

int Application::runSelfTest()
{
    QObject *root = m_engine->rootObjects().constFirst();
    const QStringList pages = root->property("pageNames").toStringList();
    for (const QString &page : pages) {
        root->setProperty("page", page);
        QCoreApplication::processEvents();
        if (!root->findChild<QObject *>(page + QStringLiteral("Page")))
            m_qmlWarnings.append(QStringLiteral("page %1 did not load").arg(page));
    }
    if (!m_qmlWarnings.isEmpty()) {
        qCCritical(lcUi).noquote() << "self-test failed:" << m_qmlWarnings.join(u'\n');
        return 1;
    }
    QTextStream(stdout) << "self-test passed: " << pages.size() << " pages loaded" << Qt::endl;
    return 0;
}

bool Application::startDemo()
{
    DemoPlatform::Options options;
    options.tags = m_options.demoTags;
    options.seed = m_options.demoSeed;
    options.totalCountSkew = m_options.demoTotalCountSkew;
    options.listIncludesDetail = m_options.demoTagDetail;
    options.tagDetailEndpoint = m_options.demoTagDetail;
    m_demo = std::make_unique<DemoHost>(options);
    QString error;
    if (!m_demo->start(&error)) {
        qCCritical(lcUi).noquote() << "the demo platform did not start:" << error;
        return false;
    }
    ConnectionProfile profile;
    profile.baseUrl = m_demo->url();
    profile.caCertificates = { m_demo->platform()->caCertificate() };
    m_connection->useDemo(profile, m_demo->platform()->token());
    return true;
}

// --demo: Jira and GitHub are the demo platform's own endpoints (same CA), credentials in memory.
void Application::useDemoTrackers()
{
    DemoPlatform *platform = m_demo->platform();
    TrackerConfig jira;
    jira.kind = TrackerConfig::Kind::Jira;
    jira.url = platform->jiraUrl().toString();
    jira.project = QStringLiteral("SEC");
    jira.user = platform->trackers().credentials().jiraUser;
    jira.caFile = platform->caCertificatePath();
    TrackerConfig github;
    github.kind = TrackerConfig::Kind::GitHub;
    github.url = platform->githubUrl().toString();
    github.project = QStringLiteral("demo-org/runtime-findings");
    github.caFile = platform->caCertificatePath();
    m_findings->useDemo(
        { jira, github },
        { platform->trackers().credentials().jiraToken, platform->trackers().credentials().githubToken });
}

// --demo: the harness sends to the demo platform's Slack, webhook and SendGrid sinks (loopback, the demo
// CA), and the guide's three rules exist with their secrets pointing there.
void Application::useDemoSinks()
{
    DemoPlatform *platform = m_demo->platform();
    Dispatcher::Options options = m_dispatcher->options();
    options.allowLoopback = true;
    options.extraCaCertificates = { platform->caCertificate() };
    m_dispatcher->setOptions(options);
    const QString error = DemoAlarmSetup::prepare(m_rules->store(), *m_secrets, platform->sinkEndpoints());
    if (!error.isEmpty())
        qCWarning(lcUi).noquote() << "the demo rules could not be pointed at the demo sinks:" << error;
    m_rules->reload();
}
