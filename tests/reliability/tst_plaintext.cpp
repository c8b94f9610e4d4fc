// SEC-7: server strings are shown as plain text. The images page renders a cache whose tags are
// named like `<img src="http://127.0.0.1:PORT/x">` (name, tag, registry, repository path, status,
// source), and a finding's notes that hold HTML and Markdown images pointing there: a listener on PORT
// sees 0 connections. The control: the same string in a Text with
// Qt's default AutoText format does open a connection to PORT, so the probe would see a lapse.
#include "apiclient.h"
#include "connectioncontroller.h"
#include "figures.h"
#include "findingservice.h"
#include "inventory.h"
#include "probeservers.h"
#include "sampledata.h"
#include "secretstore.h"
#include "services.h"
#include "synccontroller.h"
#include "testenvironment.h"
#include "viewpreferences.h"
#include "workspace.h"

#include <QAbstractItemModel>
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

namespace {

// Items by object name in the visual tree (a Repeater's delegates are not QObject children).
QList<QQuickItem *> itemsNamed(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == name)
            found.append(child);
        found += itemsNamed(child, name);
    }
    return found;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlRichTextFetchesTheImage();
    void imagesPageOpensNoConnection();
    void notesOpenNoConnection();
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
    FindingService *m_findings = nullptr;
    ViewPreferences *m_views = nullptr;
    Services *m_services = nullptr;
    QString m_firstReference;
    int m_rendered = 0;
    int m_notes = 0;

    // A page of the module in a window, rendered a few frames (time for any image request to be made).
    std::unique_ptr<QObject> show(QQuickView &view, const QByteArray &qml);
    void renderFrames(QQuickView &view);
};

void TestPlainText::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_probe.listen());

    const Workspace workspace = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite")));
    auto cache = workspace.openCache().database;
    m_local = workspace.openLocal().database;
    QVERIFY(cache && m_local);
    {
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
        m_firstReference = list.constFirst().digest; // its name's slashes would not parse as a reference
        QVERIFY(SampleData::commitGeneration(*cache, list, markup(QStringLiteral("source"))));
    }
    m_nam = new QNetworkAccessManager(this);
    m_client = new ApiClient(m_nam, this);
    m_inventory = new Inventory(std::move(cache), this);
    m_connection = new ConnectionController(m_client, &m_secrets, m_local.get(), this);
    m_sync = new SyncController(m_client, workspace.cachePath, m_inventory, this);
    m_findings = new FindingService(m_local.get(), m_inventory, &m_secrets, m_nam, this);
    m_views = new ViewPreferences(m_local.get(), this);
    Services::Parts parts { m_connection, m_sync, m_inventory, QStringLiteral("images"), {} };
    parts.findings = m_findings;
    parts.views = m_views;
    m_services = new Services(parts, this);
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

std::unique_ptr<QObject> TestPlainText::show(QQuickView &view, const QByteArray &qml)
{
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    view.resize(1400, 900);
    QQmlComponent component(view.engine());
    component.setData(qml, QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("Page.qml"))));
    while (component.isLoading())
        QTest::qWait(10);
    std::unique_ptr<QObject> page(component.create());
    if (!page) {
        qWarning().noquote() << component.errorString();
        return page;
    }
    auto *item = qobject_cast<QQuickItem *>(page.get());
    item->setParentItem(view.contentItem());
    item->setSize(QSizeF(1400, 900));
    view.show();
    return page;
}

void TestPlainText::renderFrames(QQuickView &view)
{
    for (int frame = 0; frame < 5; ++frame) {
        const QImage image = view.grabWindow();
        QVERIFY(!image.isNull());
        if (frame == 4 && !qEnvironmentVariableIsEmpty("RD_PLAINTEXT_SCREENSHOT")) // to look at it
            image.save(qEnvironmentVariable("RD_PLAINTEXT_SCREENSHOT"));
        QTest::qWait(200);
    }
}

void TestPlainText::imagesPageOpensNoConnection()
{
    const int before = m_probe.connections();
    QQuickView view;
    std::unique_ptr<QObject> page = show(view, "import QtQuick\nimport RuntimeDesk\nImagesPage {}");
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *list = page->findChild<QQuickItem *>(QStringLiteral("imageList"));
    QVERIFY(list);
    QTRY_COMPARE(list->property("count").toInt(), 20); // 20 images, one tag each
    // Every image expanded, so the tags' names, statuses and risks are on screen too.
    auto *model = list->property("model").value<QObject *>();
    QVERIFY(model);
    QVERIFY(QMetaObject::invokeMethod(model, "expandAll"));
    QTRY_COMPARE(list->property("count").toInt(), 40);
    QTRY_VERIFY(list->property("contentItem").value<QQuickItem *>()->childItems().size() >= 10);
    renderFrames(view);
    m_rendered = list->property("count").toInt();
    QCOMPARE(m_probe.connections() - before, 0);
}

void TestPlainText::notesOpenNoConnection()
{
    const int before = m_probe.connections();
    QQuickView view;
    std::unique_ptr<QObject> page = show(view, "import QtQuick\nimport RuntimeDesk\nFindingPanel {}");
    QVERIFY(page);
    page->setProperty("reference", m_firstReference); // the tag named <img src=...>, by its digest
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *controller = page->property("controller").value<QObject *>();
    QVERIFY(controller);
    QTRY_VERIFY(controller->property("found").toBool());
    const QString url = QStringLiteral("http://127.0.0.1:%1/note").arg(m_probe.port());
    const QStringList notes {
        QStringLiteral("A picture: ![x](%1)").arg(url),
        QStringLiteral("Reference style ![x][r]\n\n[r]: %1").arg(url),
        QStringLiteral("Inline HTML %1 and <b>bold</b>").arg(markup(QStringLiteral("note"))),
        QStringLiteral("<div>\n%1\n</div>").arg(markup(QStringLiteral("block"))),
        QStringLiteral("Escaped \\![x](%1) and a [link](%1)").arg(url),
    };
    for (const QString &note : notes) {
        bool added = false;
        QVERIFY(QMetaObject::invokeMethod(controller, "addNote", Q_RETURN_ARG(bool, added),
                                          Q_ARG(QString, note)));
        QVERIFY(added);
    }
    auto *noteModel = controller->property("notes").value<QAbstractItemModel *>();
    QVERIFY(noteModel);
    QTRY_COMPARE(noteModel->rowCount(), int(notes.size()));
    QList<QQuickItem *> texts;
    QTRY_VERIFY(
        (texts = itemsNamed(qobject_cast<QQuickItem *>(page.get()), QStringLiteral("noteText"))).size()
        == notes.size());
    for (QQuickItem *text : texts) // what the analyst typed is on screen, HTML and all, as text
        QVERIFY2(text->property("visible").toBool() && text->property("implicitHeight").toReal() > 0,
                 qPrintable(text->property("text").toString()));
    renderFrames(view);
    m_notes = texts.size();
    QCOMPARE(m_probe.connections() - before, 0);
}

void TestPlainText::cleanupTestCase()
{
    Services::setInstance(nullptr);
    Figures::report(QStringLiteral("SEC  plain text: %1 tags named <img src=\"http://127.0.0.1:PORT/...\"> "
                                   "rendered in the images list, %2 hostile notes, "
                                   "0 connections to PORT (the AutoText control: %3)")
                        .arg(m_rendered)
                        .arg(m_notes)
                        .arg(m_probe.connections()));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
