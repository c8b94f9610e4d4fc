// Backtest over three cached generations of the demo estate (DemoDataset::advance between syncs): the
// alarms a draft rule would have raised match an oracle computed from the dataset's own tag and workload
// lists, a tag that gained an integrity violation is found with its change named, the cooldown silences
// repeats across generations, and fewer than two generations give a note, not a guess.
#include "backtest.h"
#include "demodataset.h"
#include "generationstore.h"
#include "inventorylookup.h"
#include "ruletemplates.h"
#include "sampledata.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workloadstore.h"

#include <QJsonDocument>
#include <QtTest>

namespace {

struct Snapshot
{
    QList<ImageTag> tags;
    QList<Workload> workloads;
};

Snapshot snapshot(const DemoDataset &d)
{
    Snapshot s;
    s.tags = d.expectedTags(DemoTagView::ListWithDetail);
    for (int i = 0; i < d.workloads().size(); ++i)
        s.workloads.append(d.workloads().workload(d, i));
    return s;
}

QString key(const WorkloadRef &w)
{
    return w.cluster + u'/' + w.nameSpace + u'/' + w.name;
}

// Workloads whose event a rule on `risk` fires on, between two snapshots: computed from the lists.
QSet<QString> oracle(const Snapshot &before, const Snapshot &after, Risk risk)
{
    QHash<QString, ImageTag> old;
    for (const ImageTag &t : before.tags)
        old.insert(t.key(), t);
    QHash<QString, ImageTag> now;
    for (const ImageTag &t : after.tags)
        now.insert(t.key(), t);
    QHash<QString, WorkloadRef> affected;
    for (const ImageTag &t : after.tags) {
        const auto previous = old.constFind(t.key());
        if (previous != old.cend() && *previous == t)
            continue;
        for (const WorkloadRef &w : t.workloads)
            affected.insert(key(w), w);
        if (previous != old.cend()) {
            for (const WorkloadRef &w : previous->workloads)
                affected.insert(key(w), w);
        }
    }
    for (const ImageTag &t : before.tags) {
        if (!now.contains(t.key())) {
            for (const WorkloadRef &w : t.workloads)
                affected.insert(key(w), w);
        }
    }
    QHash<QString, Workload> rows;
    for (const Workload &w : after.workloads)
        rows.insert(key({ w.name, w.nameSpace, w.cluster }), w);
    QSet<QString> fires;
    for (auto it = affected.cbegin(); it != affected.cend(); ++it) {
        bool hasImage = false;
        bool fired = rows.contains(it.key()) && rows.value(it.key()).risks.testFlag(risk);
        for (const ImageTag &t : after.tags) {
            if (t.workloads.contains(it.value())) {
                hasImage = true;
                fired = fired || t.risks.testFlag(risk);
            }
        }
        if ((hasImage || rows.contains(it.key())) && fired)
            fires.insert(it.key());
    }
    return fires;
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_cache;
    QList<Snapshot> m_snapshots;
    QList<qint64> m_generations;
    QString m_gainedIntegrity; // a tag key that gained an integrity violation in the second epoch

    qint64 store(const Snapshot &s)
    {
        GenerationStore generations(*m_cache);
        const qint64 g = generations.begin(QStringLiteral("https://demo"));
        TagStore tags(*m_cache);
        WorkloadStore workloads(*m_cache);
        if (!m_cache->transaction(
                [&] { return tags.addTags(g, s.tags) && workloads.addWorkloads(g, s.workloads); }))
            return 0;
        QTest::qWait(5); // distinct finish times
        return generations.commit(g, std::nullopt, {}) == GenerationStore::CommitOutcome::Committed ? g : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        m_cache = SampleData::openCache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_cache);
        DemoDataset dataset(11, 600);
        for (int epoch = 0; epoch < 3; ++epoch) {
            if (epoch > 0)
                dataset.advance();
            m_snapshots.append(snapshot(dataset));
            const qint64 g = store(m_snapshots.last());
            QVERIFY(g > 0);
            m_generations.append(g);
        }
        // A tag that exists in epochs 1 and 2 and gains the violation between them.
        QHash<QString, ImageTag> before;
        for (const ImageTag &t : m_snapshots[1].tags)
            before.insert(t.key(), t);
        for (const ImageTag &t : m_snapshots[2].tags) {
            if (before.contains(t.key()) && !before[t.key()].risks.testFlag(Risk::IntegrityViolation)
                && t.risks.testFlag(Risk::IntegrityViolation) && !t.workloads.isEmpty()) {
                m_gainedIntegrity = t.key();
                break;
            }
        }
        QVERIFY2(!m_gainedIntegrity.isEmpty(), "seed 11 has no tag that gains an integrity violation");
    }

    void matchesTheOracle()
    {
        Rule rule = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        rule.cooldownSeconds = 0;
        const BacktestResult result = Backtest::run(rule, *m_cache);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.generations.size(), 3);
        QCOMPARE(result.suppressed, 0);
        QVERIFY(result.changedTags > 0);
        QVERIFY(result.events > 0);
        for (int pair = 1; pair <= 2; ++pair) {
            QSet<QString> got;
            for (const BacktestAlarm &a : result.alarms) {
                if (a.generation == m_generations[pair])
                    got.insert(a.workload);
            }
            const QSet<QString> expected =
                oracle(m_snapshots[pair - 1], m_snapshots[pair], Risk::IntegrityViolation);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(got, expected);
        }
        for (const BacktestAlarm &a : result.alarms) {
            QVERIFY(!a.changes.isEmpty());
            QVERIFY(a.why.join(u' ').contains(QLatin1StringView("integrity_violation")));
            QCOMPARE(a.channels,
                     (QStringList { QStringLiteral("slack"), QStringLiteral("webhook"),
                                    QStringLiteral("email") }));
            QVERIFY(a.at.isValid());
        }
    }

    void findsTheTagThatGainedTheViolation()
    {
        Rule rule = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        rule.cooldownSeconds = 0;
        const BacktestResult result = Backtest::run(rule, *m_cache);
        ImageTag tag;
        for (const ImageTag &t : m_snapshots[2].tags) {
            if (t.key() == m_gainedIntegrity)
                tag = t;
        }
        QSet<QString> workloads;
        for (const WorkloadRef &w : tag.workloads)
            workloads.insert(key(w));
        const QString change = tag.reference() + QStringLiteral(" gained the risk Integrity violation");
        QSet<QString> found;
        for (const BacktestAlarm &a : result.alarms) {
            if (a.generation == m_generations[2] && a.changes.contains(change))
                found.insert(a.workload);
        }
        QCOMPARE(found, workloads);
    }

    void cooldownSilencesRepeats()
    {
        Rule quiet = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        quiet.cooldownSeconds = 0;
        Rule cooled = quiet;
        cooled.cooldownSeconds = 3600;
        const BacktestResult all = Backtest::run(quiet, *m_cache);
        const BacktestResult some = Backtest::run(cooled, *m_cache);
        const QSet<QString> first = oracle(m_snapshots[0], m_snapshots[1], Risk::IntegrityViolation);
        const QSet<QString> second = oracle(m_snapshots[1], m_snapshots[2], Risk::IntegrityViolation);
        QCOMPARE(some.suppressed, int((first & second).size()));
        QCOMPARE(some.alarms.size() + some.suppressed, all.alarms.size());
    }

    void aRuleThatNeverFires()
    {
        Rule rule = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        RuleCondition nowhere;
        nowhere.kind = RuleCondition::Kind::Match;
        nowhere.field = RuleCondition::Field::Cluster;
        nowhere.op = RuleCondition::Op::Matches;
        nowhere.patterns = { QStringLiteral("no-such-cluster") };
        rule.criteria = CriteriaNode::all({ CriteriaNode::leaf(nowhere) });
        const BacktestResult result = Backtest::run(rule, *m_cache);
        QVERIFY(result.events > 0);
        QCOMPARE(result.alarms.size(), 0);
        const QJsonObject json = QJsonDocument::fromJson(result.toJson()).object();
        QCOMPARE(json.value(QLatin1StringView("events")).toInt(), result.events);
        QCOMPARE(json.value(QLatin1StringView("generations")).toArray().size(), 3);
    }

    // Rows are keyed with their digest: a tag rebuilt between two syncs (a new digest of the same tag and
    // architecture) is still paired with the row it replaced, so "runs a new digest" can be said; a digest
    // that keeps running beside a new one is not replaced, and the new one is new.
    void changesPairARebuiltTag()
    {
        QTemporaryDir dir;
        auto db = SampleData::openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        auto row = [](const char *name, const char *arch, QChar digit) {
            ImageTag t = SampleData::tag(QLatin1StringView(name), QStringLiteral("1.0"));
            t.architecture = QLatin1StringView(arch);
            t.digest = QString(64, digit);
            return t;
        };
        const ImageTag rebuiltBefore = row("rebuilt", "amd64", u'1');
        const ImageTag rebuiltAfter = row("rebuilt", "amd64", u'2');
        const ImageTag otherArch = row("rebuilt", "arm64", u'5');
        const ImageTag kept = row("repushed", "amd64", u'3');
        const ImageTag pushedBeside = row("repushed", "amd64", u'4');
        const qint64 first = SampleData::commitGeneration(*db, { rebuiltBefore, otherArch, kept });
        const qint64 second =
            SampleData::commitGeneration(*db, { rebuiltAfter, otherArch, kept, pushedBeside });
        QVERIFY(first && second);
        InventoryLookup lookup(*db);
        auto digestOf = [&lookup](qint64 rowId) {
            return rowId ? lookup.tag(rowId)->tag.digest.left(1) : QString();
        };
        QStringList forward;
        for (const InventoryLookup::Change &c : lookup.changes(first, second))
            forward.append(digestOf(c.rowId) + u"<-" + digestOf(c.previousRowId));
        QCOMPARE(forward, (QStringList { QStringLiteral("2<-1"), QStringLiteral("4<-") }));
        QStringList backward;
        for (const InventoryLookup::Change &c : lookup.changes(second, first))
            backward.append(digestOf(c.rowId) + u"<-" + digestOf(c.previousRowId));
        QCOMPARE(backward, QStringList { QStringLiteral("1<-2") }); // replaced, not gone
    }

    void needsTwoGenerations()
    {
        QTemporaryDir dir;
        auto db = SampleData::openCache(dir.filePath(QStringLiteral("c.sqlite")));
        const BacktestResult result =
            Backtest::run(*RuleTemplates::make(QStringLiteral("integrity-violation")), *db);
        QCOMPARE(result.alarms.size(), 0);
        QCOMPARE(result.notes,
                 QStringList { QStringLiteral("a backtest needs two synced generations; the cache has 0") });
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
