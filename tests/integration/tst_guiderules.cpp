// The "done when", through the controllers the rules page uses: the three rules of JFrog's
// guide (deployment status change, integrity violation, untrusted registry; each to Slack, a webhook
// and e-mail with workload and image details and risks) are made, given their secrets, deployed and
// enabled on the demo platform over TLS; the exported `jf worker` project of each type-checks with
// strict tsc and its spec passes in node, and it is the code the platform runs.
#include "database.h"
#include "demofixture.h"
#include "demoworkersapi.h"
#include "jsonwriter.h"
#include "nodetools.h"
#include "ruleeditorcontroller.h"
#include "rulescontroller.h"
#include "ruletemplates.h"
#include "secretstore.h"
#include "testenvironment.h"
#include "workergenerator.h"
#include "workersrequests.h"
#include "workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

class TestGuideRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(NodeTools::missing().isEmpty(), qPrintable(NodeTools::missing()));
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_db = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite"))).openLocal().database;
        QVERIFY(m_db);
    }

    void guideRules_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<bool>("firesOnTheSample");
        QTest::newRow("deployment status change") << QStringLiteral("deployment-status-change") << true;
        QTest::newRow("integrity violation") << QStringLiteral("integrity-violation") << false;
        QTest::newRow("untrusted registry") << QStringLiteral("untrusted-registry") << true;
    }

    void guideRules()
    {
        QFETCH(QString, templateName);
        QFETCH(bool, firesOnTheSample);
        RulesController rules(&m_demo->client(), &m_secrets, m_db.get());
        RuleEditorController editor;
        editor.setRules(&rules);

        const QString id = rules.createFromTemplate(templateName);
        QVERIFY(!id.isEmpty());
        QVERIFY(editor.load(id));
        QVERIFY(editor.problems()->valid());
        // Slack, a signed webhook and e-mail, with the workload, the image and the risks in the message.
        QStringList types;
        const ChannelListModel *channels = editor.channels();
        for (int row = 0; row < channels->rowCount(); ++row)
            types.append(channels->data(channels->index(row), ChannelListModel::TypeRole).toString());
        QCOMPARE(
            types,
            (QStringList { QStringLiteral("slack"), QStringLiteral("webhook"), QStringLiteral("email") }));
        for (const char *placeholder :
             { "{{workload.name", "{{workload.namespace", "{{workload.cluster", "{{image.name", "{{image.tag",
               "{{image.registry", "{{image.build_owner", "{{image.deployed_by", "{{image.risks",
               "{{workload.risks" })
            QVERIFY2(editor.message()->text().contains(QLatin1StringView(placeholder))
                         || editor.message()->title().contains(QLatin1StringView(placeholder)),
                     placeholder);
        QCOMPARE(editor.preview()->fires(), firesOnTheSample);
        QVERIFY(editor.preview()->text().contains(QLatin1StringView("frontend-service")));
        QVERIFY(editor.preview()->text().contains(QLatin1StringView("frontend-image:v1.2.3")));
        QVERIFY(editor.preview()->text().contains(QLatin1StringView("Critical applicable CVEs")));

        // Secrets typed into the channel cards go to the keychain.
        QSignalSpy secrets(editor.channels(), &ChannelListModel::secretsChanged);
        const QStringList names = editor.rule().secretNames();
        for (const QString &name : names)
            editor.channels()->setSecret(
                name, QStringLiteral("https://example.invalid/%1/%2").arg(templateName, name));
        QTRY_VERIFY(std::all_of(names.cbegin(), names.cend(),
                                [&](const QString &n) { return editor.channels()->isSecretStored(n); }));

        // Deploy and enable, as the buttons do.
        QSignalSpy finished(&rules, &RulesController::operationFinished);
        QVERIFY(editor.deploy(true));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(rules.operation()->message()));
        QCOMPARE(editor.deployment()->state(), QStringLiteral("enabled"));
        QVERIFY(editor.deployment()->workerEnabled());
        const QString key = editor.deployment()->workerKey();
        const auto worker = m_demo->platform().workers().worker(key);
        QVERIFY(worker && worker->enabled);
        for (const QString &name : names)
            QVERIFY(worker->secrets.contains(name));

        // Export the jf worker project: it is what the platform runs, and it checks and passes its spec.
        QVERIFY(editor.code()->exportProject(QUrl::fromLocalFile(m_dir.path())));
        const QDir project(m_dir.filePath(key));
        for (const char *file : { "worker.ts", "manifest.json", "types.ts", "worker.spec.ts", "package.json",
                                  "tsconfig.json", "README.md" })
            QVERIFY2(project.exists(QLatin1StringView(file)), file);
        QFile workerFile(project.filePath(QStringLiteral("worker.ts")));
        QVERIFY(workerFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(workerFile.readAll()), worker->sourceCode);
        QFile manifestFile(project.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(manifestFile.readAll())
                     .object()
                     .value(QLatin1StringView("name"))
                     .toString(),
                 key);

        const QJsonObject config {
            { QStringLiteral("extends"),
              QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("tsconfig.json")) },
            { QStringLiteral("files"),
              QJsonArray { QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("jest-shim.d.ts")),
                           project.filePath(QStringLiteral("types.ts")),
                           project.filePath(QStringLiteral("worker.ts")),
                           project.filePath(QStringLiteral("worker.spec.ts")) } }
        };
        QFile configFile(project.filePath(QStringLiteral("tsconfig.check.json")));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(JsonWriter::stringify(config, 2));
        configFile.close();
        const NodeTools::Run tsc = NodeTools::tsc(configFile.fileName());
        QVERIFY2(tsc.exitCode == 0, QByteArray(tsc.out + tsc.err).constData());
        const NodeTools::Run spec = NodeTools::node({ QStringLiteral("run-spec.mjs"), project.path() });
        QVERIFY2(spec.exitCode == 0, QByteArray(spec.out + spec.err).constData());
        QCOMPARE(spec.out.count("ok   "), 2);

        // The platform's dry run of the deployed worker on the documented sample agrees with the preview.
        WorkerTestRequest test(
            &m_demo->client(),
            { key, worker->sourceCode, Rule::action, WorkerGenerator::sampleEvent(), {}, false }, nullptr);
        QVERIFY(DemoFixture::run(test));
        QVERIFY2(!test.error(), qPrintable(test.error().message()));
        QCOMPARE(test.result().message.startsWith(QLatin1StringView("fired: 3 notification(s)")),
                 firesOnTheSample);
    }
};

QTEST_GUILESS_MAIN(TestGuideRules)
#include "tst_guiderules.moc"
