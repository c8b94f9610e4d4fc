#include "rulestore.h"

#include "logging.h"
#include "rulejson.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {
const QString columns = QStringLiteral("id, name, document, revision, created_at, updated_at, worker_key, "
                                       "deployed_revision, deployed_at, enabled");

StoredRule fromRow(const QSqlQuery &q)
{
    StoredRule s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    RuleJson::Result read = RuleJson::parse(q.value(2).toString().toUtf8());
    s.rule = read.rule;
    s.errors = read.errors;
    if (!read.errors.isEmpty())
        qCWarning(lcRules) << "stored rule" << s.id << "does not read:" << read.errors.constFirst();
    s.revision = q.value(3).toLongLong();
    s.createdAt = q.value(4).toLongLong();
    s.updatedAt = q.value(5).toLongLong();
    s.workerKey = q.value(6).toString();
    if (!q.value(7).isNull())
        s.deployedRevision = q.value(7).toLongLong();
    s.deployedAt = q.value(8).toLongLong();
    s.enabled = q.value(9).toInt() != 0;
    return s;
}
} // namespace

DeploymentState StoredRule::state() const
{
    if (!deployedRevision)
        return DeploymentState::Draft;
    if (*deployedRevision != revision)
        return DeploymentState::OutOfDate;
    return enabled ? DeploymentState::Enabled : DeploymentState::Deployed;
}

RuleStore::RuleStore(Database &db)
    : m_db(db)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

QString RuleStore::stateName(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Draft:
        return QStringLiteral("draft");
    case DeploymentState::Deployed:
        return QStringLiteral("deployed");
    case DeploymentState::Enabled:
        return QStringLiteral("enabled");
    case DeploymentState::OutOfDate:
        return QStringLiteral("out_of_date");
    }
    return {};
}

bool RuleStore::journal(const QString &id, const QString &action, const QString &detail)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO journal (at, subject, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_clock());
    q.addBindValue(QString(QStringLiteral("rule:") + id));
    q.addBindValue(action);
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail); // a null QString binds NULL
    return m_db.exec(q);
}

bool RuleStore::changed(QSqlQuery &query)
{
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

bool RuleStore::insert(const Rule &rule)
{
    return m_db.transaction([&] {
        const qint64 now = m_clock();
        QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO rules (id, name, document, revision, "
                                                  "created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)"));
        q.addBindValue(rule.id);
        q.addBindValue(rule.name);
        q.addBindValue(QString::fromUtf8(RuleJson::write(rule)));
        q.addBindValue(now);
        q.addBindValue(now);
        return m_db.exec(q) && journal(rule.id, QStringLiteral("create"), rule.name);
    });
}

bool RuleStore::update(const Rule &rule)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE rules SET name = ?, document = ?, updated_at = ?, "
                                                  "revision = revision + 1 WHERE id = ? AND document <> ?"));
        const QString document = QString::fromUtf8(RuleJson::write(rule));
        q.addBindValue(rule.name);
        q.addBindValue(document);
        q.addBindValue(m_clock());
        q.addBindValue(rule.id);
        q.addBindValue(document);
        if (!m_db.exec(q))
            return false;
        if (q.numRowsAffected() == 0) // unchanged, or no such rule
            return find(rule.id).has_value();
        return journal(rule.id, QStringLiteral("update"), rule.name);
    });
}

bool RuleStore::remove(const QString &id)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM rules WHERE id = ?"));
        q.addBindValue(id);
        return changed(q) && journal(id, QStringLiteral("delete"), QString());
    });
}

std::optional<StoredRule> RuleStore::find(const QString &id)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM rules WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QStringList RuleStore::idsStartingWith(const QString &prefix)
{
    // substr() rather than LIKE: an id prefix is data and must not act as a pattern.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM rules WHERE substr(id, 1, ?) = ? ORDER BY id"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    QStringList ids;
    if (m_db.exec(q)) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

QList<StoredRule> RuleStore::list()
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM rules ORDER BY name, id"));
    QList<StoredRule> rules;
    if (m_db.exec(q)) {
        while (q.next())
            rules.append(fromRow(q));
    }
    return rules;
}

bool RuleStore::markDeployed(const QString &id, const QString &workerKey, qint64 revision)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE rules SET worker_key = ?, deployed_revision = ?, deployed_at = ? WHERE id = ?"));
        q.addBindValue(workerKey);
        q.addBindValue(revision);
        q.addBindValue(m_clock());
        q.addBindValue(id);
        return changed(q) && journal(id, QStringLiteral("deploy"), workerKey);
    });
}

bool RuleStore::setEnabled(const QString &id, bool enabled)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("UPDATE rules SET enabled = ? WHERE id = ? AND deployed_revision IS NOT NULL"));
        q.addBindValue(enabled ? 1 : 0);
        q.addBindValue(id);
        return changed(q)
            && journal(id, enabled ? QStringLiteral("enable") : QStringLiteral("disable"), QString());
    });
}

bool RuleStore::markUndeployed(const QString &id)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE rules SET deployed_revision = NULL, deployed_at = NULL, enabled = 0 WHERE id = ?"));
        q.addBindValue(id);
        return changed(q) && journal(id, QStringLiteral("undeploy"), QString());
    });
}
