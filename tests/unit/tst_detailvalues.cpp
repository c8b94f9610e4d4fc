// The typed values and models the detailed view and the finding panel give QML.

#include "findingjournalmodel.h"
#include "findingnotemodel.h"
#include "findingoutboxmodel.h"
#include "findingtext.h"
#include "imagetag.h"
#include "integrityevidence.h"
#include "ownertrailstore.h"
#include "personinfo.h"
#include "tagbuild.h"
#include "tagidentity.h"
#include "testenvironment.h"

#include <QSignalSpy>
#include <QtTest>

class TestDetailValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void identityNamesTheRow();
    void integritySaysWhetherTheDigestsMatch();
    void personSaysWhereTheNameCameFrom();
    void journalIsNewestFirst();
    void notesAreShownAsText();
    void outboxKeepsWhatWaits();
};

namespace {
ImageTag sampleTag()
{
    ImageTag tag;
    tag.name = QStringLiteral("shop");
    tag.tag = QStringLiteral("1.2");
    tag.registry = QStringLiteral("registry.example");
    tag.repositoryPath = QStringLiteral("team");
    tag.digest = QStringLiteral("abc123");
    tag.architecture = QStringLiteral("amd64");
    tag.runtimeStatus = QStringLiteral("running");
    tag.risks = Risk::UntrustedRegistry;
    tag.registryTrusted = false;
    tag.buildInfo = BuildInfo { QStringLiteral("ana@example.com"), QStringLiteral("shop-ci"),
                                QStringLiteral("41"), QStringLiteral("docker-local") };
    return tag;
}

QVariant cell(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}
} // namespace

void TestDetailValues::identityNamesTheRow()
{
    const TagIdentity identity = TagIdentity::of(sampleTag(), true);
    QCOMPARE(identity.reference, QStringLiteral("shop:1.2"));
    QCOMPARE(identity.digest, QStringLiteral("sha256:abc123")); // as Docker writes it
    QCOMPARE(identity.fullReference, sampleTag().pinnedReference());
    QCOMPARE(identity.registryTrust, QStringLiteral("untrusted"));
    QCOMPARE(identity.risks, RiskNames::canonicalList(Risk::UntrustedRegistry));
    QVERIFY(identity.changedSinceLastSync);
    QCOMPARE(TagIdentity::of(ImageTag(), false).registryTrust, QString()); // not provided

    const TagBuild build = TagBuild::of(sampleTag());
    QCOMPARE(build.name, QStringLiteral("shop-ci"));
    QCOMPARE(build.number, QStringLiteral("41"));
    QCOMPARE(TagBuild::of(ImageTag()).repository, QString());
}

void TestDetailValues::integritySaysWhetherTheDigestsMatch()
{
    ImageTag tag = sampleTag();
    QVERIFY(!IntegrityEvidence::of(tag).provided());
    tag.integrity =
        IntegrityInfo { QStringLiteral("violation"), QStringLiteral("digest_mismatch"),
                        QStringLiteral("high"), QStringLiteral("sha256:aa"), QStringLiteral("sha256:bb") };
    IntegrityEvidence evidence = IntegrityEvidence::of(tag);
    QVERIFY(evidence.provided());
    QVERIFY(evidence.violation());
    QVERIFY(!evidence.digestsMatch());
    tag.integrity->status = QStringLiteral("ok");
    tag.integrity->runtimeDigest = tag.integrity->expectedDigest;
    evidence = IntegrityEvidence::of(tag);
    QVERIFY(!evidence.violation());
    QVERIFY(evidence.digestsMatch());
}

void TestDetailValues::personSaysWhereTheNameCameFrom()
{
    ImageTag tag = sampleTag();
    OwnerProvenance owners;
    owners.buildOwner = OwnerProvenance::Source::Platform;
    const PersonInfo owner = PersonInfo::buildOwner(tag, owners);
    QCOMPARE(owner.name, QStringLiteral("ana@example.com"));
    QCOMPARE(owner.role, QStringLiteral("owner"));
    QCOMPARE(owner.source, QStringLiteral("From the platform"));

    const PersonInfo nobody = PersonInfo::deployer(tag, owners); // the platform did not say
    QVERIFY(!nobody.provided());
    QCOMPARE(nobody.role, QStringLiteral("deployer"));
    QCOMPARE(nobody.source, QString());

    OwnerRecord record;
    record.workload =
        WorkloadRef { QStringLiteral("web"), QStringLiteral("shop"), QStringLiteral("prod-eu") };
    record.recordedAt = QDateTime::currentDateTimeUtc();
    tag.deployedBy = QStringLiteral("ci-bot");
    owners.deployedBy = OwnerProvenance::Source::Trail;
    owners.deployRecord = record;
    const PersonInfo deployer = PersonInfo::deployer(tag, owners);
    QVERIFY2(deployer.source.startsWith(QStringLiteral("From the owner trail: recorded ")),
             qPrintable(deployer.source));
    QVERIFY(deployer.source.endsWith(QStringLiteral("prod-eu/shop/web")));
}

void TestDetailValues::journalIsNewestFirst()
{
    FindingJournalModel model;
    QSignalSpy count(&model, &FindingJournalModel::countChanged);
    model.setEntries({ { 1, 1000, QStringLiteral("status"), QStringLiteral("new → investigating") },
                       { 2, 2000, QStringLiteral("note"), QStringLiteral("a\u200bb") } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(count.size(), 1);
    QCOMPARE(cell(model, 0, FindingJournalModel::ActionRole).toString(), QStringLiteral("note"));
    QCOMPARE(cell(model, 1, FindingJournalModel::AtRole).toDateTime(), QDateTime::fromMSecsSinceEpoch(1000));
    QVERIFY(cell(model, 0, FindingJournalModel::DetailRole).toString()
            != QStringLiteral("a\u200bb")); // made visible
    QCOMPARE(model.roleNames().value(FindingJournalModel::ActionRole), QByteArray("action"));
}

void TestDetailValues::notesAreShownAsText()
{
    FindingNoteModel model;
    FindingNote note;
    note.id = 7;
    note.markdown = QStringLiteral("<img src=\"http://127.0.0.1:9/x\"> **paged**");
    note.createdAt = 1000;
    model.setNotes({ note });
    QCOMPARE(cell(model, 0, FindingNoteModel::NoteIdRole).toLongLong(), 7);
    QCOMPARE(cell(model, 0, FindingNoteModel::MarkdownRole).toString(), note.markdown);
    QCOMPARE(cell(model, 0, FindingNoteModel::DisplayMarkdownRole).toString(),
             FindingText::displayMarkdown(note.markdown));
    QVERIFY(!cell(model, 0, FindingNoteModel::EditedRole).toBool());
    note.editedAt = 2000;
    model.setNotes({ note });
    QVERIFY(cell(model, 0, FindingNoteModel::EditedRole).toBool());
}

void TestDetailValues::outboxKeepsWhatWaits()
{
    FindingOutboxModel model;
    QSignalSpy count(&model, &FindingOutboxModel::countChanged);
    QSignalSpy error(&model, &FindingOutboxModel::lastErrorChanged);
    OutboxItem sent;
    sent.state = OutboxItem::State::Sent;
    OutboxItem refused;
    refused.id = 3;
    refused.tracker = QStringLiteral("github");
    refused.state = OutboxItem::State::Failed;
    refused.lastError = QStringLiteral("401 Unauthorized");
    model.setItems({ sent, refused });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.lastError(), QStringLiteral("401 Unauthorized"));
    QCOMPARE(cell(model, 0, FindingOutboxModel::TrackerRole).toString(), QStringLiteral("github"));
    QCOMPARE(cell(model, 0, FindingOutboxModel::StateRole).toString(),
             OutboxItem::stateName(OutboxItem::State::Failed));
    QCOMPARE(count.size(), 1);
    QCOMPARE(error.size(), 1);
    refused.lastError.clear(); // the same item, retried: the count stays, the reason goes
    model.setItems({ refused });
    QCOMPARE(count.size(), 1);
    QCOMPARE(error.size(), 2);
}

QTEST_GUILESS_MAIN(TestDetailValues)
#include "tst_detailvalues.moc"
