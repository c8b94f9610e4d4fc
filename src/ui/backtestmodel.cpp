// The summaries keep the translation context "HarnessVariants", where they were written first.
#include "backtestmodel.h"

#include <QCoreApplication>
#include <QLocale>

BacktestModel::BacktestModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void BacktestModel::setResult(const BacktestResult &result, const QString &ruleId, const QString &ruleName)
{
    beginResetModel();
    m_result = result;
    m_ruleId = ruleId;
    m_ruleName = ruleName;
    m_ran = true;
    endResetModel();
    Q_EMIT resultChanged();
}

void BacktestModel::setError(const QString &error)
{
    BacktestResult failed;
    failed.error = error;
    setResult(failed, QString(), QString());
}

QString BacktestModel::summary() const
{
    if (!m_result.error.isEmpty())
        return m_result.error;
    if (m_result.generations.size() < 2)
        return QCoreApplication::translate(
            "HarnessVariants",
            "Only one synced generation is kept: sync again later to have changes to replay");
    return QCoreApplication::translate("HarnessVariants", "%Ln alarm(s) over %1 change(s) between %2 syncs",
                                       nullptr, int(m_result.alarms.size()))
        .arg(QLocale().toString(m_result.changedTags))
        .arg(m_result.generations.size());
}

int BacktestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.alarms.size());
}

QVariant BacktestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.alarms.size())
        return {};
    const BacktestAlarm &a = m_result.alarms.at(index.row());
    switch (role) {
    case GenerationRole:
        return a.generation;
    case AtRole:
        return a.at.isValid() ? QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat) : QString();
    case WorkloadRole:
        return a.workload;
    case TagRole:
        return a.tagReference;
    case ChangesRole:
        return a.changes;
    case WhyRole:
        return a.why;
    case ChannelsRole:
        return a.channels;
    }
    return {};
}

QHash<int, QByteArray> BacktestModel::roleNames() const
{
    return { { GenerationRole, "generation" }, { AtRole, "at" },
             { WorkloadRole, "workload" },     { TagRole, "tag" },
             { ChangesRole, "changes" },       { WhyRole, "why" },
             { ChannelsRole, "channels" } };
}
