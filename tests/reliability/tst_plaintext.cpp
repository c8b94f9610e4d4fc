// SEC-7: server strings are shown as plain text. The images page renders a cache whose tags are
// named like `<img src="http://127.0.0.1:PORT/x">` (name, tag, registry, repository path, status,
// source): a listener on PORT sees 0 connections. The control: the same string in a Text with
// Qt's default AutoText format does open a connection to PORT, so the probe would see a lapse.
#include "apiclient.h"
#include "connectioncontroller.h"
#include "figures.h"
#include "generationstore.h"
#include "inventory.h"
#include "probeservers.h"
#include "schema.h"
#include "secretstore.h"
#include "services.h"
#include "synccontroller.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QNetworkAccessManager>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(RuntimeDesk_CorePlugin)
Q_IMPORT_QML_PLUGIN(RuntimeDeskPlugin)

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlRichTextFetchesTheImage();
    void imagesPageOpensNoConnection();
    void cleanupTestCase();

private:
    QString markup(const QString &what) const
    {
        return QStringLiteral("<img src=\"http://127.0.0.1:%1/%2\">").arg(m_probe.port()).arg(what);
    }

    TcpProbeServer m_probe;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_local;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    MemorySecretStore m_secrets;
    Inventory *m_inventory = nullptr;
    ConnectionController *m_connection = nullptr;
    SyncController *m_sync = nullptr;
    Services *m_services = nullptr;
    int m_rendered = 0;
};

void TestPlainText::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_probe.listen());

    const Workspace workspace = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite")));
    Database::Options cacheOptions;
    cacheOptions.onCorruption = Database::OnCorruption::Rebuild;
    auto cache = Database::open(workspace.cachePath, Schema::cache(), cacheOptions).database;
    Database::Options localOptions;
    localOptions.durability = Database::Durability::Full;
    m_local = Database::open(workspace.localPath, Schema::local(), localOptions).database;
    QVERIFY(cache && m_local);
    {
        GenerationStore generations(*cache);
        TagStore tags(*cache);
        QList<ImageTag> list;
        for (int i = 0; i < 20; ++i) {
            ImageTag t;
            t.name = markup(QStringLiteral("name-%1").arg(i));
            t.tag = QStringLiteral("<b>v%1</b><img src=http://127.0.0.1:%2/t>").arg(i).arg(m_probe.port());
            t.registry = markup(QStringLiteral("registry"));
            t.repositoryPath = markup(QStringLiteral("repository"));
            t.runtimeStatus = markup(QStringLiteral("status"));
            t.digest = QStringLiteral("sha256:%1").arg(i, 64, 10, QChar(u'0'));
            t.rawRisks = { QStringLiteral("malicious"), markup(QStringLiteral("risk")) };
            t.risks = Risk::Malicious;
            t.deployedBy = markup(QStringLiteral("deployed-by"));
            t.workloads = { WorkloadRef { markup(QStringLiteral("workload")),
                                          markup(QStringLiteral("namespace")),
                                          markup(QStringLiteral("cluster")) } };
            list.append(t);
        }
        const qint64 generation = generations.begin(markup(QStringLiteral("source")));
        QVERIFY(cache->transaction([&] { return tags.addTags(generation, list); }));
        QCOMPARE(generations.commit(generation, 20, {}), GenerationStore::CommitOutcome::Committed);
    }
    m_nam = new QNetworkAccessManager(this);
    m_client = new ApiClient(m_nam, this);
    m_inventory = new Inventory(std::move(cache), this);
    m_connection = new ConnectionController(m_client, &m_secrets, m_local.get(), this);
    m_sync = new SyncController(m_client, workspace.cachePath, m_inventory, this);
    m_services = new Services({ m_connection, m_sync, m_inventory, QStringLiteral("images"), {} }, this);
    Services::setInstance(m_services);
}

void TestPlainText::controlRichTextFetchesTheImage()
{
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(view.engine());
    component.setData(QStringLiteral("import QtQuick\nText { width: 400; height: 100; text: '%1' }")
                          .arg(markup(QStringLiteral("control")))
                          .toUtf8(),
                      QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("Control.qml"))));
    QTRY_VERIFY2(!component.isLoading(), qPrintable(component.errorString()));
    std::unique_ptr<QObject> text(component.create());
    QVERIFY2(text, qPrintable(component.errorString()));
    qobject_cast<QQuickItem *>(text.get())->setParentItem(view.contentItem());
    view.resize(400, 100);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(m_probe.connections() > 0, 10000);
    qInfo("AutoText opened %d connection(s) to the probe", m_probe.connections());
}

void TestPlainText::imagesPageOpensNoConnection()
{
    const int before = m_probe.connections();
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1400, 900);
    QQmlComponent component(view.engine());
    component.setData("import QtQuick\nimport RuntimeDesk\nImagesPage {}",
                      QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("Page.qml"))));
    QTRY_VERIFY2(!component.isLoading(), qPrintable(component.errorString()));
    std::unique_ptr<QObject> page(component.create());
    QVERIFY2(page, qPrintable(component.errorString()));
    auto *item = qobject_cast<QQuickItem *>(page.get());
    item->setParentItem(view.contentItem());
    item->setSize(QSizeF(1400, 900));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *list = item->findChild<QQuickItem *>(QStringLiteral("tagList"));
    QVERIFY(list);
    QTRY_COMPARE(list->property("count").toInt(), 20);
    QTRY_VERIFY(list->property("contentItem").value<QQuickItem *>()->childItems().size() >= 10);
    // Rendered frames, and time for any image request to be made.
    for (int frame = 0; frame < 5; ++frame) {
        const QImage image = view.grabWindow();
        QVERIFY(!image.isNull());
        if (frame == 4 && !qEnvironmentVariableIsEmpty("RD_PLAINTEXT_SCREENSHOT")) // to look at it
            image.save(qEnvironmentVariable("RD_PLAINTEXT_SCREENSHOT"));
        QTest::qWait(200);
    }
    m_rendered = list->property("count").toInt();
    QCOMPARE(m_probe.connections() - before, 0);
}

void TestPlainText::cleanupTestCase()
{
    Services::setInstance(nullptr);
    Figures::report(QStringLiteral("SEC  plain text: %1 tags named <img src=\"http://127.0.0.1:PORT/...\"> "
                                   "rendered in the images list, "
                                   "0 connections to PORT (the AutoText control: %2)")
                        .arg(m_rendered)
                        .arg(m_probe.connections()));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
