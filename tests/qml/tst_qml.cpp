// Qt Quick Test runner for tests/qml/tst_*.qml. The setup builds the services the app's
// composition root would (a real cache with a generated estate, controllers, the Services
// singleton): the UI is tested against real data. No platform is connected; the alarm harness
// sends to a demo platform's sinks (DemoHost, its own thread) over real TLS.
#include "alarmharness.h"
#include "apiclient.h"
#include "connectioncontroller.h"
#include "demoalarmsetup.h"
#include "demodataset.h"
#include "demohost.h"
#include "dispatcher.h"
#include "eventfactory.h"
#include "findingservice.h"
#include "harnessprobe.h"
#include "inventory.h"
#include "keychainsecretstore.h"
#include "peoplecontroller.h"
#include "rulescontroller.h"
#include "ruletemplates.h"
#include "sampledata.h"
#include "secretstore.h"
#include "services.h"
#include "synccontroller.h"
#include "tagstore.h"
#include "viewpreferences.h"
#include "workspace.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(RuntimeDesk_CorePlugin)
Q_IMPORT_QML_PLUGIN(RuntimeDeskPlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() = default;

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RuntimeDeskTest"));
        const Workspace workspace = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite")));
        auto cache = workspace.openCache().database;
        m_local = workspace.openLocal().database;
        Q_ASSERT(cache && m_local);
        // 2,000 tags of the demo estate, committed as one generation.
        if (!SampleData::commitGeneration(*cache,
                                          DemoDataset(3, 2000).expectedTags(DemoTagView::ListWithDetail)))
            qFatal("cannot commit the demo tags");
        m_nam = new QNetworkAccessManager(this);
        m_client = new ApiClient(m_nam, this);
        m_secrets = new MemorySecretStore(this);
        m_inventory = new Inventory(std::move(cache), this);
        m_connection = new ConnectionController(m_client, m_secrets, m_local.get(), this);
        m_sync = new SyncController(m_client, workspace.cachePath, m_inventory, this);
        // Findings (FindingPanel): the real local database, no tracker set up (tickets wait in the outbox).
        m_findings = new FindingService(m_local.get(), m_inventory, m_secrets, m_nam, this);
        const DemoDataset probe(3, 2000);
        const ImageTag first = probe.expectedTags(DemoTagView::ListWithDetail).constFirst();
        m_findingReference = first.registry + u'/' + first.repositoryPath + u'/' + first.reference();
        Services::Parts parts { m_connection, m_sync, m_inventory, QStringLiteral("images"), {} };
        parts.findings = m_findings;
        m_rules = new RulesController(m_client, m_secrets, m_local.get(), this);
        parts.rules = m_rules;
        setUpHarness();
        parts.alarms = m_alarms;
        m_drills = new DrillController(m_local.get(), m_dispatcher, m_secrets, m_client, m_rules, this);
        parts.drills = m_drills;
        m_views = new ViewPreferences(m_local.get(), this);
        parts.views = m_views;
        // People: the real local database, no platform (Resolve is tested against the demo elsewhere).
        m_people = new PeopleController(m_client, m_local.get(), m_inventory, this);
        parts.people = m_people;
        m_services = new Services(parts, this);
        Services::setInstance(m_services);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Test inputs for tst_findingpanel.qml: an unambiguous tag of the cache, a folder to export into.
        engine->rootContext()->setContextProperty(QStringLiteral("findingTestReference"), m_findingReference);
        engine->rootContext()->setContextProperty(
            QStringLiteral("findingTestFolder"),
            QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("exports"))));
        QDir().mkpath(m_dir.filePath(QStringLiteral("exports")));
        // tst_harnesspage.qml: a running tag without an integrity violation, the integrity rule, the probe.
        engine->rootContext()->setContextProperty(QStringLiteral("harnessTestTag"), m_harnessTag);
        engine->rootContext()->setContextProperty(QStringLiteral("harnessIntegrityRule"), m_integrityRule);
        engine->rootContext()->setContextProperty(QStringLiteral("harnessProbe"), m_probe);
    }

private:
    // The alarm harness as --demo builds it: the guide's three rules pointed at the demo sinks, a
    // Dispatcher that trusts the demo CA and may reach loopback.
    void setUpHarness()
    {
        DemoPlatform::Options demo;
        demo.tags = 20; // only the sinks are used: no sync
        m_demo = new DemoHost(demo, this);
        QString error;
        if (!m_demo->start(&error))
            qFatal("the demo platform did not start: %s", qPrintable(error));
        DemoPlatform *platform = m_demo->platform();
        Dispatcher::Options options;
        options.allowLoopback = true;
        options.extraCaCertificates = { platform->caCertificate() };
        m_dispatcher = new Dispatcher(Dispatcher::createNetworkAccessManager(this), options, this);
        m_alarms = new AlarmHarness(*m_local, m_inventory->database(), *m_secrets, *m_dispatcher, this);
        QStringList created;
        error = DemoAlarmSetup::prepare(m_rules->store(), *m_secrets, platform->sinkEndpoints(), &created);
        if (!error.isEmpty())
            qFatal("the demo rules were not prepared: %s", qPrintable(error));
        m_rules->reload();
        QString integrityTitle;
        for (const RuleTemplates::Info &info : RuleTemplates::list()) {
            if (info.name == u"integrity-violation")
                integrityTitle = info.title;
        }
        for (const StoredRule &stored : m_rules->store().list()) {
            if (created.contains(stored.id) && stored.name == integrityTitle)
                m_integrityRule = stored.id;
        }
        Q_ASSERT(!m_integrityRule.isEmpty());
        m_probe = new HarnessProbe(platform, this);
        // A tag that runs in a workload and has no integrity violation yet; found by its digest.
        TagStore tags(m_inventory->database());
        for (const StoredTag &t : tags.query(m_inventory->generation(), {})) {
            if (!t.tag.workloads.isEmpty() && !t.tag.risks.testFlag(Risk::IntegrityViolation)) {
                m_harnessTag =
                    QVariantMap { { QStringLiteral("reference"), EventFactory::tagReference(t.tag) },
                                  { QStringLiteral("search"), t.tag.digest.section(u':', 1).left(16) } };
                break;
            }
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_local;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    Inventory *m_inventory = nullptr;
    ConnectionController *m_connection = nullptr;
    SyncController *m_sync = nullptr;
    RulesController *m_rules = nullptr;
    PeopleController *m_people = nullptr;
    Services *m_services = nullptr;
    FindingService *m_findings = nullptr;
    QString m_findingReference;
    DemoHost *m_demo = nullptr;
    Dispatcher *m_dispatcher = nullptr;
    AlarmHarness *m_alarms = nullptr;
    DrillController *m_drills = nullptr;
    HarnessProbe *m_probe = nullptr;
    QString m_integrityRule;
    QVariantMap m_harnessTag;
    ViewPreferences *m_views = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)
#include "tst_qml.moc"
