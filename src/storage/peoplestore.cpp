#include "peoplestore.h"

#include "database.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT name, email, slack_id, team, source, status, groups, resolved_at, reason FROM people");

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.name = q.value(0).toString();
    p.email = q.value(1).toString();
    p.slackId = q.value(2).toString();
    p.team = q.value(3).toString();
    p.source = Person::sourceFromName(q.value(4).toString()).value_or(Person::Source::Unresolved);
    p.status = q.value(5).toString();
    for (const QJsonValue &group : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        p.groups.append(group.toString());
    if (!q.value(7).isNull())
        p.resolvedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    p.reason = q.value(8).toString();
    return p;
}

} // namespace

PeopleStore::PeopleStore(Database &db)
    : m_db(db)
{ }

bool PeopleStore::upsert(const Person &person, bool *kept)
{
    if (kept)
        *kept = false;
    if (const QString problem = person.problem(); !problem.isEmpty()) {
        qCWarning(lcDb) << "people: refused an entry:" << problem;
        return false;
    }
    // yours replaces anything; platform replaces platform and unresolved; unresolved only unresolved.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO people (name, email, slack_id, team, source, status, groups, resolved_at, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET email = excluded.email, "
        "slack_id = excluded.slack_id, team = excluded.team, source = excluded.source, status = "
        "excluded.status, groups = excluded.groups, resolved_at = excluded.resolved_at, reason = "
        "excluded.reason WHERE excluded.source = 'yours' OR (excluded.source = 'platform' AND "
        "people.source <> 'yours') OR people.source = 'unresolved'"));
    q.addBindValue(person.name);
    q.addBindValue(Database::text(person.email));
    q.addBindValue(Database::text(person.slackId));
    q.addBindValue(Database::text(person.team));
    q.addBindValue(Person::sourceName(person.source));
    q.addBindValue(Database::text(person.status));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(person.groups)).toJson(QJsonDocument::Compact)));
    q.addBindValue(person.resolvedAt.isValid() ? QVariant(person.resolvedAt.toMSecsSinceEpoch())
                                               : QVariant());
    q.addBindValue(Database::text(person.reason));
    if (!m_db.exec(q))
        return false;
    if (kept)
        *kept = q.numRowsAffected() > 0;
    return true;
}

bool PeopleStore::importYours(const QList<Person> &people)
{
    return m_db.transaction([&] {
        for (Person person : people) {
            person.source = Person::Source::Yours;
            if (!upsert(person))
                return false;
        }
        return true;
    });
}

bool PeopleStore::remove(const QString &name)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM people WHERE name = ?"));
    q.addBindValue(name);
    return m_db.exec(q);
}

std::optional<Person> PeopleStore::person(const QString &name)
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return personFrom(q);
}

QList<Person> PeopleStore::all()
{
    QList<Person> list;
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" ORDER BY name"));
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list.append(personFrom(q));
    return list;
}

QHash<QString, Person> PeopleStore::byName(const QString &where)
{
    QHash<QString, Person> found;
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE ") + where);
    if (!m_db.exec(q))
        return found;
    while (q.next()) {
        Person p = personFrom(q);
        found.insert(p.name, p);
    }
    return found;
}

QHash<QString, Person> PeopleStore::directory()
{
    return byName(QStringLiteral("source <> 'unresolved'"));
}

QHash<QString, Person> PeopleStore::yours()
{
    return byName(QStringLiteral("source = 'yours'"));
}

QStringList PeopleStore::unresolvedNames()
{
    QStringList names;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT name FROM people WHERE source = 'unresolved' ORDER BY name"));
    if (!m_db.exec(q))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}
