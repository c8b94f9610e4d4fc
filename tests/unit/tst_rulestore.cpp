// RuleStore on a real local database: the v2 migration from a v1 file, revisions, the deployment
// states, the journal, and ids that are data, not patterns.
#include "database.h"
#include "rulejson.h"
#include "rulesecrets.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "schema.h"
#include "secretstore.h"
#include "testenvironment.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

std::unique_ptr<Database> openLocal(const QString &path, const Schema &schema = Schema::local())
{
    Database::Options options;
    options.durability = Database::Durability::Full;
    Database::OpenResult result = Database::open(path, schema, options);
    return std::move(result.database);
}

QStringList journal(Database &db)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT action FROM journal WHERE subject LIKE 'rule:%' ORDER BY id"));
    QStringList actions;
    if (db.exec(q)) {
        while (q.next())
            actions.append(q.value(0).toString());
    }
    return actions;
}

} // namespace

class TestRuleStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void migratesAVersionOneFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            auto v1 = openLocal(path, Schema::local().upTo(1));
            QVERIFY(v1);
            QCOMPARE(v1->schemaVersion(), 1);
            QVERIFY(v1->exec(
                QStringLiteral("INSERT INTO journal (at, subject, action) VALUES (1, 'tag:x', 'note')")));
        }
        auto db = openLocal(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Schema::local().currentVersion()); // every later migration runs too
        QSqlQuery q = db->prepare(QStringLiteral("SELECT count(*) FROM journal"));
        QVERIFY(db->exec(q) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // what v1 held is still there
        RuleStore store(*db);
        QCOMPARE(store.list().size(), 0);
    }

    void lifecycle()
    {
        auto db = openLocal(m_dir.filePath(QStringLiteral("life.sqlite")));
        QVERIFY(db);
        RuleStore store(*db);
        qint64 clock = 1000;
        store.setClock([&clock] { return clock; });
        Rule rule = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        QVERIFY(store.insert(rule));
        QVERIFY(!store.insert(rule)); // the id is taken
        QCOMPARE(store.lastError().kind, DbError::Kind::Constraint);

        auto stored = store.find(rule.id);
        QVERIFY(stored);
        QVERIFY(stored->rule == rule);
        QCOMPARE(stored->name, rule.name);
        QCOMPARE(stored->revision, 1);
        QCOMPARE(stored->createdAt, 1000);
        QCOMPARE(stored->state(), DeploymentState::Draft);
        QVERIFY(!store.setEnabled(rule.id, true)); // a draft has no worker to enable

        clock = 2000;
        QVERIFY(store.update(rule)); // unchanged: same revision
        QCOMPARE(store.find(rule.id)->revision, 1);
        QVERIFY(store.markDeployed(rule.id, QStringLiteral("rd-untrusted-registry-1"), 1));
        QCOMPARE(store.find(rule.id)->state(), DeploymentState::Deployed);
        QVERIFY(store.setEnabled(rule.id, true));
        QCOMPARE(store.find(rule.id)->state(), DeploymentState::Enabled);
        QCOMPARE(store.find(rule.id)->workerKey, QStringLiteral("rd-untrusted-registry-1"));

        rule.cooldownSeconds = 60;
        QVERIFY(store.update(rule));
        stored = store.find(rule.id);
        QCOMPARE(stored->revision, 2);
        QCOMPARE(stored->updatedAt, 2000);
        QCOMPARE(stored->state(), DeploymentState::OutOfDate);
        QCOMPARE(stored->rule->cooldownSeconds, 60);

        QVERIFY(store.markUndeployed(rule.id));
        QCOMPARE(store.find(rule.id)->state(), DeploymentState::Draft);
        QVERIFY(store.remove(rule.id));
        QVERIFY(!store.find(rule.id));
        QVERIFY(!store.remove(rule.id));
        QCOMPARE(
            journal(*db),
            (QStringList { QStringLiteral("create"), QStringLiteral("deploy"), QStringLiteral("enable"),
                           QStringLiteral("update"), QStringLiteral("undeploy"), QStringLiteral("delete") }));
    }

    void stateNames()
    {
        QCOMPARE(RuleStore::stateName(DeploymentState::Draft), QStringLiteral("draft"));
        QCOMPARE(RuleStore::stateName(DeploymentState::Deployed), QStringLiteral("deployed"));
        QCOMPARE(RuleStore::stateName(DeploymentState::Enabled), QStringLiteral("enabled"));
        QCOMPARE(RuleStore::stateName(DeploymentState::OutOfDate), QStringLiteral("out_of_date"));
    }

    void secretsLiveInTheSecretStore()
    {
        QCOMPARE(RuleSecrets::keychainKey(QStringLiteral("abc"), QStringLiteral("SLACK_WEBHOOK_URL")),
                 QStringLiteral("rule-secret:abc:SLACK_WEBHOOK_URL"));
        MemorySecretStore store;
        const Rule rule = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        QCOMPARE(RuleSecrets::write(store, rule, QStringLiteral("SLACK_WEBHOOK_URL"),
                                    QStringLiteral("https://hooks.slack.com/x")),
                 QString());
        QCOMPARE(RuleSecrets::write(store, rule, QStringLiteral("MAIL_API_KEY"), QStringLiteral("SG.k")),
                 QString());
        QVERIFY(!RuleSecrets::write(store, rule, QStringLiteral("OTHER"), QStringLiteral("v")).isEmpty());
        QCOMPARE(store.readNow(QStringLiteral("rule-secret:") + rule.id + QStringLiteral(":MAIL_API_KEY"))
                     .value.value_or(QString()),
                 QStringLiteral("SG.k"));
        QStringList missing;
        QString error;
        const QHash<QString, QString> values = RuleSecrets::read(store, rule, &missing, &error);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.value(QStringLiteral("SLACK_WEBHOOK_URL")),
                 QStringLiteral("https://hooks.slack.com/x"));
        QCOMPARE(missing,
                 (QStringList { QStringLiteral("WEBHOOK_URL"), QStringLiteral("WEBHOOK_SIGNING_KEY") }));
        QCOMPARE(error, QString());
        // Another rule with the same secret names has its own values.
        const Rule other = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        QCOMPARE(RuleSecrets::read(store, other, nullptr, nullptr).size(), 0);
        QCOMPARE(RuleSecrets::removeAll(store, rule), QString());
        QCOMPARE(RuleSecrets::read(store, rule, nullptr, nullptr).size(), 0);
    }

    void prefixesAreNotPatterns()
    {
        auto db = openLocal(m_dir.filePath(QStringLiteral("prefix.sqlite")));
        QVERIFY(db);
        RuleStore store(*db);
        Rule a = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        a.id = QStringLiteral("aaaa0000000000000000000000000000");
        Rule b = a;
        b.id = QStringLiteral("aaab0000000000000000000000000000");
        b.name = QStringLiteral("B");
        QVERIFY(store.insert(a) && store.insert(b));
        QCOMPARE(store.idsStartingWith(QStringLiteral("aaa")).size(), 2);
        QCOMPARE(store.idsStartingWith(QStringLiteral("aaab")), QStringList { b.id });
        QCOMPARE(store.idsStartingWith(QStringLiteral("aa%")).size(), 0);
        QCOMPARE(store.idsStartingWith(QStringLiteral("a_a")).size(), 0);
        QCOMPARE(store.list().constFirst().name, QStringLiteral("B")); // by name
    }

    void unreadableDocumentIsReportedNotDropped()
    {
        auto db = openLocal(m_dir.filePath(QStringLiteral("broken.sqlite")));
        QVERIFY(db);
        RuleStore store(*db);
        const Rule rule = *RuleTemplates::make(QStringLiteral("integrity-violation"));
        QVERIFY(store.insert(rule));
        QSqlQuery q = db->prepare(QStringLiteral("UPDATE rules SET document = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("{\"schema\": \"runtime-desk.rule\", \"version\": 9}"));
        q.addBindValue(rule.id);
        QVERIFY(db->exec(q));
        const QList<StoredRule> rules = store.list();
        QCOMPARE(rules.size(), 1);
        QVERIFY(!rules[0].rule);
        QCOMPARE(
            rules[0].errors,
            QStringList { QStringLiteral("version: 9 is newer than this Runtime Desk understands (1)") });
    }
};

QTEST_GUILESS_MAIN(TestRuleStore)
#include "tst_rulestore.moc"
