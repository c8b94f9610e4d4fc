#include "contactmail.h"
#include "demodataset.h"
#include "filterparser.h"
#include "imagelistmodel.h"
#include "imagescontroller.h"
#include "inventory.h"
#include "sampledata.h"
#include "schema.h"
#include "tagdetailcontroller.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "viewpreferences.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

// The Images list model (windows over SQLite, expansion), the page controller (debounced
// filter, errors, sort, saved views and the state kept across restarts, --open) and the
// detailed view's controller, over a real cache of demo tags and a real local database.
class TestImagesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelGolden();
    void expandAndCollapseMoveRows();
    void treeKeys();
    void windowsAreReadOnDemand();
    void filterIsDebouncedAndErrorsKeepTheList();
    void chipsSortAndColumnsApplyAtOnce();
    void stateAndSavedViewsSurviveARestart();
    void columnsAndSavedViewsAreModels();
    void openReferenceExpandsAndSelects();
    void openReferenceWaitsForTheInventory();
    void showPersonFiltersByThatPerson();
    void detailShowsPeopleFirstAndWhatIsMissing();
    void contactMailNamesTheTag();

private:
    std::unique_ptr<ImagesController> controller();
    int withPeople() const; // a tag with Build Owner and Deployed By

    QTemporaryDir m_dir;
    QString m_cachePath;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<ViewPreferences> m_views;
    QList<ImageTag> m_tags;
};

void TestImagesModel::initTestCase()
{
    TestEnvironment::init();
    m_cachePath = m_dir.filePath(QStringLiteral("desk.cache.sqlite"));
    auto cache = SampleData::openCache(m_cachePath);
    QVERIFY(cache);
    m_tags = DemoDataset(5, 1500).expectedTags(DemoTagView::ListWithDetail);
    // One tag as a platform without the detail fields would give it.
    m_tags[0].buildInfo.reset();
    m_tags[0].deployedBy.reset();
    m_tags[0].integrity.reset();
    m_tags[0].registryTrusted.reset();
    QVERIFY(SampleData::commitGeneration(*cache, m_tags, QStringLiteral("https://demo.invalid|7 days")));
}

void TestImagesModel::init()
{
    auto cache = SampleData::openCache(m_cachePath);
    m_inventory = std::make_unique<Inventory>(std::move(cache));
    m_local = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite"))).openLocal().database;
    QVERIFY(m_local);
    m_views = std::make_unique<ViewPreferences>(m_local.get());
}

void TestImagesModel::cleanup()
{
    m_views.reset();
    m_local.reset();
    m_inventory.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("desk.sqlite")));
}

std::unique_ptr<ImagesController> TestImagesModel::controller()
{
    auto c = std::make_unique<ImagesController>();
    c->classBegin();
    c->setInventory(m_inventory.get());
    c->setPreferences(m_views.get());
    c->componentComplete();
    QCoreApplication::processEvents(); // the state is restored once the page is complete
    return c;
}

int TestImagesModel::withPeople() const
{
    for (int i = 1; i < m_tags.size(); ++i) {
        if (m_tags[i].buildInfo && !m_tags[i].buildInfo->owner.isEmpty() && m_tags[i].deployedBy)
            return i;
    }
    return -1;
}

void TestImagesModel::modelGolden()
{
    ImageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInventory(m_inventory.get());
    TagQuery query;
    query.terms = FilterParser::parse(QStringLiteral("risk:integrity,malicious")).terms;
    query.order = TagQuery::Order::Risk;
    query.descending = true;
    model.setQuery(query);
    model.expand(0);
    model.expand(model.rowCount() > 6 ? 6 : 1);
    QJsonArray rows;
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int row = 0; row < 30 && row < model.rowCount(); ++row) {
        QJsonObject o;
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            if (it.key() == ImageListModel::RowIdRole || it.key() == ImageListModel::ImageKeyRole)
                continue; // database ids and keys are not what a user sees
            o.insert(QString::fromLatin1(it.value()),
                     QJsonValue::fromVariant(model.data(model.index(row), it.key())));
        }
        rows.append(o);
    }
    const QJsonObject document { { QStringLiteral("images"), model.imageCount() },
                                 { QStringLiteral("tags"), model.tagCount() },
                                 { QStringLiteral("rows"), model.rowCount() },
                                 { QStringLiteral("first_rows"), rows } };
    const QByteArray actual = QJsonDocument(document).toJson(QJsonDocument::Indented);
    const QString path = TestEnvironment::dataPath(QStringLiteral("golden/imagelistmodel-risky.json"));
    if (qEnvironmentVariable("RD_WRITE_GOLDEN") == u"1") {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        QSKIP("golden file written");
    }
    QFile expected(path);
    QVERIFY2(expected.open(QIODevice::ReadOnly),
             qPrintable(path + QStringLiteral(": missing; run with RD_WRITE_GOLDEN=1 once")));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected.readAll()));
}

void TestImagesModel::expandAndCollapseMoveRows()
{
    ImageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInventory(m_inventory.get());
    model.setQuery(TagQuery {});
    const int images = model.rowCount();
    QCOMPARE(model.imageCount(), images);
    QCOMPARE(model.tagCount(), int(m_tags.size()));
    int multi = 0;
    while (multi < images && model.data(model.index(multi), ImageListModel::TagCountRole).toInt() < 2)
        ++multi;
    QVERIFY(multi < images);
    const int tags = model.data(model.index(multi), ImageListModel::TagCountRole).toInt();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.toggle(multi);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), images + tags);
    QVERIFY(model.isExpanded(multi));
    QCOMPARE(model.data(model.index(multi + 1), ImageListModel::KindRole).toString(), QStringLiteral("tag"));
    QCOMPARE(model.imageRowOf(multi + tags), multi);
    QCOMPARE(model.data(model.index(multi + tags + 1), ImageListModel::KindRole).toString(),
             QStringLiteral("image"));
    model.toggle(multi + 1); // a tag row: collapses nothing, toggles its image
    QCOMPARE(model.rowCount(), images);
    model.expandAll();
    QCOMPARE(model.rowCount(), images + int(m_tags.size()));
    model.collapse(0);
    QCOMPARE(model.rowCount(),
             images + int(m_tags.size()) - model.data(model.index(0), ImageListModel::TagCountRole).toInt());
    // Expansion is kept by image when the generation is read again.
    model.reload();
    QCOMPARE(model.rowCount(),
             images + int(m_tags.size()) - model.data(model.index(0), ImageListModel::TagCountRole).toInt());
    model.collapseAll();
    QCOMPARE(model.rowCount(), images);
}

void TestImagesModel::treeKeys()
{
    ImageListModel model;
    model.setInventory(m_inventory.get());
    model.setQuery(TagQuery {});
    QCOMPARE(model.stepRight(0), 0); // expands
    QVERIFY(model.isExpanded(0));
    QCOMPARE(model.stepRight(0), 1); // into the first tag
    QCOMPARE(model.stepRight(1), 1); // a tag has nothing to the right
    QCOMPARE(model.stepLeft(1), 0); // back to its image
    QCOMPARE(model.stepLeft(0), 0); // collapses
    QVERIFY(!model.isExpanded(0));
}

void TestImagesModel::windowsAreReadOnDemand()
{
    ImageListModel model;
    model.setInventory(m_inventory.get());
    model.setQuery(TagQuery {});
    const int last = model.rowCount() - 1;
    QVERIFY(last > ImageListModel::windowSize);
    QVERIFY(!model.data(model.index(last), ImageListModel::NameRole).toString().isEmpty());
    QVERIFY(!model.data(model.index(0), ImageListModel::NameRole).toString().isEmpty());
    QVERIFY(!model.data(model.index(last / 2), ImageListModel::NameRole).toString().isEmpty());
    QCOMPARE(model.data(model.index(last + 1), ImageListModel::NameRole), QVariant());
}

void TestImagesModel::filterIsDebouncedAndErrorsKeepTheList()
{
    auto c = controller();
    ImageListModel *model = c->model();
    const int all = model->tagCount();
    QCOMPARE(all, int(m_tags.size()));
    c->filter()->setText(QStringLiteral("risk:integrity"));
    QVERIFY(c->filter()->pending());
    QCOMPARE(model->tagCount(), all); // not yet: typing is applied after a pause
    QTRY_VERIFY_WITH_TIMEOUT(!c->filter()->pending(), 2000);
    const int integrity = model->tagCount();
    QVERIFY(integrity > 0 && integrity < all);
    QVERIFY(c->filter()->filtered());

    c->filter()->setText(QStringLiteral("risk:integrity regsitry:x"));
    QCOMPARE(c->filter()->error(), QStringLiteral("Unknown key \"regsitry:\". Did you mean \"registry:\"?"));
    QCOMPARE(c->filter()->firstError().start, 15);
    QVERIFY(!c->filter()->pending());
    QTest::qWait(ImagesController::debounceMs * 2);
    QCOMPARE(model->tagCount(), integrity); // the last valid filter stays

    c->filter()->setText(QStringLiteral("risk:integrity registry:x"));
    QVERIFY(c->filter()->error().isEmpty());
    c->filter()->applyNow(); // Enter: no waiting
    QVERIFY(!c->filter()->pending());
    QVERIFY(model->tagCount() < integrity);
    c->filter()->clear();
    QCOMPARE(model->tagCount(), all);
    QVERIFY(c->filter()->text().isEmpty());
}

void TestImagesModel::chipsSortAndColumnsApplyAtOnce()
{
    auto c = controller();
    ImageListModel *model = c->model();
    QCOMPARE(c->columns()->sortColumn(), QStringLiteral("risk"));
    QVERIFY(c->columns()->sortDescending());
    c->filter()->toggleRisk(QStringLiteral("malicious"));
    QCOMPARE(c->filter()->activeRisks(), QStringList { QStringLiteral("malicious") });
    const int malicious = model->tagCount();
    QVERIFY(malicious > 0 && malicious < int(m_tags.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->data(model->index(row), ImageListModel::RisksRole)
                    .toStringList()
                    .contains(QStringLiteral("malicious")));
    c->filter()->setChangedOnly(true);
    QCOMPARE(model->tagCount(), 0); // one generation: nothing changed since a previous sync
    c->filter()->setChangedOnly(false);
    c->columns()->sortBy(QStringLiteral("name"));
    QCOMPARE(c->columns()->sortColumn(), QStringLiteral("name"));
    QVERIFY(!c->columns()->sortDescending());
    const QString first = model->data(model->index(0), ImageListModel::NameRole).toString();
    const QString second = model->data(model->index(1), ImageListModel::NameRole).toString();
    QVERIFY(first.compare(second, Qt::CaseInsensitive) <= 0);
    c->columns()->sortBy(QStringLiteral("name"));
    QVERIFY(c->columns()->sortDescending());
    c->columns()->toggle(QStringLiteral("architecture"));
    QCOMPARE(c->columns()->hidden(), QStringList { QStringLiteral("architecture") });
    c->columns()->toggle(QStringLiteral("name")); // always shown
    QCOMPARE(c->columns()->hidden(), QStringList { QStringLiteral("architecture") });
    c->columns()->setWidth(QStringLiteral("registry"), 5); // clamped
    QCOMPARE(c->columns()->widths().registry, 40);
    c->filter()->setMinSeverity(QStringLiteral("Critical"));
    QCOMPARE(c->filter()->minSeverity(), QStringLiteral("Critical"));
    QVERIFY(!c->filter()->clusterOptions().isEmpty());
    QVERIFY(!c->filter()->namespaceOptions().isEmpty());
    c->filter()->toggleCluster(c->filter()->clusterOptions().constFirst());
    QCOMPARE(c->filter()->selectedClusters().size(), 1);
}

void TestImagesModel::stateAndSavedViewsSurviveARestart()
{
    {
        auto c = controller();
        c->filter()->setText(QStringLiteral("risk:untrusted !registry:docker.io"));
        c->filter()->applyNow();
        c->columns()->sortBy(QStringLiteral("workloads"));
        c->columns()->toggle(QStringLiteral("registry"));
        QVERIFY(c->savedViews()->save(QStringLiteral("Untrusted, not Docker Hub")));
        QCOMPARE(c->savedViews()->activeView(), QStringLiteral("Untrusted, not Docker Hub"));
        QVERIFY(!c->savedViews()->modified());
        c->filter()->toggleRisk(QStringLiteral("mal")); // the grammar's names work too
        QVERIFY(c->savedViews()->modified());
        QVERIFY(c->savedViews()->save(QStringLiteral("Second")));
        QVERIFY(!c->savedViews()->save(QStringLiteral("   ")));
        QCOMPARE(c->savedViews()->names(),
                 (QStringList { QStringLiteral("Second"), QStringLiteral("Untrusted, not Docker Hub") }));
    } // the controller goes: its state is written
    // A new session on the same local database.
    m_views.reset();
    m_local.reset();
    m_local = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite"))).openLocal().database;
    QCOMPARE(m_local->schemaVersion(), Schema::local().currentVersion());
    m_views = std::make_unique<ViewPreferences>(m_local.get());
    auto c = controller();
    QCOMPARE(c->filter()->text(), QStringLiteral("risk:untrusted !registry:docker.io"));
    QCOMPARE(c->columns()->sortColumn(), QStringLiteral("workloads"));
    QVERIFY(c->columns()->sortDescending());
    QCOMPARE(c->columns()->hidden(), QStringList { QStringLiteral("registry") });
    QCOMPARE(c->filter()->activeRisks(), QStringList { QStringLiteral("malicious") });
    QCOMPARE(c->savedViews()->activeView(), QStringLiteral("Second"));
    const int restored = c->model()->tagCount();
    QVERIFY(restored > 0);
    QVERIFY(c->savedViews()->load(QStringLiteral("Untrusted, not Docker Hub")));
    QVERIFY(c->filter()->activeRisks().isEmpty());
    QVERIFY(c->model()->tagCount() >= restored);
    QVERIFY(c->savedViews()->remove(QStringLiteral("Second")));
    QCOMPARE(c->savedViews()->names(), QStringList { QStringLiteral("Untrusted, not Docker Hub") });
    QVERIFY(!c->savedViews()->load(QStringLiteral("Second")));
    QCOMPARE(c->message(), QStringLiteral("There is no view \"Second\"."));
}

void TestImagesModel::columnsAndSavedViewsAreModels()
{
    auto c = controller();
    ImageColumns *columns = c->columns();
    QAbstractItemModelTester columnTester(columns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(columns->rowCount(), int(ImagesViewState::columns().size()));
    QCOMPARE(columns->data(columns->index(0), ImageColumns::KeyRole).toString(), QStringLiteral("name"));
    const int risk = int(ImagesViewState::columns().indexOf(QStringLiteral("risk")));
    QVERIFY(columns->data(columns->index(risk), ImageColumns::SortedRole).toBool());
    QCOMPARE(columns->widths().risk, ImageColumns::defaultWidth(QStringLiteral("risk")));
    const int others = columns->widths().others();

    QSignalSpy widths(columns, &ImageColumns::widthsChanged);
    columns->toggle(QStringLiteral("risk"));
    QCOMPARE(widths.size(), 1);
    QCOMPARE(columns->widths().risk, 0); // hidden: it takes no room in the rows
    QCOMPARE(columns->widths().others(), others - ImageColumns::defaultWidth(QStringLiteral("risk")));
    QVERIFY(!columns->data(columns->index(risk), ImageColumns::ShownRole).toBool());
    QCOMPARE(columns->data(columns->index(risk), ImageColumns::WidthRole).toInt(), 0);
    columns->setWidth(QStringLiteral("registry"), 300);
    QCOMPARE(columns->widths().registry, 300);
    columns->sortBy(QStringLiteral("name"));
    QVERIFY(columns->data(columns->index(0), ImageColumns::SortedRole).toBool());
    QVERIFY(!columns->data(columns->index(risk), ImageColumns::SortedRole).toBool());

    SavedViewListModel *views = c->savedViews();
    QAbstractItemModelTester viewTester(views, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(views->rowCount(), 0);
    QVERIFY(views->save(QStringLiteral("Wide registry")));
    QCOMPARE(views->rowCount(), 1);
    QCOMPARE(views->data(views->index(0), SavedViewListModel::NameRole).toString(),
             QStringLiteral("Wide registry"));
    QVERIFY(views->data(views->index(0), SavedViewListModel::ActiveRole).toBool());
    QCOMPARE(c->message(), QStringLiteral("Saved the view \"Wide registry\"."));
    QVERIFY(views->remove(QStringLiteral("Wide registry")));
    QCOMPARE(views->rowCount(), 0);
    QVERIFY(views->activeView().isEmpty());
}

void TestImagesModel::openReferenceExpandsAndSelects()
{
    auto c = controller();
    // A tag with an integrity violation, by name:tag, by digest and by its full reference.
    const auto it = std::find_if(m_tags.cbegin(), m_tags.cend(), [](const ImageTag &t) {
        return t.risks.testFlag(Risk::IntegrityViolation) && t.integrity;
    });
    QVERIFY(it != m_tags.cend());
    c->filter()->setText(QStringLiteral("risk:malicious !risk:integrity"));
    c->filter()->applyNow();
    QSignalSpy requested(c.get(), &ImagesController::rowRequested);
    const QStringList references { QString(it->registry + u'/' + it->repositoryPath + u'/' + it->reference()),
                                   it->digest, QString(u"sha256:" + it->digest) };
    for (const QString &ref : references) {
        QVERIFY2(c->openReference(ref), qPrintable(ref));
        QCOMPARE(c->openedReference(), it->registry + u'/' + it->repositoryPath + u'/' + it->reference());
        const int row = requested.constLast().at(0).toInt();
        QCOMPARE(c->model()->data(c->model()->index(row), ImageListModel::TagRole).toString(), it->tag);
        QVERIFY(c->model()->isExpanded(c->model()->imageRowOf(row)));
    }
    QVERIFY(c->filter()->text().isEmpty()); // the filter hid it, so it was cleared, and the user told
    QVERIFY(!c->openReference(QStringLiteral("no-such-image:1.0")));
    QCOMPARE(c->message(), QStringLiteral("No image tag no-such-image:1.0 in the inventory."));
}

void TestImagesModel::openReferenceWaitsForTheInventory()
{
    // --open with an empty cache (the demo's first sync still running): opened when data arrives.
    QTemporaryDir dir;
    auto empty = std::make_unique<Inventory>(SampleData::openCache(dir.filePath(QStringLiteral("c.sqlite"))));
    ImagesController c;
    c.classBegin();
    c.setInventory(empty.get());
    c.componentComplete();
    QCoreApplication::processEvents();
    QVERIFY(!c.openReference(m_tags.at(3).digest));
    QVERIFY(c.opening());
    QVERIFY(SampleData::commitGeneration(empty->database(), m_tags.mid(0, 50), QStringLiteral("x|default")));
    empty->reload();
    QVERIFY(!c.opening());
    QVERIFY(c.openedRowId() > 0);
    QVERIFY(c.openedReference().endsWith(m_tags.at(3).reference()));
}

void TestImagesModel::showPersonFiltersByThatPerson()
{
    auto c = controller();
    QVERIFY(withPeople() > 0);
    const ImageTag &t = m_tags.at(withPeople());
    c->filter()->toggleRisk(QStringLiteral("malicious"));
    c->showPerson(QStringLiteral("owner"), t.buildInfo->owner);
    QCOMPARE(c->filter()->text(), QStringLiteral("owner:") + FilterParser::quoted(t.buildInfo->owner));
    QVERIFY(c->filter()->activeRisks().isEmpty());
    const int expected = int(std::count_if(m_tags.cbegin(), m_tags.cend(), [&](const ImageTag &x) {
        return x.buildInfo && x.buildInfo->owner.compare(t.buildInfo->owner, Qt::CaseInsensitive) == 0;
    }));
    QCOMPARE(c->model()->tagCount(), expected);
    c->showPerson(QStringLiteral("deployer"), *t.deployedBy);
    QVERIFY(c->filter()->text().startsWith(QStringLiteral("deployer:\"")));
    QVERIFY(c->model()->tagCount() > 0);
}

void TestImagesModel::detailShowsPeopleFirstAndWhatIsMissing()
{
    TagStore tags(m_inventory->database());
    TagDetailController detail;
    detail.setInventory(m_inventory.get());
    const int p = withPeople();
    QVERIFY(p > 0);
    const auto stored = tags.findByReference(m_inventory->generation(), m_tags.at(p).digest).constFirst();
    detail.setRowId(stored.rowId);
    QVERIFY(detail.loaded());
    QVERIFY(!detail.loading()); // no platform: the synced data is all there is
    QCOMPARE(detail.buildOwner().name, m_tags.at(p).buildInfo->owner);
    QCOMPARE(detail.deployedBy().name, *m_tags.at(p).deployedBy);
    QCOMPARE(detail.identity().reference, m_tags.at(p).reference());
    QCOMPARE(detail.identity().digest, QString(u"sha256:" + m_tags.at(p).digest));
    QCOMPARE(detail.tables()->workloads()->rowCount(), int(m_tags.at(p).workloads.size()));
    QVERIFY(detail.tables()->vulnerabilities()->rowCount() >= int(m_tags.at(p).vulnerabilities.size()));
    if (detail.tables()->vulnerabilities()->rowCount() > 1) // worst first
        QVERIFY(detail.tables()->vulnerabilities()->get(0).value(QStringLiteral("severityRank")).toInt()
                >= detail.tables()->vulnerabilities()->get(1).value(QStringLiteral("severityRank")).toInt());
    detail.copy(detail.identity().digest);
    QCOMPARE(QGuiApplication::clipboard()->text(), detail.identity().digest);

    const auto bare = tags.findByReference(m_inventory->generation(), m_tags.at(0).digest).constFirst();
    detail.setRowId(bare.rowId);
    QVERIFY(detail.loaded());
    QCOMPARE(detail.buildOwner().name, QString()); // QML says "not provided by the platform"
    QCOMPARE(detail.deployedBy().name, QString());
    QCOMPARE(detail.integrity().status, QString());
    QCOMPARE(detail.identity().registryTrust, QString());
    QVERIFY(detail.contactUrl(QStringLiteral("owner")).startsWith(QStringLiteral("mailto:?subject=")));

    detail.setRowId(0);
    QVERIFY(!detail.loaded());
}

void TestImagesModel::contactMailNamesTheTag()
{
    QVERIFY(withPeople() > 0);
    ImageTag t = m_tags.at(withPeople());
    t.buildInfo->owner = QStringLiteral("alice@acme.example");
    t.deployedBy = QStringLiteral("Mallory\r\nBcc: all@acme.example\u202e");
    t.risks = Risks(Risk::IntegrityViolation) | Risk::UntrustedRegistry;
    const QUrl owner = ContactMail::url(t, ContactMail::Role::BuildOwner);
    QCOMPARE(owner.scheme(), QStringLiteral("mailto"));
    QCOMPARE(owner.path(), QStringLiteral("alice@acme.example"));
    const QUrlQuery query(owner);
    const QString subject = query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded);
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QCOMPARE(subject,
             QStringLiteral("Image tag %1: integrity violation, untrusted registry").arg(t.reference()));
    QVERIFY(body.contains(t.registry + u'/' + t.repositoryPath + u'/' + t.reference()));
    QVERIFY(body.contains(u"sha256:" + t.digest));
    QVERIFY(body.contains(QStringLiteral("Risks: integrity violation, untrusted registry")));
    for (const WorkloadRef &w : std::as_const(t.workloads))
        QVERIFY(body.contains(QStringLiteral("  - %1 (%2 @ %3)").arg(w.name, w.nameSpace, w.cluster)));
    QVERIFY(body.contains(QStringLiteral("\r\n")));
    // The deployer's name is no address, and cannot add a header or hide text.
    const QUrl deployer = ContactMail::url(t, ContactMail::Role::DeployedBy);
    QVERIFY(deployer.path().isEmpty());
    const QString deployerBody =
        QUrlQuery(deployer).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QVERIFY(deployerBody.startsWith(
        QStringLiteral("Hello Mallory<U+000D><U+000A>Bcc: all@acme.example<U+202E>,\r\n")));
    QVERIFY(!QString::fromUtf8(deployer.toEncoded()).contains(u'\n'));
    QVERIFY(!QString::fromUtf8(deployer.toEncoded()).contains(QStringLiteral("&bcc"), Qt::CaseInsensitive));
    QCOMPARE(ContactMail::address(QStringLiteral("devops-team")), QString());
    QCOMPARE(ContactMail::address(QStringLiteral(" bob@example.org ")), QStringLiteral("bob@example.org"));
    QCOMPARE(ContactMail::address(QStringLiteral("a@b.c?cc=x@y.z")), QString());
    // Many workloads: the mail lists 20 and says how many more.
    t.workloads =
        QList<WorkloadRef>(45, WorkloadRef { QStringLiteral("w"), QStringLiteral("n"), QStringLiteral("c") });
    QVERIFY(ContactMail::body(t, ContactMail::Role::BuildOwner).contains(QStringLiteral("... and 25 more")));
}

QTEST_MAIN(TestImagesModel)
#include "tst_imagesmodel.moc"
