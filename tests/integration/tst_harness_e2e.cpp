// The harness click path in C++: sync the demo estate over TLS, select a
// cached tag, build an integrity violation from its rows, simulate every rule, see the matching rule fire and
// why, send its calls for real to the demo sinks, and check that each sink received exactly the planned
// request (method, URL, headers, body byte for byte), that the webhook signature verifies with the whsec_
// key, and that each delivery is confirmed in the delivery log.
#include "alarmharness.h"
#include "database.h"
#include "deliverylogstore.h"
#include "demoalarmsetup.h"
#include "demofixture.h"
#include "dispatcher.h"
#include "eventfactory.h"
#include "eventshape.h"
#include "generationstore.h"
#include "rulestore.h"
#include "ruletemplates.h"
#include "secretstore.h"
#include "simulation.h"
#include "standardwebhooks.h"
#include "syncjob.h"
#include "tagstore.h"
#include "testenvironment.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

class TestHarnessE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<Database> m_cache;
    MemorySecretStore m_secrets;
    QString m_integrityRule;

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        const QString cachePath = m_dir.filePath(QStringLiteral("desk.cache.sqlite"));
        SyncJob job(&m_demo->client(), cachePath, {});
        QSignalSpy finished(&job, &SyncJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(int(finished.first().first().value<SyncResult>().outcome),
                 int(SyncResult::Outcome::Completed));

        const Workspace workspace = Workspace::fromLocalPath(m_dir.filePath(QStringLiteral("desk.sqlite")));
        m_local = workspace.openLocal().database;
        m_cache = workspace.openCache().database;
        QVERIFY(m_local && m_cache);
        // The three templates, made deliverable in the demo as the app does with --demo.
        RuleStore rules(*m_local);
        QStringList created;
        QCOMPARE(DemoAlarmSetup::prepare(rules, m_secrets, m_demo->platform().sinkEndpoints(), &created),
                 QString());
        QCOMPARE(created.size(), 3);
        for (const StoredRule &stored : rules.list()) {
            if (stored.name == RuleTemplates::list()[1].title)
                m_integrityRule = stored.id;
        }
        QVERIFY(!m_integrityRule.isEmpty());
    }

    void clickPath()
    {
        // 1. Select a cached tag that runs somewhere and has no integrity violation yet.
        const auto generation = GenerationStore(*m_cache).current();
        QVERIFY(generation);
        TagStore tags(*m_cache);
        std::optional<StoredTag> chosen;
        for (const StoredTag &t : tags.query(generation->id, {})) {
            if (!t.tag.workloads.isEmpty() && !t.tag.risks.testFlag(Risk::IntegrityViolation)) {
                chosen = t;
                break;
            }
        }
        QVERIFY(chosen);

        // 2. Rehearse an integrity violation on it.
        QString error;
        const auto built = EventFactory(*m_cache).forTagRow(
            chosen->rowId, EventFactory::ChangeKind::IntegrityViolation, &error);
        QVERIFY2(built, qPrintable(error));
        QVERIFY(EventShape::validate(built->event).isEmpty());
        QCOMPARE(built->tagReference, EventFactory::tagReference(chosen->tag));

        // 3. Simulate every rule: the integrity rule fires, and says why.
        RuleStore rules(*m_local);
        QStringList warnings;
        const QList<Simulation::RuleInput> inputs = Simulation::inputs(rules, &m_secrets, {}, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(inputs.size(), 3);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        SimulationResult result = Simulation::run(built->event, inputs, now);
        const RuleSimulation *integrity = nullptr;
        for (const RuleSimulation &r : result.rules) {
            if (r.ruleId == m_integrityRule)
                integrity = &r;
        }
        QVERIFY(integrity);
        QVERIFY(integrity->fired);
        QCOMPARE(integrity->state, QStringLiteral("draft"));
        QCOMPARE(integrity->conditions.size(), 1);
        QVERIFY(integrity->conditions[0].passed);
        QVERIFY(integrity->conditions[0].value.contains(QLatin1StringView("integrity_violation")));
        QVERIFY(integrity->problems.isEmpty());
        QCOMPARE(integrity->calls.size(), 3);

        // The previews read as the recipients will read them; nothing shown holds a secret.
        const QString workloadName = built->workload.name;
        for (const SimulatedCall &call : integrity->calls) {
            QVERIFY(call.preview.error.isEmpty());
            QVERIFY2(call.preview.readableText().contains(workloadName),
                     qPrintable(call.preview.readableText()));
            QVERIFY(!call.shown.body.contains(m_demo->platform().sinks().webhookKey()));
            for (const auto &header : call.shown.headers)
                QVERIFY(!header.second.contains(m_demo->platform().sinks().mailApiKey().toUtf8()));
        }
        QCOMPARE(integrity->calls[0].preview.blocks[0].type, QStringLiteral("header"));
        QVERIFY(integrity->calls[0].shown.url.endsWith(QStringLiteral("/•••")));
        QCOMPARE(integrity->calls[2].preview.subject, integrity->calls[0].preview.blocks[0].displayText);
        QVERIFY(integrity->calls[1].preview.signedWithKey);

        // 4. Send the integrity rule's calls for real.
        QNetworkAccessManager *nam = Dispatcher::createNetworkAccessManager(this);
        Dispatcher::Options options;
        options.allowLoopback = true;
        options.extraCaCertificates = { m_demo->platform().caCertificate() };
        Dispatcher dispatcher(nam, options);
        DeliveryLogStore log(*m_local);
        dispatcher.setDeliveryLog(&log);
        m_demo->platform().sinks().clear();
        QSignalSpy finished(&dispatcher, &Dispatcher::batchFinished);
        const QString batch = dispatcher.send(integrity->requests);
        QVERIFY(finished.wait(30000));
        const auto results = finished.first().at(1).value<QList<DeliveryResult>>();
        QCOMPARE(results.size(), 3);
        for (const DeliveryResult &r : results)
            QVERIFY2(r.delivered(), qPrintable(r.channel + QStringLiteral(": ") + r.message));

        // 5. Each sink received exactly the planned request.
        const QList<DemoSinkDelivery> received = m_demo->platform().sinks().deliveries();
        QCOMPARE(received.size(), 3);
        const QSet<QByteArray> transport {
            "host", "content-length", "connection", "accept-encoding", "accept-language", "user-agent"
        };
        for (const DispatchRequest &planned : integrity->requests) {
            const QUrl url(planned.call.url);
            const auto it = std::find_if(received.cbegin(), received.cend(),
                                         [&](const DemoSinkDelivery &d) { return d.path == url.path(); });
            QVERIFY2(it != received.cend(), qPrintable(planned.call.channel));
            const DemoSinkDelivery &got = *it;
            QCOMPARE(got.method, planned.call.method);
            QCOMPARE(got.query, url.query());
            QCOMPARE(got.header("Host"), url.authority().toUtf8());
            QCOMPARE(got.body, planned.call.body);
            qsizetype previous = -1;
            for (const auto &[name, value] : planned.call.headers) {
                qsizetype at = -1;
                for (qsizetype i = 0; i < got.headers.size(); ++i) {
                    if (got.headers[i].first.compare(name, Qt::CaseInsensitive) == 0)
                        at = i;
                }
                QVERIFY2(at >= 0, name.constData());
                QCOMPARE(got.headers[at].second, value);
                QVERIFY2(at > previous, "headers go out in the planned order");
                previous = at;
            }
            for (const auto &[name, value] : got.headers) {
                const bool planned_ = std::any_of(
                    planned.call.headers.cbegin(), planned.call.headers.cend(),
                    [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
                QVERIFY2(planned_ || transport.contains(name.toLower()), name.constData());
            }
            QVERIFY2(got.verified, qPrintable(got.check));
            QCOMPARE(got.status, got.sink == u"sendgrid" ? 202 : 200);
            if (got.sink == u"webhook") {
                // The receiver's check, with the key in the form a receiver is given (whsec_).
                const QByteArray key =
                    StandardWebhooks::fromWhsec(m_demo->platform().sinks().webhookSecret());
                QVERIFY(StandardWebhooks::verify(key, QString::fromUtf8(got.header("webhook-id")),
                                                 got.header("webhook-timestamp").toLongLong(), got.body,
                                                 got.header("webhook-signature")));
                QCOMPARE(got.check, QStringLiteral("signature verified"));
            }
        }

        // 6. Each delivery is confirmed in the log, with its origin only.
        const QList<DeliveryRecord> logged = log.recent(10, {}, batch);
        QCOMPARE(logged.size(), 3);
        QStringList channels;
        for (const DeliveryRecord &r : logged) {
            QVERIFY(r.delivered);
            QCOMPARE(r.ruleId, m_integrityRule);
            QCOMPARE(r.origin, m_demo->platform().url().toString());
            QCOMPARE(r.attempts, 1);
            channels.append(r.channel);
        }
        channels.sort();
        QCOMPARE(
            channels,
            (QStringList { QStringLiteral("email"), QStringLiteral("slack"), QStringLiteral("webhook") }));

        // What the sinks received is also on the platform's control API.
        QNetworkRequest inspect(
            QUrl(m_demo->platform().url().toString() + QStringLiteral("/__demo/deliveries")));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(m_demo->platform().caCertificate());
        inspect.setSslConfiguration(ssl);
        inspect.setRawHeader("Authorization", "Bearer " + m_demo->platform().token().toUtf8());
        QNetworkReply *reply = nam->get(inspect);
        QSignalSpy inspected(reply, &QNetworkReply::finished);
        QVERIFY(inspected.wait(10000));
        const QJsonObject listing = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(listing.value(QLatin1StringView("total")).toInt(), 3);
        QVERIFY(listing.value(QLatin1StringView("deliveries"))
                    .toArray()[0]
                    .toObject()
                    .value(QLatin1StringView("verified"))
                    .toBool());

        // And the CLI shape carries the results next to their calls.
        result.applyResults(results);
        QCOMPARE(QJsonDocument::fromJson(result.toJson())
                     .object()
                     .value(QLatin1StringView("rules"))
                     .toArray()
                     .size(),
                 3);
        QVERIFY(result.toJson().contains("\"outcome\": \"delivered\""));
    }

    // The same path through AlarmHarness, the service the harness page binds to, plus a golden case
    // saved from the simulation that then guards the rule.
    void throughTheHarnessService()
    {
        QNetworkAccessManager *nam = Dispatcher::createNetworkAccessManager(this);
        Dispatcher::Options options;
        options.allowLoopback = true;
        options.extraCaCertificates = { m_demo->platform().caCertificate() };
        Dispatcher dispatcher(nam, options);
        AlarmHarness harness(*m_local, *m_cache, m_secrets, dispatcher);

        const auto generation = GenerationStore(*m_cache).current();
        std::optional<StoredTag> chosen;
        for (const StoredTag &t : TagStore(*m_cache).query(generation->id, {})) {
            if (!t.tag.workloads.isEmpty() && !t.tag.risks.testFlag(Risk::IntegrityViolation))
                chosen = t;
        }
        QVERIFY(chosen);
        QString error;
        const auto built =
            harness.eventForTag(chosen->rowId, EventFactory::ChangeKind::IntegrityViolation, &error);
        QVERIFY2(built, qPrintable(error));
        QStringList warnings;
        const SimulationResult sim = harness.simulate(built->event, {}, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(sim.rules.size(), 3);

        QSignalSpy each(&harness, &AlarmHarness::deliveryFinished);
        QSignalSpy done(&harness, &AlarmHarness::sendFinished);
        m_demo->platform().sinks().clear();
        const QString batch = harness.send(sim, { m_integrityRule });
        QVERIFY(!batch.isEmpty());
        QVERIFY(done.wait(30000));
        QCOMPARE(each.size(), 3);
        QCOMPARE(m_demo->platform().sinks().count(), 3);
        QCOMPARE(harness.deliveries(10, m_integrityRule, batch).size(), 3);

        // Save the simulation as a golden case; it passes, and an edit that breaks it is caught.
        const auto saved = harness.saveCase(sim, m_integrityRule, QStringLiteral("integrity on a real row"),
                                            { built->workload.name }, &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(saved->expectFire);
        QCOMPARE(saved->expectChannels->size(), 3);
        QVERIFY(harness.checkCases(m_integrityRule).ok);
        Rule edited = *RuleStore(*m_local).find(m_integrityRule)->rule;
        edited.channels.removeFirst();
        const CaseCheck check = harness.checkCases(edited);
        QVERIFY(!check.ok);
        QVERIFY(check.lines().first().contains(QStringLiteral("it sends to [email, webhook]")));
        // The edited rule simulates as "unsaved", without the dropped channel.
        const SimulationResult again = harness.simulate(built->event, { edited });
        for (const RuleSimulation &r : again.rules) {
            if (r.ruleId == m_integrityRule) {
                QCOMPARE(r.state, QStringLiteral("unsaved"));
                QCOMPARE(r.calls.size(), 2);
            }
        }
        QVERIFY(harness.removeCase(saved->id));
    }
};

QTEST_GUILESS_MAIN(TestHarnessE2e)
#include "tst_harness_e2e.moc"
