// The texts keep the translation contexts they were written in ("HarnessVariants",
// "HarnessController"), so their translations still match.
#include "goldencasemodel.h"

#include "alarmharness.h"
#include "caserunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

GoldenCaseModel::GoldenCaseModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void GoldenCaseModel::reload(AlarmHarness *alarms, const QList<StoredRule> &rules)
{
    beginResetModel();
    m_entries.clear();
    if (alarms) {
        for (const StoredRule &stored : rules) {
            for (const GoldenCase &c : alarms->cases(stored.id)) {
                const QStringList failures = stored.rule ? CaseRunner::failures(c, *stored.rule)
                                                         : QStringList { QCoreApplication::translate(
                                                             "HarnessController", "the rule does not read") };
                m_entries.append({ c, stored.name, failures });
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void GoldenCaseModel::setMessage(const QString &message, bool failed)
{
    m_message = message;
    m_messageFailed = failed;
    Q_EMIT messageChanged();
}

bool GoldenCaseModel::allPass() const
{
    return std::all_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return e.failures.isEmpty(); });
}

QString GoldenCaseModel::summary() const
{
    const int total = int(m_entries.size());
    const int failed = int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                         [](const Entry &e) { return !e.failures.isEmpty(); }));
    if (total == 0)
        return QCoreApplication::translate(
            "HarnessController", "No golden cases yet: simulate, then “Save as golden case” on a rule");
    return failed == 0
        ? QCoreApplication::translate("HarnessController", "All %n case(s) pass", nullptr, total)
        : QCoreApplication::translate("HarnessController",
                                      "%1 of %n case(s) fail: their rules cannot be deployed", nullptr, total)
              .arg(failed);
}

QString GoldenCaseModel::expectation(bool fires, const std::optional<QStringList> &channels)
{
    if (!fires)
        return tr("stays quiet");
    if (!channels)
        return tr("fires");
    return channels->isEmpty() ? tr("fires, sends nothing")
                               : tr("fires, sends to %1").arg(channels->join(QStringLiteral(", ")));
}

int GoldenCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant GoldenCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    const GoldenCase &c = e.goldenCase;
    switch (role) {
    case CaseIdRole:
        return c.id;
    case NameRole:
        return c.name;
    case RuleIdRole:
        return c.ruleId;
    case RuleNameRole:
        return e.ruleName;
    case PassedRole:
        return e.failures.isEmpty();
    case ReasonsRole:
        return e.failures;
    case ExpectationRole:
        return expectation(c.expectFire, c.expectChannels);
    case TextsRole:
        return c.expectTexts;
    case SavedAtRole:
        return c.updatedAt > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.updatedAt).toLocalTime(),
                                                    QLocale::ShortFormat)
                               : QString();
    }
    return {};
}

QHash<int, QByteArray> GoldenCaseModel::roleNames() const
{
    return { { CaseIdRole, "caseId" },           { NameRole, "name" },     { RuleIdRole, "ruleId" },
             { RuleNameRole, "ruleName" },       { PassedRole, "passed" }, { ReasonsRole, "reasons" },
             { ExpectationRole, "expectation" }, { TextsRole, "texts" },   { SavedAtRole, "savedAt" } };
}
