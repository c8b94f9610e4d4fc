#pragma once

#include "database.h"
#include "rule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Where a rule stands against the platform. Only the first is decided here; the deploy, enable,
// disable and remove commands record the others through markDeployed/setEnabled/markUndeployed.
enum class DeploymentState {
    Draft, // never deployed
    Deployed, // the worker is on the platform, disabled
    Enabled, // deployed and enabled: it fires
    OutOfDate, // deployed, but the rule changed since
};

struct StoredRule
{
    QString id;
    QString name;
    std::optional<Rule> rule; // nullopt when the stored document no longer reads (errors says why)
    QStringList errors;
    qint64 revision = 0; // +1 on every change of the document
    qint64 createdAt = 0; // unix ms
    qint64 updatedAt = 0;
    QString workerKey;
    std::optional<qint64> deployedRevision;
    qint64 deployedAt = 0;
    bool enabled = false;

    DeploymentState state() const;
};

// Rules in the local database (local schema v2). Every change is journalled in the same
// transaction (subject "rule:<id>"). Secret values are never stored: the document names them and
// the keychain holds them (RuleSecrets). Statements are bound, never built from data.
class RuleStore
{
public:
    explicit RuleStore(Database &db);

    // Fails (Constraint) when a rule with this id exists.
    bool insert(const Rule &rule);
    // Replaces the document; the revision goes up only when it changed.
    bool update(const Rule &rule);
    bool remove(const QString &id);
    std::optional<StoredRule> find(const QString &id);
    // Ids that start with `prefix` (a full id matches itself only).
    QStringList idsStartingWith(const QString &prefix);
    QList<StoredRule> list(); // by name, then id

    bool markDeployed(const QString &id, const QString &workerKey, qint64 revision);
    bool setEnabled(const QString &id, bool enabled);
    bool markUndeployed(const QString &id);

    const DbError &lastError() const { return m_db.lastError(); }
    // The local database the rules live in (their golden cases are there too).
    Database &database() const { return m_db; }
    // Milliseconds since the epoch; tests replace the clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    static QString stateName(DeploymentState state); // draft, deployed, enabled, out_of_date

private:
    bool journal(const QString &id, const QString &action, const QString &detail);
    bool changed(QSqlQuery &query);

    Database &m_db;
    std::function<qint64()> m_clock;
};
