#include "platformrunmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

PlatformRunModel::PlatformRunModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PlatformRunModel::begin(const QString &ruleId, const QString &workerKey, const QString &event,
                             const QString &refusal)
{
    beginResetModel();
    m_result = {};
    m_ruleId = ruleId;
    m_workerKey = workerKey;
    m_event = event;
    m_step.clear();
    m_message = refusal;
    m_running = refusal.isEmpty();
    m_ran = false;
    endResetModel();
    Q_EMIT runChanged();
}

void PlatformRunModel::setStep(bool running, const QString &step)
{
    m_running = running;
    m_step = step;
    Q_EMIT runChanged();
}

void PlatformRunModel::finish(const PlatformTestRun::Result &result)
{
    beginResetModel();
    m_result = result;
    m_running = false;
    m_step.clear();
    m_ran = result.ok;
    m_message = result.message;
    endResetModel();
    Q_EMIT runChanged();
}

QString PlatformRunModel::result() const
{
    return m_result.ok
        ? QString::fromUtf8(QJsonDocument(m_result.test.result).toJson(QJsonDocument::Indented))
        : QString();
}

int PlatformRunModel::testRuns() const
{
    return int(std::count_if(m_result.history.cbegin(), m_result.history.cend(),
                             [](const WorkerHistoryEntry &e) { return e.testRun; }));
}

int PlatformRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.history.size());
}

QVariant PlatformRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.history.size())
        return {};
    const WorkerHistoryEntry &e = m_result.history.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.historyEntryId;
    case StatusRole:
        return e.executionStatus;
    case TestRunRole:
        return e.testRun;
    case AtRole:
        return e.startTimeMillis > 0 ? QLocale().toString(
                   QDateTime::fromMSecsSinceEpoch(e.startTimeMillis).toLocalTime(), QLocale::ShortFormat)
                                     : QString();
    case DurationRole:
        return std::max<qint64>(0, e.endTimeMillis - e.startTimeMillis);
    case TriggeredByRole:
        return e.triggeredBy;
    case VersionRole:
        return e.executedVersion;
    case MessageRole: {
        // The entry may hold the worker's own result under "result": its message is there.
        const QJsonObject result = e.result.value(QLatin1StringView("result")).isObject()
            ? e.result.value(QLatin1StringView("result")).toObject()
            : e.result;
        return result.value(QLatin1StringView("message")).toString();
    }
    case LogsRole:
        return e.logs;
    }
    return {};
}

QHash<int, QByteArray> PlatformRunModel::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { StatusRole, "status" },       { TestRunRole, "testRun" },
             { AtRole, "at" },           { DurationRole, "durationMs" }, { TriggeredByRole, "triggeredBy" },
             { VersionRole, "version" }, { MessageRole, "message" },     { LogsRole, "logs" } };
}
