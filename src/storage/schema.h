#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// An ordered list of migrations. Migration n brings a database from user_version n-1 to n; it
// runs in one transaction together with the user_version bump.
class Schema
{
public:
    struct Migration
    {
        int version;
        QString name;
        QStringList statements;
        // Work SQL alone cannot do (re-encoding rows with our own code), run after the statements
        // in the same transaction; false rolls the whole migration back.
        std::function<bool(Database &)> upgrade = {};
    };

    Schema(QString name, QList<Migration> migrations);
    const QString &name() const { return m_name; }
    const QList<Migration> &migrations() const { return m_migrations; }
    int currentVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version; }
    // The first `version` migrations only: for building fixtures of earlier schemas in tests.
    Schema upTo(int version) const;

    // The rebuildable inventory cache (image tags, workloads, clusters, generations).
    static const Schema &cache();
    // Data that exists nowhere else: triage, notes, journal, outbox, rules, cases, delivery log.
    static const Schema &local();

private:
    QString m_name;
    QList<Migration> m_migrations;
};
