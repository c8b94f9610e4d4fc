// `simulate` and `deliveries`: the alarm harness from the command line.
#include "alarmcommands.h"

#include "deliverylogstore.h"
#include "dispatcher.h"
#include "displaytext.h"
#include "eventfactory.h"
#include "eventshape.h"
#include "jsonwriter.h"
#include "peoplestore.h"
#include "rulecommands.h"
#include "simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simulate", text);
}

std::optional<QHash<QString, QString>> readSecrets(CliContext &cx, const QString &path, int *exit)
{
    const auto object = RuleCommands::readObject(cx, path, exit);
    if (!object)
        return std::nullopt;
    QHash<QString, QString> secrets;
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!it.value().isString()) {
            *exit = cx.fail(CliContext::Data,
                            tr("secret %1: expected a string").arg(DisplayText::visible(it.key())));
            return std::nullopt;
        }
        secrets.insert(it.key(), it.value().toString());
    }
    return secrets;
}

void printText(CliContext &cx, const SimulationResult &result)
{
    for (const RuleSimulation &rule : result.rules) {
        cx.out << "rule " << DisplayText::visible(rule.ruleName) << " (" << rule.ruleId.left(8) << ", "
               << rule.state << "): " << (rule.fired ? "fires" : "does not fire") << "\n";
        for (const ConditionVerdict &v : rule.conditions)
            cx.out << "  " << (v.passed ? "pass " : "fail ") << DisplayText::visible(v.text) << "  (saw "
                   << DisplayText::visible(v.value) << ")\n";
        for (const QString &problem : rule.problems)
            cx.out << "  skipped: " << DisplayText::visible(problem) << "\n";
        for (const SimulatedCall &call : rule.calls) {
            cx.out << "  " << call.shown.channel << ": " << call.shown.method << " "
                   << DisplayText::visible(call.shown.url) << "\n";
            const QString text = call.preview.readableText();
            for (const QString &line : text.split(u'\n'))
                cx.out << "    | " << DisplayText::visible(line) << "\n";
            if (call.result)
                cx.out << "    -> " << DeliveryClassifier::outcomeName(call.result->outcome) << ": "
                       << DisplayText::visible(call.result->message) << " (" << call.result->latencyMs
                       << " ms, " << call.result->attempts << " attempt(s))\n";
        }
    }
}

void addSimulateOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Simulate an AFTER_WORKLOAD_STATE_CHANGE event against alarm rules; with --send, "
           "send the planned calls for real."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("rule"), tr("A rule id (or its first characters); repeatable."),
          QStringLiteral("ID") },
        { QStringLiteral("all"), tr("Every stored rule.") },
        { QStringLiteral("event"), tr("An event JSON file, checked against the documented shape."),
          QStringLiteral("file") },
        { QStringLiteral("kind"),
          tr("Build the event from the cache: %1.").arg(EventFactory::kindNames().join(u", ")),
          QStringLiteral("kind") },
        { QStringLiteral("ref"),
          tr("With --kind: an image tag (digest, name:tag, registry/path/name:tag) or "
             "workload:CLUSTER/NS/NAME."),
          QStringLiteral("ref") },
        { QStringLiteral("workload"), tr("With --kind and a tag: which of its workloads (CLUSTER/NS/NAME)."),
          QStringLiteral("workload") },
        { QStringLiteral("change-type"), tr("The event's change_type (default \"workload\")."),
          QStringLiteral("text") },
        { QStringLiteral("secrets"),
          tr("A JSON object {name: value} used for every rule instead of the keychain."),
          QStringLiteral("file") },
        { QStringLiteral("send"),
          tr("Send the planned calls for real and record them in the delivery log.") },
        { QStringLiteral("ca"),
          tr("With --send: also trust these CA certificates (PEM), e.g. a local sink's."),
          QStringLiteral("file") },
        { QStringLiteral("allow-loopback"),
          tr("With --send: allow endpoints on this machine (127.0.0.0/8, ::1).") },
        { QStringLiteral("timeout"), tr("With --send: seconds per request (default 15)."),
          QStringLiteral("s") },
        { QStringLiteral("time"), tr("The clock, in unix seconds (default: now)."),
          QStringLiteral("seconds") },
        { QStringLiteral("format"), tr("text or json."), QStringLiteral("format"), QStringLiteral("text") },
    });
}

// What the options of `simulate` settle before anything is read.
struct SimulateSettings
{
    QString format;
    bool all = false;
    bool fromFile = false;
    qint64 unixTime = 0;
    int timeoutSeconds = 15;
};

// Which options go together; the exit code of the first misuse.
std::optional<int> checkCombinations(CliContext &cx, const QCommandLineParser &p, const SimulateSettings &s)
{
    if (s.format != u"text" && s.format != u"json")
        return cx.fail(CliContext::Usage,
                       tr("unknown --format %1 (use text|json)").arg(DisplayText::visible(s.format)));
    if (s.all == p.isSet(QStringLiteral("rule")))
        return cx.fail(CliContext::Usage, tr("give --rule ID or --all"));
    if (s.fromFile == (p.isSet(QStringLiteral("kind")) || p.isSet(QStringLiteral("ref")))
        || (!s.fromFile && !(p.isSet(QStringLiteral("kind")) && p.isSet(QStringLiteral("ref")))))
        return cx.fail(CliContext::Usage, tr("give --event FILE, or --kind K with --ref REF"));
    if (!p.isSet(QStringLiteral("send"))
        && (p.isSet(QStringLiteral("ca")) || p.isSet(QStringLiteral("allow-loopback"))))
        return cx.fail(CliContext::Usage, tr("--ca and --allow-loopback only go with --send"));
    if (p.isSet(QStringLiteral("send")) && p.isSet(QStringLiteral("time")))
        return cx.fail(
            CliContext::Usage,
            tr("--time cannot go with --send: receivers check the webhook timestamp against their clock"));
    return std::nullopt;
}

std::optional<SimulateSettings> readSettings(CliContext &cx, const QCommandLineParser &p, int *exit)
{
    SimulateSettings s;
    s.format = p.value(QStringLiteral("format"));
    s.all = p.isSet(QStringLiteral("all"));
    s.fromFile = p.isSet(QStringLiteral("event"));
    if (const auto misuse = checkCombinations(cx, p, s)) {
        *exit = *misuse;
        return std::nullopt;
    }
    s.unixTime = QDateTime::currentSecsSinceEpoch();
    if (p.isSet(QStringLiteral("time"))) {
        bool ok = false;
        s.unixTime = p.value(QStringLiteral("time")).toLongLong(&ok);
        if (!ok || s.unixTime < 0) {
            *exit = cx.fail(CliContext::Usage, tr("--time takes unix seconds"));
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        s.timeoutSeconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || s.timeoutSeconds < 1 || s.timeoutSeconds > 300) {
            *exit = cx.fail(CliContext::Usage, tr("--timeout takes 1 to 300 seconds"));
            return std::nullopt;
        }
    }
    return s;
}

// An event file, checked against the documented shape; its first ten errors are printed.
std::optional<QJsonObject> readEventFile(CliContext &cx, const QString &path, int *exit)
{
    const auto bytes = RuleCommands::readFile(cx, path, exit);
    if (!bytes)
        return std::nullopt;
    const EventShape::Parsed parsed = EventShape::parse(*bytes);
    if (!parsed.event) {
        for (const QString &error : parsed.errors.mid(1, 9))
            cx.err << path << ": " << DisplayText::visible(error) << Qt::endl;
        *exit = cx.fail(CliContext::Data,
                        path + QStringLiteral(": ") + DisplayText::visible(parsed.errors.value(0)));
        return std::nullopt;
    }
    return *parsed.event;
}

// The event --kind makes of --ref (and --workload) from the cache.
std::optional<QJsonObject> buildEvent(CliContext &cx, const QCommandLineParser &p, int *exit)
{
    const auto kind = EventFactory::kindFromName(p.value(QStringLiteral("kind")));
    if (!kind) {
        *exit = cx.fail(CliContext::Usage,
                        tr("unknown --kind %1 (use %2)")
                            .arg(DisplayText::visible(p.value(QStringLiteral("kind"))),
                                 EventFactory::kindNames().join(u'|')));
        return std::nullopt;
    }
    const std::unique_ptr<Database> cache = cx.openCache();
    if (!cache) {
        *exit = CliContext::Data;
        return std::nullopt;
    }
    EventFactory::Options options;
    if (p.isSet(QStringLiteral("change-type")))
        options.changeType = p.value(QStringLiteral("change-type"));
    EventFactory factory(*cache);
    QString error;
    const QString ref = p.value(QStringLiteral("ref"));
    const auto built = p.isSet(QStringLiteral("workload"))
        ? factory.forTag(ref, *kind, &error, p.value(QStringLiteral("workload")), options)
        : factory.forReference(ref, *kind, &error, options);
    if (!built) {
        *exit = cx.fail(CliContext::Data, DisplayText::visible(error));
        return std::nullopt;
    }
    for (const QString &note : built->notes)
        cx.err << "note: " << DisplayText::visible(note) << Qt::endl;
    return built->event;
}

// The rules to simulate with their secrets (from the keychain, or --secrets for every rule).
std::optional<QList<Simulation::RuleInput>> ruleInputs(CliContext &cx, const QCommandLineParser &p,
                                                       RuleStore &store, const QStringList &ids, int *exit)
{
    QStringList warnings;
    const bool secretsFromFile = p.isSet(QStringLiteral("secrets"));
    QList<Simulation::RuleInput> inputs =
        Simulation::inputs(store, secretsFromFile ? nullptr : cx.secrets(), ids, &warnings);
    if (secretsFromFile) {
        const auto secrets = readSecrets(cx, p.value(QStringLiteral("secrets")), exit);
        if (!secrets)
            return std::nullopt;
        for (Simulation::RuleInput &input : inputs)
            input.secrets = *secrets;
    }
    for (const QString &warning : std::as_const(warnings))
        cx.err << "warning: " << DisplayText::visible(warning) << Qt::endl;
    if (inputs.isEmpty()) {
        *exit = cx.fail(CliContext::Data, tr("no rule to simulate"));
        return std::nullopt;
    }
    return inputs;
}

// --send: the planned calls for real, recorded in the delivery log; false when one was not delivered.
std::optional<bool> sendForReal(CliContext &cx, const QCommandLineParser &p, Database &db, int timeoutSeconds,
                                SimulationResult &result, int *exit)
{
    Dispatcher::Options options;
    options.allowLoopback = p.isSet(QStringLiteral("allow-loopback"));
    options.timeout = std::chrono::seconds(timeoutSeconds);
    if (p.isSet(QStringLiteral("ca"))) {
        options.extraCaCertificates = QSslCertificate::fromPath(p.value(QStringLiteral("ca")), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty()) {
            *exit = cx.fail(
                CliContext::Usage,
                tr("no PEM certificate in %1").arg(DisplayText::visible(p.value(QStringLiteral("ca")))));
            return std::nullopt;
        }
    }
    QNetworkAccessManager *nam = Dispatcher::createNetworkAccessManager(nullptr);
    Dispatcher dispatcher(nam, options);
    DeliveryLogStore log(db);
    dispatcher.setDeliveryLog(&log);
    QEventLoop loop;
    QList<DeliveryResult> results;
    QObject::connect(&dispatcher, &Dispatcher::batchFinished, &loop,
                     [&](const QString &, const QList<DeliveryResult> &r) {
                         results = r;
                         loop.quit();
                     });
    const QList<DispatchRequest> requests = result.dispatchRequests();
    dispatcher.send(requests);
    loop.exec();
    delete nam;
    result.applyResults(results);
    bool allDelivered = true;
    for (const DeliveryResult &r : std::as_const(results))
        allDelivered = allDelivered && r.delivered();
    return allDelivered;
}

} // namespace

int runSimulate(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    addSimulateOptions(p);
    if (!p.parse(args))
        return cx.fail(CliContext::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return CliContext::Ok;
    }
    int exit = 0;
    const auto settings = readSettings(cx, p, &exit);
    if (!settings)
        return exit;

    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    QStringList ids;
    for (const QString &ref : p.values(QStringLiteral("rule"))) {
        const auto rule = RuleCommands::resolve(cx, store, ref, &exit);
        if (!rule)
            return exit;
        ids.append(rule->id);
    }
    const auto event = settings->fromFile ? readEventFile(cx, p.value(QStringLiteral("event")), &exit)
                                          : buildEvent(cx, p, &exit);
    if (!event)
        return exit;
    const auto inputs = ruleInputs(cx, p, store, settings->all ? QStringList() : ids, &exit);
    if (!inputs)
        return exit;

    SimulationResult result =
        Simulation::run(*event, *inputs, settings->unixTime, PeopleStore(*db).directory());
    for (const RuleSimulation &rule : std::as_const(result.rules)) {
        for (const QString &problem : rule.problems)
            cx.err << "warning: " << rule.ruleId.left(8) << ": " << DisplayText::visible(problem) << Qt::endl;
    }
    bool allDelivered = true;
    if (p.isSet(QStringLiteral("send"))) {
        const auto delivered = sendForReal(cx, p, *db, settings->timeoutSeconds, result, &exit);
        if (!delivered)
            return exit;
        allDelivered = *delivered;
    }

    if (settings->format == u"json")
        cx.out << result.toJson() << Qt::endl;
    else
        printText(cx, result);
    return allDelivered ? CliContext::Ok : CliContext::Network;
}

namespace {

void printDeliveriesJson(CliContext &cx, const QList<DeliveryRecord> &rows)
{
    JsonWriter w(2);
    w.beginArray();
    for (const DeliveryRecord &r : rows) {
        w.beginObject().key(u"at").value(RuleCommands::isoMs(r.atMs)).key(u"batch").value(r.batch);
        w.key(u"rule_id")
            .value(r.ruleId)
            .key(u"rule_name")
            .value(r.ruleName)
            .key(u"channel")
            .value(r.channel);
        w.key(u"channel_type")
            .value(r.channelType)
            .key(u"origin")
            .value(r.origin)
            .key(u"outcome")
            .value(r.outcome);
        w.key(u"delivered").value(r.delivered).key(u"http_status");
        if (r.httpStatus > 0)
            w.value(r.httpStatus);
        else
            w.null();
        w.key(u"latency_ms").value(r.latencyMs).key(u"attempts").value(r.attempts);
        w.key(u"message").value(r.message).endObject();
    }
    w.endArray();
    cx.out << w.data() << Qt::endl;
}

void printDeliveriesTable(CliContext &cx, const QList<DeliveryRecord> &rows)
{
    cx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                  .arg(QStringLiteral("TIME"), -20)
                  .arg(QStringLiteral("RULE"), -9)
                  .arg(QStringLiteral("CHANNEL"), -10)
                  .arg(QStringLiteral("OUTCOME"), -20)
                  .arg(QStringLiteral("HTTP"), -5)
                  .arg(QStringLiteral("MS"), -6)
                  .arg(QStringLiteral("ORIGIN"));
    for (const DeliveryRecord &r : rows)
        cx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(QDateTime::fromMSecsSinceEpoch(r.atMs).toString(
                               QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           -20)
                      .arg(r.ruleId.left(8), -9)
                      .arg(DisplayText::cell(r.channel, 10), -10)
                      .arg(r.outcome, -20)
                      .arg(r.httpStatus > 0 ? QString::number(r.httpStatus) : QStringLiteral("-"), -5)
                      .arg(QString::number(r.latencyMs), -6)
                      .arg(DisplayText::visible(r.origin));
}

} // namespace

int runDeliveries(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The delivery log: what was sent for real, newest first."));
    p.addHelpOption();
    p.addOptions({
        { QStringLiteral("rule"), tr("Only this rule (id or its first characters)."), QStringLiteral("ID") },
        { QStringLiteral("limit"), tr("At most this many rows (default 50)."), QStringLiteral("n"),
          QStringLiteral("50") },
        { QStringLiteral("format"), tr("table or json."), QStringLiteral("format"), QStringLiteral("table") },
    });
    if (!p.parse(args))
        return cx.fail(CliContext::Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return CliContext::Ok;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json")
        return cx.fail(CliContext::Usage,
                       tr("unknown --format %1 (use table|json)").arg(DisplayText::visible(format)));
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > DeliveryLogStore::maxRows)
        return cx.fail(CliContext::Usage, tr("--limit takes 1 to %1").arg(DeliveryLogStore::maxRows));
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    QString ruleId;
    if (p.isSet(QStringLiteral("rule"))) {
        RuleStore store(*db);
        int exit = 0;
        const auto rule = RuleCommands::resolve(cx, store, p.value(QStringLiteral("rule")), &exit);
        if (!rule)
            return exit;
        ruleId = rule->id;
    }
    const QList<DeliveryRecord> rows = DeliveryLogStore(*db).recent(limit, ruleId);
    if (format == u"json")
        printDeliveriesJson(cx, rows);
    else
        printDeliveriesTable(cx, rows);
    return CliContext::Ok;
}
