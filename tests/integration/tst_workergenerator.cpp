// WorkerGenerator: the generated TypeScript passes strict tsc against a hand-written PlatformContext
// (tools/tscheck/platform.d.ts), has no line starting with `import`, carries its rule back, and —
// the differential test — makes, in node, exactly the calls NotificationPlanner plans, byte for
// byte, for hundreds of generated events per rule.
#include "eventgenerator.h"
#include "eventview.h"
#include "jsonwriter.h"
#include "nodetools.h"
#include "notificationplanner.h"
#include "person.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "ruletemplates.h"
#include "standardwebhooks.h"
#include "testenvironment.h"
#include "testrules.h"
#include "workergenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const qint64 now = 1718000000;
const int eventsPerRule = 240;

QString describe(const PlannedCall &call)
{
    QString text = QString::fromLatin1(call.method) + u' ' + call.url;
    for (const auto &h : call.headers)
        text += u'\n' + QString::fromUtf8(h.first + ": " + h.second);
    return text + u'\n' + QString::fromUtf8(call.body);
}

} // namespace

class TestWorkerGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeProject(const Rule &rule, const QString &name, const QList<Person> &people = {})
    {
        const QString dir = m_dir.filePath(name);
        QString error;
        const bool written = WorkerGenerator::write(WorkerGenerator::generate(rule, {}, people), dir, &error);
        if (!written)
            qWarning("%s", qPrintable(error));
        return written ? dir : QString();
    }

    // Runs the worker over `events` in node and compares each event's calls with the planner's.
    struct Counts
    {
        int fired = 0; // and notified
        int quiet = 0; // did not fire
        int suppressed = 0; // fired within the cooldown
        int drills = 0; // drills, which go through every channel
    };

    // people: the user's own directory entries the worker embeds; users: the platform's Access API
    // answers, {name: {status, body}} (status 0: no answer at all).
    void differential(const Rule &rule, const QString &name, const QList<QJsonObject> &events,
                      bool sharedState, Counts *counts, const QList<Person> &people = {},
                      const QJsonObject &users = {})
    {
        const QString dir = writeProject(rule, name, people);
        QVERIFY(!dir.isEmpty());
        const QString eventsFile = QDir(dir).filePath(QStringLiteral("events.json"));
        const QString secretsFile = QDir(dir).filePath(QStringLiteral("secrets.json"));
        QFile e(eventsFile);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write(EventGenerator::write(events));
        e.close();
        QJsonObject secretObject;
        const QHash<QString, QString> s = TestRules::secrets();
        for (auto it = s.begin(); it != s.end(); ++it)
            secretObject.insert(it.key(), it.value());
        QFile sf(secretsFile);
        QVERIFY(sf.open(QIODevice::WriteOnly));
        sf.write(JsonWriter::stringify(secretObject));
        sf.close();

        QStringList args { QStringLiteral("run-worker.mjs"),
                           QStringLiteral("--worker"),
                           QDir(dir).filePath(QStringLiteral("worker.ts")),
                           QStringLiteral("--events"),
                           eventsFile,
                           QStringLiteral("--secrets"),
                           secretsFile,
                           QStringLiteral("--time"),
                           QString::number(now) };
        if (sharedState)
            args.append(QStringLiteral("--shared-state"));
        const QString usersFile = QDir(dir).filePath(QStringLiteral("users.json"));
        QFile uf(usersFile);
        QVERIFY(uf.open(QIODevice::WriteOnly));
        uf.write(JsonWriter::stringify(users));
        uf.close();
        args << QStringLiteral("--users") << usersFile;
        const NodeTools::Run run = NodeTools::node(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        qInfo("%s: node ran %lld events in %lld ms", qPrintable(name), qint64(events.size()), run.elapsedMs);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), events.size());

        // The planner reads the same bytes node read.
        const QJsonArray parsed = QJsonDocument::fromJson(EventGenerator::write(events)).array();
        // What the worker knows: its embedded entries, then what the platform answered with an address.
        PlanContext context { now, {}, {} };
        for (const Person &person : people)
            context.people.insert(person.name, person);
        for (auto it = users.begin(); it != users.end(); ++it) {
            const QJsonObject answer = it.value().toObject();
            const int status = answer.value(QLatin1StringView("status")).toInt();
            const QJsonValue email = answer.value(QLatin1StringView("body"))[QLatin1StringView("email")];
            if (status >= 200 && status < 300 && email.isString() && !email.toString().isEmpty()
                && !context.people.contains(it.key()))
                context.people.insert(it.key(),
                                      { it.key(), email.toString(), {}, {}, Person::Source::Platform });
        }
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const QJsonObject event = parsed[i].toObject();
            const QJsonObject result = results[i].toObject();
            QVERIFY2(result.value(QLatin1StringView("error")).isNull(),
                     qPrintable(QStringLiteral("event %1: %2")
                                    .arg(i)
                                    .arg(result.value(QLatin1StringView("error")).toString())));
            const QList<PlannedCall> planned = NotificationPlanner::plan(rule, event, s, context);
            const bool drill = NotificationPlanner::isDrill(event);
            const bool firedHere = RuleEngine::evaluate(rule, event).fired;
            const bool suppressed =
                firedHere && NotificationPlanner::suppressed(rule, EventView(event), context);
            const QString message = drill
                ? QStringLiteral("drill: %1 of %1 notifications delivered").arg(planned.size())
                : !firedHere ? QStringLiteral("not fired")
                : suppressed ? QStringLiteral("suppressed by cooldown")
                             : QStringLiteral("fired: %1 of %1 notifications delivered").arg(planned.size());
            QCOMPARE(result.value(QLatin1StringView("message")).toString(), message);
            if (drill) {
                ++counts->drills;
                // A drill leaves the worker's state as it found it: no cooldown is written.
                QCOMPARE(result.value(QLatin1StringView("state_keys")).toArray().size(),
                         qsizetype(context.state.size()));
            } else {
                ++(!firedHere ? counts->quiet : suppressed ? counts->suppressed : counts->fired);
            }
            const QJsonArray calls = result.value(QLatin1StringView("calls")).toArray();
            const QString where = QStringLiteral("%1, event %2: %3")
                                      .arg(name)
                                      .arg(i)
                                      .arg(QString::fromUtf8(JsonWriter::canonical(event)).left(3000));
            QVERIFY2(calls.size() == planned.size(), qPrintable(where));
            for (qsizetype c = 0; c < calls.size(); ++c) {
                const QJsonObject call = calls[c].toObject();
                PlannedCall actual;
                actual.method = call.value(QLatin1StringView("method")).toString().toUtf8();
                actual.url = call.value(QLatin1StringView("url")).toString();
                for (const QJsonValue &h : call.value(QLatin1StringView("headers")).toArray())
                    actual.headers.append(
                        { h.toArray()[0].toString().toUtf8(), h.toArray()[1].toString().toUtf8() });
                actual.body = QByteArray::fromBase64(
                    call.value(QLatin1StringView("body_base64")).toString().toLatin1());
                const PlannedCall &expected = planned[c];
                QVERIFY2(actual.method == expected.method && actual.url == expected.url
                             && actual.headers == expected.headers && actual.body == expected.body,
                         qPrintable(where + QStringLiteral("\n--- worker:\n") + describe(actual)
                                    + QStringLiteral("\n--- planner:\n") + describe(expected)));
                QCOMPARE(call.value(QLatin1StringView("timeout")).toInt(), 5000);
                QCOMPARE(call.value(QLatin1StringView("maxRedirects")).toInt(-1), 0);
            }
            // What the worker remembers for its cooldown, the planner must be told next time.
            if (sharedState && !drill && firedHere && !suppressed && !planned.isEmpty()
                && rule.cooldownSeconds > 0)
                context.state.insert(NotificationPlanner::cooldownKey(rule, EventView(event), now),
                                     QString::number(now));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(NodeTools::missing().isEmpty(), qPrintable(NodeTools::missing()));
        QVERIFY(m_dir.isValid());
    }

    void noLineStartsWithImport()
    {
        static const QRegularExpression importLine(QStringLiteral("^\\s*import"),
                                                   QRegularExpression::MultilineOption);
        for (const Rule &rule : TestRules::all()) {
            const QString source = QString::fromUtf8(WorkerGenerator::workerSource(rule));
            // jf worker's CleanImports drops everything up to the last such line
            // (commands/common/clean_import.go).
            QVERIFY2(!importLine.match(source).hasMatch(), qPrintable(rule.name));
            // No raw line separators either: JavaScript would end a comment there.
            QVERIFY(!source.contains(QChar(0x2028)) && !source.contains(QChar(0x2029))
                    && !source.contains(u'\r'));
        }
        // The check itself bites: the same text with a real import line is caught.
        QVERIFY(importLine.match(QStringLiteral("const a = 1;\n  import x from 'y';")).hasMatch());
    }

    void ruleRoundTripsThroughTheWorker()
    {
        for (const Rule &rule : TestRules::all()) {
            bool edited = true;
            const QByteArray source = WorkerGenerator::workerSource(rule);
            const RuleJson::Result back = WorkerGenerator::importWorker(source, &edited);
            QCOMPARE(back.errors, QStringList());
            QVERIFY(back.rule == rule);
            QVERIFY(!edited);
            QByteArray changed = source;
            changed.replace("return { message: 'not fired' };", "return { message: 'silenced by hand' };");
            QVERIFY(changed != source);
            QVERIFY(WorkerGenerator::importWorker(changed, &edited).rule);
            QVERIFY(edited); // hand edits are noticed
        }
        QCOMPARE(WorkerGenerator::importWorker("export default async () => ({ message: 'x' });").errors,
                 QStringList {
                     QStringLiteral("no Runtime Desk rule in this worker (the RULE markers are missing)") });
    }

    void manifestAsJfWorkerWritesIt()
    {
        const Rule rule = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        const QByteArray manifest = WorkerGenerator::manifest(rule, QString());
        const QJsonObject m = QJsonDocument::fromJson(manifest).object();
        QCOMPARE(m.keys().size(), 10);
        QCOMPARE(m.value(QLatin1StringView("name")).toString(),
                 QStringLiteral("rd-untrusted-registry-") + rule.id.left(8));
        QCOMPARE(m.value(QLatin1StringView("sourceCodePath")).toString(), QStringLiteral("./worker.ts"));
        QCOMPARE(m.value(QLatin1StringView("action")).toString(),
                 QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"));
        QCOMPARE(m.value(QLatin1StringView("application")).toString(), QStringLiteral("runtime"));
        QCOMPARE(m.value(QLatin1StringView("enabled")).toBool(true), false);
        QCOMPARE(m.value(QLatin1StringView("debug")).toBool(true), false);
        QCOMPARE(m.value(QLatin1StringView("projectKey")).toString(QStringLiteral("x")), QString());
        QCOMPARE(m.value(QLatin1StringView("secrets")).toObject(),
                 QJsonObject()); // values go to the platform, never to files
        QCOMPARE(m.value(QLatin1StringView("filterCriteria")).toObject(), QJsonObject());
        QVERIFY(m.value(QLatin1StringView("description")).toString().contains(rule.name));
        // The key order of docs/jfrog-api.md 4.5.
        QVERIFY(manifest.indexOf("\"name\"") < manifest.indexOf("\"sourceCodePath\"")
                && manifest.indexOf("\"projectKey\"") < manifest.indexOf("\"secrets\"")
                && manifest.indexOf("\"filterCriteria\"") < manifest.indexOf("\"application\""));
        QCOMPARE(WorkerGenerator::manifest(rule, QStringLiteral("my-key")).contains("\"name\": \"my-key\""),
                 true);
    }

    void projectFiles()
    {
        const WorkerGenerator::Output output =
            WorkerGenerator::generate(*RuleTemplates::make(QStringLiteral("integrity-violation")));
        QCOMPARE(output.errors, QStringList());
        QCOMPARE(output.files.keys(),
                 (QStringList { QStringLiteral("README.md"), QStringLiteral("manifest.json"),
                                QStringLiteral("package.json"), QStringLiteral("tsconfig.json"),
                                QStringLiteral("types.ts"), QStringLiteral("worker.spec.ts"),
                                QStringLiteral("worker.ts") }));
        QVERIFY(output.files.value(QStringLiteral("README.md"))
                    .contains("jf worker add-secret WEBHOOK_SIGNING_KEY\n"));
        QVERIFY(!output.files.value(QStringLiteral("worker.spec.ts")).contains("@CASES@"));
    }

    void tooLargeForThePlatform()
    {
        Rule rule = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
        rule.message.text =
            QString(60000, u'x'); // valid, but the worker would carry it twice over the platform's limit
        rule.message.title = QString(30000, u'y');
        const WorkerGenerator::Output output = WorkerGenerator::generate(rule);
        QVERIFY(output.files.isEmpty());
        QCOMPARE(output.errors.size(), 1);
        QVERIFY2(output.errors[0].startsWith(QLatin1StringView("worker.ts would have ")),
                 qPrintable(output.errors[0]));
        QVERIFY(output.errors[0].contains(QLatin1StringView("more than the platform accepts (100000)")));
    }

    // Strict tsc: every generated worker against the hand-written platform.d.ts (lib ES2021 only, so
    // fetch, Buffer, setTimeout and TextEncoder do not exist), then each project as it is generated.
    void strictTypeScript()
    {
        QStringList files { QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("platform.d.ts")) };
        int n = 0;
        for (const Rule &rule : TestRules::all()) {
            const QString dir = writeProject(rule, QStringLiteral("tsc-%1").arg(n++));
            QVERIFY(!dir.isEmpty());
            files.append(QDir(dir).filePath(QStringLiteral("worker.ts")));
        }
        QJsonObject config { { QStringLiteral("extends"),
                               QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("tsconfig.json")) },
                             { QStringLiteral("files"), QJsonArray::fromStringList(files) } };
        const QString path = m_dir.filePath(QStringLiteral("tsconfig.workers.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonWriter::stringify(config, 2));
        file.close();
        NodeTools::Run run = NodeTools::tsc(path);
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        qInfo("tsc --strict over %lld workers: %lld ms", qint64(files.size() - 1), run.elapsedMs);

        // The same checker catches what the constraints forbid.
        QFile bad(m_dir.filePath(QStringLiteral("bad.ts")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("export default async (context: PlatformContext): Promise<{ message: string }> => {\n"
                  "    const r = await fetch('https://x');\n    setTimeout(() => {}, 1);\n    try { "
                  "Buffer.from('x'); } catch (e) { e.message; }\n"
                  "    return { message: String(r) + context.baseUrl };\n};\n");
        bad.close();
        config.insert(QStringLiteral("files"), QJsonArray { files[0], bad.fileName() });
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonWriter::stringify(config, 2));
        file.close();
        run = NodeTools::tsc(path);
        QVERIFY(run.exitCode != 0);
        for (const char *name : { "fetch", "setTimeout", "Buffer", "'e' is of type 'unknown'" })
            QVERIFY2(run.out.contains(name), run.out.constData());
    }

    // Each template's project as generated (types.ts, worker.ts, worker.spec.ts): strict tsc, and the
    // spec run (with a stand-in for jest) passes.
    void generatedProjectsCheckAndTheirSpecsPass()
    {
        int n = 0;
        QList<Rule> rules = TestRules::all();
        Rule longKey = TestRules::kitchenSink(); // PagerDuty's dedup_key is hashed past 255 characters
        longKey.dedupeKey = QString(300, u'k');
        rules.append(longKey);
        for (const Rule &rule : std::as_const(rules)) {
            const QString dir = writeProject(rule, QStringLiteral("project-%1").arg(n++));
            QVERIFY(!dir.isEmpty());
            const QJsonObject config {
                { QStringLiteral("extends"),
                  QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("tsconfig.json")) },
                { QStringLiteral("files"),
                  QJsonArray { QDir(NodeTools::tscheckDir()).filePath(QStringLiteral("jest-shim.d.ts")),
                               QDir(dir).filePath(QStringLiteral("types.ts")),
                               QDir(dir).filePath(QStringLiteral("worker.ts")),
                               QDir(dir).filePath(QStringLiteral("worker.spec.ts")) } }
            };
            const QString path = QDir(dir).filePath(QStringLiteral("tsconfig.check.json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(JsonWriter::stringify(config, 2));
            file.close();
            const NodeTools::Run tsc = NodeTools::tsc(path);
            QVERIFY2(tsc.exitCode == 0, QByteArray(tsc.out + tsc.err).constData());
            const NodeTools::Run spec = NodeTools::node({ QStringLiteral("run-spec.mjs"), dir });
            QVERIFY2(spec.exitCode == 0, QByteArray(spec.out + spec.err).constData());
            QCOMPARE(spec.out.count("ok   "), 2);
        }
    }

    void differentialTemplates_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<quint32>("seed");
        const QStringList names = TestRules::names();
        for (int i = 0; i < names.size(); ++i)
            QTest::newRow(qPrintable(names[i])) << i << quint32(1000 + i);
    }

    // The heart of it: >= 200 generated events per rule, fresh state per event, calls equal byte for byte.
    void differentialTemplates()
    {
        QFETCH(int, index);
        QFETCH(quint32, seed);
        const Rule rule = TestRules::all()[index];
        const QList<QJsonObject> events = EventGenerator::generate(seed, eventsPerRule);
        Counts counts;
        differential(rule, QStringLiteral("diff-%1").arg(index), events, false, &counts);
        if (QTest::currentTestFailed())
            return;
        qInfo("%d events: %d fired, %d quiet", eventsPerRule, counts.fired, counts.quiet);
        QCOMPARE(counts.suppressed, 0);
        QVERIFY2(counts.fired >= 20 && counts.quiet >= 20,
                 "the events must make the rule both fire and stay quiet");
    }

    // With the worker's state kept between events, repeated events are suppressed by the cooldown
    // exactly when the planner, told the same state, suppresses them.
    // Every channel type, e-mail and Slack routed to people resolved through each source: embedded
    // entries, the platform (200 with and without an address), and not at all (404, 403, no answer,
    // a name that is an address, names that are JavaScript's own property names).
    void differentialPeople()
    {
        const QList<Person> people {
            { QStringLiteral("alice"),
              QStringLiteral("alice@corp.example"),
              QStringLiteral("U012ALICE"),
              {},
              Person::Source::Yours },
            { QStringLiteral("dave"), {}, QStringLiteral("W0DAVE"), {}, Person::Source::Yours },
            { QStringLiteral("erin"),
              QStringLiteral("not an address"),
              QStringLiteral("u-lower"),
              {},
              Person::Source::Yours },
        };
        auto answer = [](int status, const QJsonValue &body = {}) {
            return QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("body"), body } };
        };
        const QJsonObject users {
            { QStringLiteral("zoë.müller"),
              answer(200,
                     QJsonObject { { QStringLiteral("username"), QStringLiteral("zoë.müller") },
                                   { QStringLiteral("email"), QStringLiteral("zoe@corp.example") } }) },
            { QStringLiteral("alice"),
              answer(200, QJsonObject { { QStringLiteral("email"), QStringLiteral("a2@x.example") } }) },
            { QStringLiteral("carol"),
              answer(200, QJsonObject { { QStringLiteral("username"), QStringLiteral("carol") } }) },
            { QStringLiteral("svc-deny"), answer(403) },
            { QStringLiteral("flaky"), answer(0) },
        };
        const QStringList pool {
            QStringLiteral("alice"),       QStringLiteral("dave"),      QStringLiteral("erin"),
            QStringLiteral("zoë.müller"),  QStringLiteral("carol"),     QStringLiteral("svc-deny"),
            QStringLiteral("flaky"),       QStringLiteral("ci-bot"),    QStringLiteral("bob@corp.example"),
            QStringLiteral("constructor"), QStringLiteral("__proto__"), QString()
        };
        QList<QJsonObject> events = EventGenerator::generate(2024, eventsPerRule);
        int slot = 0;
        for (QJsonObject &event : events) {
            QJsonArray images = event.value(QLatin1StringView("image_tags_object")).toArray();
            for (qsizetype i = 0; i < images.size(); ++i) {
                QJsonObject image = images[i].toObject();
                image.insert(QStringLiteral("deployed_by"), pool[slot++ % pool.size()]);
                QJsonObject build = image.value(QLatin1StringView("build_info")).toObject();
                build.insert(QStringLiteral("build_owner"), pool[(slot * 7) % pool.size()]);
                image.insert(QStringLiteral("build_info"), build);
                images[i] = image;
            }
            event.insert(QStringLiteral("image_tags_object"), images);
        }
        Counts counts;
        Rule rule = TestRules::kitchenSink();
        rule.criteria = CriteriaNode::all({}); // every event notifies, so every event's calls compare
        differential(rule, QStringLiteral("diff-people"), events, false, &counts, people, users);
        QCOMPARE(counts.fired, int(events.size()));

        // The directory is visible in what was sent: an embedded address, a platform address, the
        // fallback, and a Slack mention.
        QJsonObject event = events.constFirst();
        QJsonArray images;
        for (const QString &owner :
             { QStringLiteral("alice"), QStringLiteral("zoë.müller"), QStringLiteral("ci-bot") }) {
            QJsonObject image =
                event.value(QLatin1StringView("image_tags_object")).toArray().first().toObject();
            QJsonObject build = image.value(QLatin1StringView("build_info")).toObject();
            build.insert(QStringLiteral("build_owner"), owner);
            image.insert(QStringLiteral("build_info"), build);
            image.insert(QStringLiteral("deployed_by"), QString());
            images.append(image);
        }
        event.insert(QStringLiteral("image_tags_object"), images);
        PlanContext context { now, {}, {} };
        context.people.insert(QStringLiteral("alice"), people.first());
        context.people.insert(QStringLiteral("zoë.müller"),
                              { QStringLiteral("zoë.müller"),
                                QStringLiteral("zoe@corp.example"),
                                {},
                                {},
                                Person::Source::Platform });
        const QList<PlannedCall> calls =
            NotificationPlanner::plan(rule, event, TestRules::secrets(), context);
        QByteArray mail, slack;
        for (const PlannedCall &call : calls) {
            if (call.channel == u"email")
                mail = call.body;
            if (call.channel == u"slack")
                slack = call.body;
        }
        QVERIFY(mail.contains("\"alice@corp.example\"") && mail.contains("\"zoe@corp.example\"")
                && mail.contains("\"unresolved@example.com\""));
        QVERIFY(slack.contains("Build owner: <@U012ALICE>"));
    }

    void differentialCooldown()
    {
        const Rule rule = *RuleTemplates::make(QStringLiteral("deployment-status-change"));
        QList<QJsonObject> events;
        for (const QJsonObject &e : EventGenerator::generate(77, 110)) {
            events.append(e);
            events.append(e);
        }
        Counts counts;
        differential(rule, QStringLiteral("diff-cooldown"), events, true, &counts);
        if (QTest::currentTestFailed())
            return;
        qInfo("%lld events: %d fired, %d suppressed, %d quiet", qint64(events.size()), counts.fired,
              counts.suppressed, counts.quiet);
        QVERIFY(counts.fired >= 20 && counts.suppressed >= 20);
    }

    // A drill (the marker at the event's top level) goes through every channel of the rule whatever
    // the criteria and the cooldown, writes no state, and both sides mark every title the same way.
    // Each event comes first as itself, then as a drill, then as itself again: the drill neither
    // suppresses nor is suppressed.
    void differentialDrill()
    {
        const Rule rule = *RuleTemplates::make(QStringLiteral("deployment-status-change"));
        QVERIFY(rule.cooldownSeconds > 0);
        QList<QJsonObject> events;
        for (const QJsonObject &e : EventGenerator::generate(91, 60)) {
            QJsonObject drill = e;
            drill.insert(NotificationPlanner::drillKey, true);
            QJsonObject notADrill = e; // only the boolean true is the marker
            notADrill.insert(NotificationPlanner::drillKey, QStringLiteral("true"));
            events << e << drill << e << notADrill;
        }
        Counts counts;
        differential(rule, QStringLiteral("diff-drill"), events, true, &counts);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(counts.drills, 60);
        QVERIFY(counts.quiet >= 10 && counts.suppressed >= 10);

        // Every channel, each title marked, the webhook body says so; a rule that would not fire.
        const QJsonObject drill { { NotificationPlanner::drillKey, true } };
        QVERIFY(!RuleEngine::evaluate(rule, drill).fired);
        const QList<PlannedCall> calls =
            NotificationPlanner::plan(rule, drill, TestRules::secrets(), { now, {} });
        QCOMPARE(calls.size(), rule.channels.size());
        for (const PlannedCall &call : calls) {
            const QJsonObject body = QJsonDocument::fromJson(call.body).object();
            if (call.channel == u"slack")
                QVERIFY(body.value(u"text").toString().startsWith(u"[DRILL] "));
            else if (call.channel == u"webhook")
                QVERIFY(body.value(u"drill").toBool()
                        && body.value(u"data").toObject().value(u"title").toString().startsWith(u"[DRILL] "));
            else
                QVERIFY(body.value(u"subject").toString().startsWith(u"[DRILL] "));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkerGenerator)
#include "tst_workergenerator.moc"
