#include "drillrunner.h"

#include "apiclient.h"
#include "deliveryresult.h"
#include "dispatcher.h"
#include "displaytext.h"
#include "logging.h"
#include "notificationplanner.h"
#include "peoplestore.h"
#include "platformtestrun.h"
#include "rulejson.h"
#include "rulesecrets.h"
#include "rulestore.h"
#include "workergenerator.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qsizetype maxVerdict = 300; // one line of a report

// A verdict comes from the platform or an endpoint: shown as data, one line.
QString oneLine(const QString &text)
{
    return DisplayText::cell(text.simplified(), int(maxVerdict));
}

} // namespace

DrillRunner::DrillRunner(Database &local, Dispatcher *dispatcher, SecretStore *secrets,
                         PlatformProvider platform, QObject *parent)
    : QObject(parent)
    , m_db(local)
    , m_dispatcher(dispatcher)
    , m_secrets(secrets)
    , m_platform(std::move(platform))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (m_dispatcher)
        connect(m_dispatcher, &Dispatcher::batchFinished, this, &DrillRunner::batchDone);
}

DrillRunner::~DrillRunner()
{
    if (m_dispatcher && !m_batch.isEmpty())
        m_dispatcher->cancel(m_batch);
}

QJsonObject DrillRunner::drillEvent(const QString &runTag)
{
    QJsonObject event = WorkerGenerator::sampleEvent();
    event.insert(NotificationPlanner::drillKey, true);
    event.insert(QStringLiteral("runtime_desk_drill_run"), runTag);
    return event;
}

QString DrillRunner::codeProblem(const QString &code)
{
    if (code.contains(NotificationPlanner::drillKey))
        return {};
    return tr("the deployed worker predates drills and would treat the drill as a real event: deploy "
              "the rule again");
}

QList<DrillChannelResult> DrillRunner::readLogs(const Rule &rule, const QString &logs)
{
    // "[info ] - slack: HTTP 200" on the platform; the level tag is not ours, the rest is the worker's.
    static const QRegularExpression level(QStringLiteral("^\\s*\\[\\s*[A-Za-z]+\\s*\\]\\s*(-\\s*)?"));
    static const QRegularExpression http(QStringLiteral("^HTTP ([0-9]{3})$"));
    QStringList lines = logs.split(u'\n');
    for (QString &line : lines)
        line.remove(level);
    QList<DrillChannelResult> out;
    for (const RuleChannel &ch : rule.channels) {
        DrillChannelResult result { ch.id, RuleJson::channelTypeName(ch.type), false, 0, {}, 0 };
        const QString prefix = ch.id + QStringLiteral(": ");
        for (const QString &line : std::as_const(lines)) {
            if (!line.startsWith(prefix))
                continue;
            const QString rest = line.mid(prefix.size()).trimmed();
            const auto match = http.match(rest);
            if (match.hasMatch()) {
                result.httpStatus = match.captured(1).toInt();
                result.delivered = result.httpStatus >= 200 && result.httpStatus < 300;
                result.verdict = result.delivered
                    ? tr("delivered (HTTP %1)").arg(result.httpStatus)
                    : tr("the endpoint answered HTTP %1").arg(result.httpStatus);
            } else {
                result.verdict = oneLine(rest);
            }
            break;
        }
        if (result.verdict.isEmpty())
            result.verdict =
                tr("the worker made no call on this channel (is its secret set on the platform?)");
        out.append(result);
    }
    return out;
}

bool DrillRunner::start(const QString &ruleId)
{
    if (m_running)
        return false;
    m_run = {};
    m_run.ruleId = ruleId;
    m_run.startedAtMs = m_clock();
    m_requestChannel.clear();
    m_batch.clear();
    RuleStore store(m_db);
    const std::optional<StoredRule> stored = store.find(ruleId);
    if (!stored || !stored->rule) {
        m_run.message = stored
            ? tr("the rule does not read: %1").arg(stored->errors.join(QStringLiteral("; ")))
            : tr("no rule %1").arg(ruleId);
        return false;
    }
    m_rule = *stored->rule;
    m_event = drillEvent(QStringLiteral("%1-%2").arg(ruleId.left(8)).arg(m_run.startedAtMs));
    m_running = true;
    const bool deployed = stored->state() != DeploymentState::Draft && !stored->workerKey.isEmpty();
    if (deployed)
        runOnPlatform(stored->workerKey);
    else
        runDirect();
    return true;
}

void DrillRunner::runDirect()
{
    m_run.path = QStringLiteral("direct");
    setStep(QStringLiteral("secrets"));
    QHash<QString, QString> secrets;
    QString keychainError;
    if (m_secrets)
        secrets = RuleSecrets::read(*m_secrets, m_rule, nullptr, &keychainError);
    const qint64 now = m_run.startedAtMs / 1000;
    const QList<PlannedCall> calls =
        NotificationPlanner::plan(m_rule, m_event, secrets, { now, {}, PeopleStore(m_db).directory() });
    QList<DispatchRequest> requests;
    for (const RuleChannel &ch : std::as_const(m_rule.channels)) {
        DrillChannelResult result { ch.id, RuleJson::channelTypeName(ch.type), false, 0, {}, 0 };
        const auto call = std::find_if(calls.begin(), calls.end(),
                                       [&](const PlannedCall &c) { return c.channel == ch.id; });
        if (call == calls.end()) {
            Rule alone = m_rule;
            alone.channels = { ch };
            const QStringList problems = NotificationPlanner::problems(alone, secrets);
            result.verdict = !keychainError.isEmpty()
                ? tr("the keychain did not answer: %1").arg(keychainError)
                : !problems.isEmpty() ? problems.join(QStringLiteral("; "))
                                      : tr("no call: the channel has no recipient for this event");
        } else {
            m_requestChannel.append(int(m_run.channels.size()));
            requests.append(DispatchRequest { m_rule.id, m_rule.name, ch.type, *call });
        }
        m_run.channels.append(result);
    }
    if (requests.isEmpty() || !m_dispatcher) {
        end(tr("nothing was sent"));
        return;
    }
    setStep(QStringLiteral("sending"));
    m_batch = m_dispatcher->send(requests);
}

void DrillRunner::batchDone(const QString &batch, const QList<DeliveryResult> &results)
{
    if (batch != m_batch || !m_running)
        return;
    m_batch.clear();
    for (qsizetype i = 0; i < results.size() && i < m_requestChannel.size(); ++i) {
        DrillChannelResult &c = m_run.channels[m_requestChannel[i]];
        c.delivered = results[i].delivered();
        c.httpStatus = results[i].httpStatus;
        c.verdict = oneLine(results[i].message);
    }
    end({});
}

void DrillRunner::runOnPlatform(const QString &workerKey)
{
    m_run.path = QStringLiteral("platform");
    setStep(QStringLiteral("lookup"));
    ApiClient *client = m_platform ? m_platform() : nullptr;
    delete m_test;
    m_test = new PlatformTestRun(client, this);
    m_test->setCodeCheck(&DrillRunner::codeProblem);
    connect(m_test, &PlatformTestRun::stepChanged, this, [this] {
        if (!m_test->step().isEmpty())
            setStep(m_test->step());
    });
    connect(m_test, &PlatformTestRun::finished, this, [this](bool ok) {
        const PlatformTestRun::Result &r = m_test->result();
        if (ok) {
            m_run.channels = readLogs(m_rule, r.test.logs);
        } else {
            for (const RuleChannel &ch : std::as_const(m_rule.channels))
                m_run.channels.append(DrillChannelResult { ch.id, RuleJson::channelTypeName(ch.type), false,
                                                           0, oneLine(r.message), 0 });
        }
        end(oneLine(r.message));
    });
    m_test->start(workerKey, m_event);
}

void DrillRunner::setStep(const QString &step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void DrillRunner::end(const QString &message)
{
    m_run.finishedAtMs = m_clock();
    m_run.ok = !m_run.channels.isEmpty() && m_run.failedCount() == 0;
    const int delivered = int(m_run.channels.size()) - m_run.failedCount();
    const QString summary = tr("%1 of %2 channels delivered").arg(delivered).arg(m_run.channels.size());
    m_run.message = message.isEmpty() ? summary : summary + QStringLiteral(": ") + message;
    DrillStore store(m_db);
    if (!store.record(&m_run))
        qCWarning(lcAlarms) << "the drill of" << m_run.ruleId << "was not recorded";
    m_running = false;
    setStep({});
    Q_EMIT finished(m_run.ok);
}
