// Findings in the local database: triage status rules, notes, the journal, the outbox's state
// machine, the prefilled ticket, tracker credentials' header forms, and the evidence pack.
#include "evidencepack.h"
#include "findingactions.h"
#include "findingtext.h"
#include "outboxstore.h"
#include "schema.h"
#include "testenvironment.h"
#include "ticketdraft.h"
#include "trackerconfig.h"
#include "trackerrequests.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

std::unique_ptr<Database> openLocal(const QString &path, const Schema &schema = Schema::local())
{
    Database::Options options;
    options.durability = Database::Durability::Full;
    return Database::open(path, schema, options).database;
}

ImageTag sampleTag()
{
    ImageTag t;
    t.registry = QStringLiteral("registry.acme.io");
    t.repositoryPath = QStringLiteral("docker-prod");
    t.name = QStringLiteral("payments/api");
    t.tag = QStringLiteral("2.4.1");
    t.digest = QStringLiteral("sha256:") + QString(64, u'a');
    t.risks = Risk::IntegrityViolation;
    t.deployedBy = QStringLiteral("ci-bot@acme.io");
    t.buildInfo = BuildInfo {
        QStringLiteral("jane.doe@acme.io"), QStringLiteral("payments-api"), QStringLiteral("812"), {}
    };
    t.integrity = IntegrityInfo { QStringLiteral("violation"), QStringLiteral("digest_mismatch"),
                                  QStringLiteral("critical"), QStringLiteral("sha256:") + QString(64, u'b'),
                                  QStringLiteral("sha256:") + QString(64, u'c') };
    t.workloads = { { QStringLiteral("payments-api"), QStringLiteral("prod"), QStringLiteral("eu-west-1") } };
    Vulnerability v;
    v.cveId = QStringLiteral("CVE-2024-0001");
    v.severity = Severity::Critical;
    v.applicability = QStringLiteral("applicable");
    t.vulnerabilities = { v };
    return t;
}

unsigned mode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 0777) : 0u;
}

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return db.exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList actions(FindingStore &store, const QString &subject)
{
    QStringList list;
    for (const JournalEntry &e : store.journalOf(subject))
        list.append(e.action);
    return list;
}

} // namespace

class TestFindingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> fresh()
    {
        return openLocal(m_dir.filePath(QStringLiteral("local-%1.sqlite").arg(++m_count)));
    }

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void migratesAVersionTwoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        {
            auto v2 = openLocal(path, Schema::local().upTo(2));
            QVERIFY(v2);
            QVERIFY(v2->exec(
                QStringLiteral("INSERT INTO journal (at, subject, action) VALUES (1, 'rule:x', 'create')")));
        }
        auto db = openLocal(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Schema::local().currentVersion());
        FindingStore store(*db);
        QCOMPARE(store.journalOf(QStringLiteral("rule:x")).size(), 1); // what v2 held is still there
        QVERIFY(!store.finding(sampleTag()).stored);
    }

    void statusRules()
    {
        auto db = fresh();
        FindingStore store(*db);
        const ImageTag tag = sampleTag();
        QString error;
        QVERIFY(store.setStatus(tag, Triage::Status::Investigating, {}, &error));
        Finding f = store.finding(tag);
        QVERIFY(f.stored);
        QCOMPARE(f.status, Triage::Status::Investigating);
        QCOMPARE(f.digest, tag.digest);
        // Accepted needs a date that has not passed.
        QVERIFY(!store.setStatus(tag, Triage::Status::Accepted, {}, &error));
        QVERIFY(error.contains(QStringLiteral("date")));
        QVERIFY(!store.setStatus(tag, Triage::Status::Accepted, QDate::currentDate().addDays(-1), &error));
        QVERIFY(error.contains(QStringLiteral("past")));
        QCOMPARE(store.finding(tag).status, Triage::Status::Investigating); // unchanged by the refusals
        const QDate until = QDate::currentDate().addDays(30);
        QVERIFY(store.setStatus(tag, Triage::Status::Accepted, until, &error));
        QCOMPARE(store.finding(tag).acceptedUntil, until);
        QVERIFY(store.setStatus(tag, Triage::Status::Resolved, until, &error));
        QVERIFY(!store.finding(tag).acceptedUntil.isValid()); // only accepted keeps a date
        QCOMPARE(
            actions(store, f.subject),
            QStringList({ QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("status") }));
        // Identity is the row's key: another digest of the same tag (re-pushed) or another architecture is
        // another row the platform sends, so another finding.
        ImageTag rebuilt = tag;
        rebuilt.digest = QStringLiteral("sha256:") + QString(64, u'd');
        QVERIFY(!store.finding(rebuilt).stored);
        QVERIFY(store.setStatus(rebuilt, Triage::Status::Investigating, {}, &error));
        QCOMPARE(store.finding(tag).status, Triage::Status::Resolved);
        QCOMPARE(store.finding(tag).digest, tag.digest);
        QCOMPARE(store.finding(rebuilt).status, Triage::Status::Investigating);
        ImageTag arm64 = tag;
        arm64.architecture = QStringLiteral("arm64");
        arm64.digest = QStringLiteral("sha256:") + QString(64, u'e');
        QVERIFY(!store.finding(arm64).stored);
        ImageTag other = tag;
        other.tag = QStringLiteral("2.4.2");
        QVERIFY(!store.finding(other).stored);
    }

    // A finding written when findings were keyed by registry, repository path, name and tag only moves,
    // with its notes, journal and outbox, to the row it was made about (the digest it recorded); the
    // other architecture of the tag does not take it.
    void legacyFindingMovesToItsRow()
    {
        auto db = fresh();
        ImageTag amd64 = sampleTag();
        amd64.architecture = QStringLiteral("amd64");
        ImageTag arm64 = amd64;
        arm64.architecture = QStringLiteral("arm64");
        arm64.digest = QStringLiteral("sha256:") + QString(64, u'f');
        const QString legacy = FindingStore::legacySubjectOf(amd64);
        QCOMPARE(legacy,
                 QStringLiteral("tag:registry.acme.io\x1f"
                                "docker-prod\x1fpayments/api\x1f"
                                "2.4.1"));
        // As the previous release wrote them.
        for (const QString &sql :
             { QStringLiteral(
                   "INSERT INTO findings (subject, registry, repository_path, name, tag, digest, status, "
                   "created_at, updated_at) VALUES (:s, 'registry.acme.io', 'docker-prod', 'payments/api', "
                   "'2.4.1', '%1', 'investigating', 1, 2)")
                   .arg(amd64.digest),
               QStringLiteral(
                   "INSERT INTO notes (subject, markdown, digest, created_at) VALUES (:s, 'paged the owner', "
                   "'%1', 3)")
                   .arg(amd64.digest),
               QStringLiteral(
                   "INSERT INTO journal (at, subject, action, detail) VALUES (3, :s, 'note', '#1')"),
               QStringLiteral(
                   "INSERT INTO outbox (idempotency_key, kind, tracker, subject, payload, created_at, "
                   "updated_at) VALUES ('k-1', 'issue', 'jira', :s, '{}', 4, 4)") }) {
            QSqlQuery q = db->prepare(sql);
            q.bindValue(QStringLiteral(":s"), legacy);
            QVERIFY2(db->exec(q), qPrintable(db->lastError().message));
        }
        FindingStore store(*db);
        QVERIFY(!store.finding(arm64).stored); // another digest: not its finding
        const Finding f = store.finding(amd64);
        QVERIFY(f.stored);
        QCOMPARE(f.subject, FindingStore::subjectOf(amd64));
        QCOMPARE(f.status, Triage::Status::Investigating);
        QCOMPARE(store.notes(f.subject).size(), 1);
        QCOMPARE(store.notes(f.subject).first().markdown, QStringLiteral("paged the owner"));
        QCOMPARE(actions(store, f.subject), QStringList { QStringLiteral("note") });
        QCOMPARE(OutboxStore(*db).ofSubject(f.subject).size(), 1);
        QVERIFY(!store.find(legacy));
        QCOMPARE(store.notes(legacy).size(), 0);
        QVERIFY(!store.finding(arm64).stored);

        // A change made through the row also finds the legacy finding first (no second finding).
        auto db2 = fresh();
        QSqlQuery q = db2->prepare(QStringLiteral("INSERT INTO findings (subject, registry, repository_path, "
                                                  "name, tag, digest, status, created_at, updated_at) "
                                                  "VALUES (?, 'registry.acme.io', 'docker-prod', "
                                                  "'payments/api', '2.4.1', '', 'investigating', 1, 2)"));
        q.addBindValue(legacy);
        QVERIFY(db2->exec(q));
        FindingStore store2(*db2);
        QString error;
        QVERIFY(store2.addNote(arm64, QStringLiteral("no digest recorded: the first row looked at takes it"),
                               &error));
        QCOMPARE(store2.finding(arm64).status, Triage::Status::Investigating);
        QCOMPARE(countOf(*db2, QStringLiteral("SELECT count(*) FROM findings")), 1);
    }

    void notesAndJournal()
    {
        auto db = fresh();
        FindingStore store(*db);
        qint64 now = 1700000000000;
        store.setClock([&now] { return now; });
        const ImageTag tag = sampleTag();
        QString error;
        QCOMPARE(store.addNote(tag, QStringLiteral("   "), &error), 0);
        QVERIFY(error.contains(QStringLiteral("empty")));
        QCOMPARE(store.addNote(tag, QString(FindingStore::maxNoteLength + 1, u'x'), &error), 0);
        const qint64 id = store.addNote(tag, QStringLiteral("Owner *paged*.\n\n- rollback"), &error);
        QVERIFY(id > 0);
        now += 60000;
        QVERIFY(store.editNote(id, QStringLiteral("Owner *paged*, rollback done."), &error));
        QVERIFY(store.editNote(id, QStringLiteral("Owner *paged*, rollback done."),
                               &error)); // unchanged: no entry
        QVERIFY(!store.editNote(id + 100, QStringLiteral("x"), &error));
        const QList<FindingNote> notes = store.notes(FindingStore::subjectOf(tag));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].markdown, QStringLiteral("Owner *paged*, rollback done."));
        QCOMPARE(notes[0].createdAt, 1700000000000);
        QCOMPARE(notes[0].editedAt, 1700000060000);
        QCOMPARE(notes[0].digest, tag.digest);
        QCOMPARE(actions(store, FindingStore::subjectOf(tag)),
                 QStringList({ QStringLiteral("note"), QStringLiteral("note-edit") }));
    }

    void outboxStateMachine()
    {
        auto db = fresh();
        OutboxStore outbox(*db);
        const auto item =
            outbox.enqueue(OutboxItem::Kind::Issue, QStringLiteral("jira"), QStringLiteral("tag:x"),
                           QJsonObject { { QStringLiteral("title"), QStringLiteral("t") } });
        QVERIFY(item);
        QCOMPARE(item->idempotencyKey.size(), 36);
        QCOMPARE(item->attempts, 0);
        QVERIFY(outbox.claim(item->id));
        QVERIFY(!outbox.claim(item->id)); // a second sender does not get it
        QCOMPARE(outbox.find(item->id)->attempts, 1);
        QVERIFY(outbox.release(item->id, QStringLiteral("timeout")));
        QCOMPARE(outbox.find(item->id)->lastError, QStringLiteral("timeout"));
        QVERIFY(outbox.claim(item->id));
        QVERIFY(outbox.markFailed(item->id, QStringLiteral("401")));
        QVERIFY(!outbox.claim(item->id)); // failed waits for the user
        QCOMPARE(outbox.retry(), 1);
        QVERIFY(outbox.claim(item->id));
        QCOMPARE(outbox.find(item->id)->attempts, 3);
        QVERIFY(outbox.markSent(item->id, QStringLiteral("SEC-1"), QStringLiteral("https://j/browse/SEC-1")));
        QVERIFY(!outbox.markSent(item->id, QStringLiteral("SEC-2"), {})); // once
        QCOMPARE(outbox.countWaiting(), 0);
        QCOMPARE(outbox.list(true).size(), 1);
        // A claim older than the lease (a sender that died) goes back to pending.
        const auto second =
            outbox.enqueue(OutboxItem::Kind::Issue, QStringLiteral("github"), QStringLiteral("tag:x"), {});
        outbox.setClock([] { return qint64(1000); });
        QVERIFY(outbox.claim(second->id));
        outbox.setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
        QCOMPARE(outbox.recoverStale(60000), 1);
        QCOMPARE(OutboxItem::stateName(outbox.find(second->id)->state), QStringLiteral("pending"));
        // The key is unique: the database refuses a duplicate.
        QSqlQuery q = db->prepare(QStringLiteral(
            "INSERT INTO outbox (idempotency_key, kind, tracker, subject, payload, created_at, "
            "updated_at) SELECT idempotency_key, kind, tracker, subject, payload, 1, 1 FROM outbox LIMIT 1"));
        QVERIFY(!db->exec(q));
    }

    void ticketDraftIsPrefilledAndSafe()
    {
        ImageTag tag = sampleTag();
        tag.deployedBy = QStringLiteral("[click](https://evil.example) `x` <img src=x>\u202e");
        const TicketDraft d = TicketDraft::prefill(tag, Finding());
        QVERIFY(d.title.contains(QStringLiteral("payments/api:2.4.1")));
        QVERIFY(d.title.contains(QStringLiteral("integrity_violation")));
        QVERIFY(d.body.contains(QStringLiteral("`jane.doe@acme.io`")));
        QVERIFY(d.body.contains(QStringLiteral("`") + tag.digest + u'`'));
        QVERIFY(d.body.contains(QStringLiteral("`") + tag.integrity->runtimeDigest + u'`'));
        QVERIFY(d.body.contains(QStringLiteral("`") + tag.integrity->expectedDigest + u'`'));
        QVERIFY(d.body.contains(QStringLiteral("`payments-api` in namespace `prod` on cluster `eu-west-1`")));
        // A hostile deployer stays inside one code span, its bidi override made visible.
        QVERIFY(d.body.contains(QStringLiteral("``[click](https://evil.example) `x` <img src=x><U+202E>``")));
        QVERIFY(d.validate(nullptr));
        TicketDraft bad = d;
        bad.title = QStringLiteral("two\nlines");
        QVERIFY(!bad.validate(nullptr));
        QCOMPARE(FindingText::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(FindingText::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    }

    // Notes are rendered as Markdown; what would load something is shown as text instead.
    void notesDisplayNoHtmlNoImages()
    {
        using FindingText::displayMarkdown;
        QCOMPARE(displayMarkdown(QStringLiteral("**bold** and [a link](https://x.example)")),
                 QStringLiteral("**bold** and [a link](https://x.example)"));
        QCOMPARE(displayMarkdown(QStringLiteral("![pic](http://127.0.0.1/p.png)")),
                 QStringLiteral("&#33;[pic](http://127.0.0.1/p.png)"));
        QCOMPARE(displayMarkdown(QStringLiteral("<img src=x> <div>")),
                 QStringLiteral("&lt;img src=x> &lt;div>"));
        QCOMPARE(displayMarkdown(QStringLiteral("!")), QStringLiteral("!"));
        QCOMPARE(displayMarkdown(QStringLiteral("\\![x](u)")), QStringLiteral("\\![x](u)")); // already text
        QCOMPARE(displayMarkdown(QStringLiteral("\\\\![x](u)")), QStringLiteral("\\\\&#33;[x](u)"));
        QCOMPARE(displayMarkdown(QStringLiteral("wow! [x]")), QStringLiteral("wow! [x]"));
        QCOMPARE(displayMarkdown({}), QString());
    }

    void trackerCredentialForms()
    {
        TrackerConfig jira;
        jira.url = QStringLiteral("https://acme.atlassian.net");
        jira.project = QStringLiteral("SEC");
        jira.user = QStringLiteral("me@acme.io");
        QCOMPARE(jira.authorization(QStringLiteral("tok")),
                 QByteArray("Basic ") + QByteArray("me@acme.io:tok").toBase64());
        jira.user.clear();
        QCOMPARE(jira.authorization(QStringLiteral("pat")), QByteArray("Bearer pat"));
        QCOMPARE(jira.secretKey(), QStringLiteral("tracker:jira:https://acme.atlassian.net"));
        QVERIFY(jira.isComplete(nullptr));
        jira.project = QStringLiteral("sec'; drop");
        QVERIFY(!jira.isComplete(nullptr));
        TrackerConfig github;
        github.kind = TrackerConfig::Kind::GitHub;
        github.url = QStringLiteral("https://api.github.com");
        github.project = QStringLiteral("acme/payments");
        QCOMPARE(github.authorization(QStringLiteral("ghp_x")), QByteArray("Bearer ghp_x"));
        QCOMPARE(github.owner(), QStringLiteral("acme"));
        github.project = QStringLiteral("../x");
        QVERIFY(!github.isComplete(nullptr));
        github.project = QStringLiteral("acme/..");
        QVERIFY(!github.isComplete(nullptr));
        TrackerItem item;
        item.body = QStringLiteral("text\n\n") + TrackerMarker::line(QStringLiteral("k-1"), true);
        QVERIFY(TrackerMarker::carries(item, QStringLiteral("k-1")));
        QVERIFY(!TrackerMarker::carries(item, QStringLiteral("k-2")));
    }

    void evidencePackNamesAndChecksums()
    {
        ImageTag tag = sampleTag();
        tag.name = QStringLiteral("../../etc/passwd");
        tag.tag = QStringLiteral("..");
        QCOMPARE(EvidencePack::folderName(tag), QStringLiteral("passwd-tag-aaaaaaaaaaaa"));
        tag = sampleTag();
        tag.name = QStringLiteral("payments/api");
        QCOMPARE(EvidencePack::folderName(tag), QStringLiteral("api-2.4.1-aaaaaaaaaaaa"));

        QTemporaryDir out;
        EvidencePack::Input input;
        input.tag = tag;
        input.finding.status = Triage::Status::Investigating;
        input.notes = { { 1, QStringLiteral("Owner paged."), tag.digest, 1700000000000, 0 } };
        input.journal = { { 1, 1700000000000, QStringLiteral("status"), QStringLiteral("investigating") } };
        input.asOf = QDateTime::currentDateTimeUtc();
        input.source = QStringLiteral("https://acme.jfrog.io");
        const EvidencePack::Result first =
            EvidencePack::write(out.path(), input, QDateTime::currentDateTimeUtc());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.path, out.filePath(QStringLiteral("api-2.4.1-aaaaaaaaaaaa")));
        QCOMPARE(first.files.size(), 5);
        QString error;
        QVERIFY2(EvidencePack::verify(first.path, &error), qPrintable(error));
        QCOMPARE(mode(first.path), 0700u);
        for (const QString &name : first.files)
            QCOMPARE(mode(first.path + u'/' + name), 0600u);
        const QJsonObject json = QJsonDocument::fromJson([&] {
                                     QFile f(first.path + QStringLiteral("/evidence.json"));
                                     return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                 }())
                                     .object();
        QCOMPARE(json.value(QLatin1StringView("format")).toString(), QStringLiteral("runtime-desk.evidence"));
        QCOMPARE(
            json.value(QLatin1StringView("tag")).toObject().value(QLatin1StringView("digest")).toString(),
            tag.digest);
        QCOMPARE(
            json.value(QLatin1StringView("triage")).toObject().value(QLatin1StringView("status")).toString(),
            QStringLiteral("investigating"));
        QCOMPARE(json.value(QLatin1StringView("notes")).toArray().size(), 1);
        // A second export does not replace the first; no temporary folder is left behind.
        const EvidencePack::Result second =
            EvidencePack::write(out.path(), input, QDateTime::currentDateTimeUtc());
        QCOMPARE(second.path, first.path + QStringLiteral("-2"));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
                 2);
        // A changed byte is caught.
        QFile csv(first.path + QStringLiteral("/workloads.csv"));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("x");
        csv.close();
        QVERIFY(!EvidencePack::verify(first.path, &error));
        QVERIFY(error.contains(QStringLiteral("workloads.csv")));
        // No folder to write into: a clear error, nothing written.
        QVERIFY(!EvidencePack::write(out.filePath(QStringLiteral("missing")), input,
                                     QDateTime::currentDateTimeUtc())
                     .error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindingStore)
#include "tst_findingstore.moc"
