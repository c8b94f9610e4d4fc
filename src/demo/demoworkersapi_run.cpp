// The demo Workers API: actions, options, test runs and execution history.
#include "demoaccessusers.h"
#include "demoworkersapi.h"
#include "eventview.h"
#include "notificationplanner.h"
#include "rule.h"
#include "ruleengine.h"
#include "workergenerator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace {

// "AFTER_WORKLOAD_STATE_CHANGE" -> "afterWorkloadStateChange": the key of a test run's result.
QString camelCase(const QString &action)
{
    QString out;
    bool upper = false;
    for (const QChar c : action) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c.toLower();
        upper = false;
    }
    return out;
}

const char *runtimeSampleCode =
    "export default async (context: PlatformContext, data: AfterWorkloadStateChangeRequest)"
    ": Promise<{ message: string }> => {\n"
    "    console.log(`workload ${data.workload_changed_object.name} changed`);\n"
    "    return { message: 'proceed' };\n};\n";

} // namespace

const QList<DemoWorkersApi::Action> &DemoWorkersApi::knownActions()
{
    static const QList<Action> actions {
        { QStringLiteral("runtime"), QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE"), false },
        { QStringLiteral("artifactory"), QStringLiteral("BEFORE_DOWNLOAD"), true },
        { QStringLiteral("worker"), QStringLiteral("GENERIC_EVENT"), false },
    };
    return actions;
}

std::optional<DemoWorkersApi::Action> DemoWorkersApi::findAction(const QString &application,
                                                                 const QString &name)
{
    for (const Action &action : knownActions()) {
        if (action.name == name && (application.isEmpty() || action.application == application))
            return action;
    }
    return std::nullopt;
}

DemoResponse DemoWorkersApi::actions() const
{
    const QString sample =
        QString::fromUtf8(QJsonDocument(WorkerGenerator::sampleEvent()).toJson(QJsonDocument::Indented));
    QJsonArray list;
    list.append(QJsonObject {
        { QStringLiteral("action"),
          QJsonObject { { QStringLiteral("application"), QStringLiteral("runtime") },
                        { QStringLiteral("name"), QStringLiteral("AFTER_WORKLOAD_STATE_CHANGE") } } },
        { QStringLiteral("description"),
          QStringLiteral(
              "Runs after the state of a workload changes (images, Xray data, integrity, trust)") },
        { QStringLiteral("samplePayload"), sample },
        { QStringLiteral("sampleCode"), QString::fromLatin1(runtimeSampleCode) },
        { QStringLiteral("typesDefinitions"), QString::fromUtf8(WorkerGenerator::types()) },
        { QStringLiteral("supportProjects"), false },
        { QStringLiteral("mandatoryFilter"), false },
        { QStringLiteral("wikiUrl"),
          QStringLiteral("https://jfrog.com/help/r/jfrog-security-user-guide/products/runtime/"
                         "configure-runtime/workload-automation-service") },
        { QStringLiteral("async"), true },
        { QStringLiteral("executionRequestType"), QStringLiteral("AfterWorkloadStateChangeRequest") },
    });
    list.append(QJsonObject {
        { QStringLiteral("action"),
          QJsonObject { { QStringLiteral("application"), QStringLiteral("artifactory") },
                        { QStringLiteral("name"), QStringLiteral("BEFORE_DOWNLOAD") } } },
        { QStringLiteral("description"), QStringLiteral("Runs before an artifact is downloaded") },
        { QStringLiteral("samplePayload"),
          QStringLiteral("{\"metadata\":{\"repoPath\":{\"key\":\"example-repo-local\",\"path\":\"a/b\"}}}") },
        { QStringLiteral("sampleCode"),
          QStringLiteral(
              "export default async () => ({ status: 'DOWNLOAD_PROCEED', message: 'proceed' });\n") },
        { QStringLiteral("typesDefinitions"), QString() },
        { QStringLiteral("supportProjects"), true },
        { QStringLiteral("filterType"), QStringLiteral("FILTER_REPO") },
        { QStringLiteral("mandatoryFilter"), true },
        { QStringLiteral("wikiUrl"), QString() },
        { QStringLiteral("async"), false },
        { QStringLiteral("executionRequestType"), QStringLiteral("BeforeDownloadRequest") },
    });
    list.append(QJsonObject {
        { QStringLiteral("action"),
          QJsonObject { { QStringLiteral("application"), QStringLiteral("worker") },
                        { QStringLiteral("name"), QStringLiteral("GENERIC_EVENT") } } },
        { QStringLiteral("description"), QStringLiteral("Runs when called over HTTP") },
        { QStringLiteral("samplePayload"), QStringLiteral("{}") },
        { QStringLiteral("sampleCode"),
          QStringLiteral("export default async (context, data) => ({ message: 'proceed' });\n") },
        { QStringLiteral("typesDefinitions"), QString() },
        { QStringLiteral("supportProjects"), true },
        { QStringLiteral("mandatoryFilter"), false },
        { QStringLiteral("wikiUrl"), QString() },
        { QStringLiteral("async"), false },
        { QStringLiteral("executionRequestType"), QStringLiteral("GenericEventRequest") },
    });
    return DemoResponse::json(200, QJsonDocument(list));
}

DemoResponse DemoWorkersApi::optionsResponse() const
{
    const Options o = options();
    const QJsonObject edition { { QStringLiteral("maxCodeChars"), o.maxCodeChars },
                                { QStringLiteral("maxVersionNumberChars"), 64 },
                                { QStringLiteral("maxVersionCommitShaChars"), 128 },
                                { QStringLiteral("maxVersionDescriptionChars"), 256 } };
    return DemoResponse::json(
        200,
        QJsonDocument(QJsonObject {
            { QStringLiteral("edition"), edition },
            { QStringLiteral("minArtifactoryVersionForProjectSupport"), QStringLiteral("7.95.0") },
            { QStringLiteral("isTutorialAvailable"), false },
            { QStringLiteral("isFeedbackEnabled"), false },
            { QStringLiteral("isHistoryEnabled"), true },
            { QStringLiteral("shouldEncodeSourceCodeInBase64"), o.encodeSourceCodeInBase64 } }));
}

int DemoWorkersApi::historySize() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_history.size());
}

DemoResponse DemoWorkersApi::test(const QString &key, const DemoRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return DemoResponse::platformError(400, QStringLiteral("the request body is not a JSON object"));
    const QJsonObject body = document.object();
    const QString code = body.value(QLatin1StringView("code")).toString();
    const QString action = body.value(QLatin1StringView("action")).toString();
    const QJsonValue data = body.value(QLatin1StringView("data"));
    if (code.isEmpty() || !data.isObject())
        return DemoResponse::platformError(400, QStringLiteral("code and data are required"));
    if (!findAction({}, action))
        return DemoResponse::platformError(400, QStringLiteral("action %1 does not exist").arg(action));

    QMutexLocker lock(&m_mutex);
    QHash<QString, QString> secrets;
    if (const auto it = m_workers.constFind(key); it != m_workers.constEnd()) {
        for (auto s = it->secrets.begin(); s != it->secrets.end(); ++s)
            secrets.insert(s.key(), s.value());
    }
    for (const QJsonValue &staged : body.value(QLatin1StringView("stagedSecrets")).toArray())
        secrets.insert(staged.toObject().value(QLatin1StringView("key")).toString(),
                       staged.toObject().value(QLatin1StringView("value")).toString());

    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    QStringList logs;
    QString message = QStringLiteral("proceed");
    const auto rule =
        action == Rule::action ? WorkerGenerator::importWorker(code.toUtf8()).rule : std::nullopt;
    if (!rule) {
        logs.append(QStringLiteral(
            "[warn ] demo platform: only Runtime Desk workers are interpreted; this code was not run"));
    } else {
        const Evaluation evaluation = RuleEngine::evaluate(*rule, data.toObject());
        for (const ConditionVerdict &v : evaluation.conditions)
            logs.append(
                QStringLiteral("[info ] %1 %2 (saw %3)")
                    .arg(v.passed ? QStringLiteral("pass") : QStringLiteral("fail"), v.text, v.value));
        // Who the worker would know: the entries it embeds, then the platform's Access users (its
        // platformHttp client is admin-scoped).
        PlanContext context { start / 1000, {}, {} };
        for (const Person &person : WorkerGenerator::embeddedPeople(code.toUtf8()))
            context.people.insert(person.name, person);
        for (const QString &name : NotificationPlanner::peopleToResolve(*rule, EventView(data.toObject()))) {
            const auto user = context.people.contains(name) ? std::nullopt : DemoAccessUsers::find(name);
            if (user && !user->email.isEmpty())
                context.people.insert(name, { name, user->email, {}, {}, Person::Source::Platform });
        }
        const QList<PlannedCall> calls = NotificationPlanner::masked(
            NotificationPlanner::plan(*rule, data.toObject(), secrets, context), secrets);
        for (const QString &problem : NotificationPlanner::problems(*rule, secrets))
            logs.append(QStringLiteral("[warn ] ") + problem);
        for (const PlannedCall &call : calls)
            logs.append(QStringLiteral("[info ] %1: would send %2 %3 (%4 bytes)")
                            .arg(call.channel, QString::fromLatin1(call.method), call.url)
                            .arg(call.body.size()));
        message = NotificationPlanner::isDrill(data.toObject())
            ? QStringLiteral("drill: %1 notification(s) planned; the demo platform sends nothing")
                  .arg(calls.size())
            : !evaluation.fired
            ? QStringLiteral("not fired")
            : QStringLiteral("fired: %1 notification(s) planned; the demo platform sends nothing")
                  .arg(calls.size());
    }
    const QString joinedLogs = logs.join(u'\n') + u'\n';
    const QJsonObject result { { QStringLiteral("message"), message },
                               { QStringLiteral("executionStatus"), QStringLiteral("STATUS_SUCCESS") } };
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    m_history.append(QJsonObject {
        { QStringLiteral("workerKey"), key },
        { QStringLiteral("workerType"), action },
        { QStringLiteral("workerProjectKey"), QString() },
        { QStringLiteral("executionPayload"), data },
        { QStringLiteral("executionStatus"), QStringLiteral("STATUS_SUCCESS") },
        { QStringLiteral("executionResult"),
          QJsonObject { { QStringLiteral("result"), result },
                        { QStringLiteral("logs"), joinedLogs },
                        { QStringLiteral("workerStats"),
                          QJsonObject { { QStringLiteral("cpuTimeMillis"), end - start },
                                        { QStringLiteral("topMemoryUsageBytes"), 0 },
                                        { QStringLiteral("executionDurationMillis"), end - start } } } } },
        { QStringLiteral("startTimeMillis"), start },
        { QStringLiteral("endTimeMillis"), end },
        { QStringLiteral("triggeredBy"), QStringLiteral("demo-admin") },
        { QStringLiteral("testRun"), true },
        { QStringLiteral("executedVersion"), QStringLiteral("%1-demo-admin").arg(start) },
        { QStringLiteral("historyEntryId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("traceId"), QUuid::createUuid().toString(QUuid::Id128) },
    });
    return DemoResponse::json(
        200,
        QJsonDocument(QJsonObject { { QStringLiteral("logs"), joinedLogs }, { camelCase(action), result } }));
}

DemoResponse DemoWorkersApi::history(const DemoRequest &request) const
{
    QMutexLocker lock(&m_mutex);
    const QString key = request.query.queryItemValue(QStringLiteral("workerKey"));
    const bool withTests = request.query.queryItemValue(QStringLiteral("showTestRun")) == u"true";
    QJsonArray entries;
    for (qsizetype i = m_history.size() - 1; i >= 0; --i) { // newest first
        const QJsonObject entry = m_history[i].toObject();
        if (!key.isEmpty() && entry.value(QLatin1StringView("workerKey")).toString() != key)
            continue;
        if (!withTests && entry.value(QLatin1StringView("testRun")).toBool())
            continue;
        entries.append(entry);
    }
    return DemoResponse::json(200, QJsonDocument(entries));
}
