#pragma once

#include "goldencase.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// Golden cases in the local database (table `cases`, Migrations::localAlarms). A case goes with its
// rule: removing the rule removes its cases (ON DELETE CASCADE). Every change is journalled
// (subject "case:<id>") in the same transaction. Bound statements only.
class CaseStore
{
public:
    explicit CaseStore(Database &local);

    bool
    insert(GoldenCase c); // fills created/updated; fails (Constraint) when the id or the rule does not fit
    bool update(const GoldenCase &c);
    bool remove(const QString &id);
    std::optional<GoldenCase> find(const QString &id);
    QList<GoldenCase> forRule(const QString &ruleId); // by name
    QList<GoldenCase> all(); // by rule, then name
    QStringList idsStartingWith(const QString &prefix);
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    QList<GoldenCase> select(const QString &where, const QVariantList &values);
    bool journal(const QString &id, const QString &action, const QString &detail);

    Database &m_db;
    std::function<qint64()> m_clock;
};
