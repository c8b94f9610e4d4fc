#include "drillcontroller.h"

#include "apiclient.h"
#include "database.h"
#include "drillrunner.h"
#include "rulescontroller.h"

#include <QDateTime>

DrillController::DrillController(Database *local, Dispatcher *dispatcher, SecretStore *secrets,
                                 ApiClient *client, RulesController *rules, QObject *parent)
    : QObject(parent)
    , m_db(local)
    , m_rules(rules)
{
    QPointer<ApiClient> platform(client);
    if (m_db)
        m_runner = new DrillRunner(
            *m_db, dispatcher, secrets, [platform] { return platform.data(); }, this);
    if (m_runner) {
        connect(m_runner, &DrillRunner::stepChanged, this, &DrillController::runningChanged);
        connect(m_runner, &DrillRunner::finished, this, [this](bool ok) {
            const DrillRunRecord &run = m_runner->result();
            setMessage(ok ? QString() : tr("The drill failed on %n channel(s)", "", run.failedCount()));
            Q_EMIT runningChanged();
            loadFailures();
            if (run.ruleId == m_ruleId)
                loadRule();
            Q_EMIT drillFinished(ok);
        });
    }
    if (m_rules)
        connect(m_rules, &RulesController::rulesChanged, this, &DrillController::loadFailures);
    loadFailures();
}

DrillController::~DrillController() = default;

void DrillController::setRuleId(const QString &ruleId)
{
    if (ruleId == m_ruleId)
        return;
    m_ruleId = ruleId;
    setMessage({});
    loadRule();
}

void DrillController::setSchedule(const QString &schedule)
{
    const auto cadence = DrillStore::cadenceFromName(schedule);
    if (!cadence || !m_db || m_ruleId.isEmpty() || schedule == m_schedule)
        return;
    if (!DrillStore(*m_db).setSchedule(m_ruleId, *cadence, QDateTime::currentMSecsSinceEpoch())) {
        setMessage(tr("The schedule was not saved: %1").arg(m_db->lastError().message));
        return;
    }
    m_schedule = schedule;
    Q_EMIT ruleChanged();
}

bool DrillController::running() const
{
    return m_runner && m_runner->isRunning();
}

QString DrillController::runningRuleId() const
{
    return running() ? m_runner->ruleId() : QString();
}

QString DrillController::progress() const
{
    if (!running())
        return {};
    const QString step = m_runner->step();
    if (step == u"secrets")
        return tr("Reading the channels' secrets…");
    if (step == u"sending")
        return tr("Sending the drill through every channel…");
    if (step == u"lookup")
        return tr("Looking up the deployed worker…");
    if (step == u"test")
        return tr("The deployed worker runs the drill on the platform…");
    if (step == u"history")
        return tr("Reading the worker's execution history…");
    return tr("Starting the drill…");
}

void DrillController::runNow()
{
    if (!m_runner || m_ruleId.isEmpty() || running())
        return;
    setMessage({});
    if (!m_runner->start(m_ruleId))
        setMessage(m_runner->result().message);
    Q_EMIT runningChanged();
}

void DrillController::refresh()
{
    loadFailures();
    loadRule();
}

void DrillController::loadRule()
{
    std::optional<DrillRunRecord> last;
    QString schedule = QStringLiteral("off");
    if (m_db && !m_ruleId.isEmpty()) {
        DrillStore store(*m_db);
        schedule = DrillStore::cadenceName(store.schedule(m_ruleId));
        last = store.last(m_ruleId);
    }
    m_schedule = schedule;
    m_hasReport = last.has_value();
    m_lastFailed = last && !last->ok;
    m_lastRunText = last
        ? tr("Last drill %1 (%2): %3")
              .arg(DrillReportModel::timeText(last->finishedAtMs),
                   last->path == u"platform" ? tr("through the deployed worker") : tr("sent from this desk"),
                   last->message)
        : QString();
    m_report.setChannels(last ? last->channels : QList<DrillChannelResult>());
    Q_EMIT ruleChanged();
    Q_EMIT reportChanged();
}

void DrillController::loadFailures()
{
    QSet<QString> failed;
    QStringList names;
    if (m_db) {
        const QHash<QString, DrillRunRecord> last = DrillStore(*m_db).lastOfEach();
        for (auto it = last.begin(); it != last.end(); ++it) {
            if (!it->ok)
                failed.insert(it.key());
        }
    }
    if (m_rules) {
        for (const StoredRule &rule : m_rules->rules()->rules()) {
            if (failed.contains(rule.id))
                names.append(rule.name);
        }
        m_rules->rules()->setDrillFailures(failed);
    }
    const QString text = failed.isEmpty()         ? QString()
        : failed.size() == 1 && names.size() == 1 ? tr("Drill failed: %1").arg(names.constFirst())
                                                  : tr("Drills failed on %n rule(s)", "", int(failed.size()));
    if (failed == m_failed && text == m_statusText)
        return;
    m_failed = failed;
    m_statusText = text;
    Q_EMIT failuresChanged();
}

void DrillController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}
