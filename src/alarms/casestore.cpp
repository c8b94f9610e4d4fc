#include "casestore.h"

#include "database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString toText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromText(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(v.toString());
    return list;
}

const QString columns = QStringLiteral(
    "SELECT id, rule_id, name, event, plan_time, expect_fire, expect_channels, expect_texts, created_at, "
    "updated_at FROM cases ");

} // namespace

CaseStore::CaseStore(Database &local)
    : m_db(local)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

bool CaseStore::journal(const QString &id, const QString &action, const QString &detail)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO journal (at, subject, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_clock());
    q.addBindValue(QString(QStringLiteral("case:") + id));
    q.addBindValue(action);
    q.addBindValue(Database::text(detail));
    return m_db.exec(q);
}

bool CaseStore::insert(GoldenCase c)
{
    c.createdAt = c.updatedAt = m_clock();
    return m_db.transaction([&] {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("INSERT INTO cases (id, rule_id, name, event, plan_time, "
                                        "expect_fire, expect_channels, expect_texts, "
                                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             { QVariant(c.id), QVariant(c.ruleId), Database::text(c.name),
               QVariant(QString::fromUtf8(QJsonDocument(c.event).toJson(QJsonDocument::Compact))),
               QVariant(c.planTime), QVariant(c.expectFire ? 1 : 0),
               c.expectChannels ? QVariant(toText(*c.expectChannels)) : QVariant(),
               QVariant(toText(c.expectTexts)), QVariant(c.createdAt), QVariant(c.updatedAt) })
            q.addBindValue(v);
        return m_db.exec(q) && journal(c.id, QStringLiteral("add"), c.ruleId);
    });
}

bool CaseStore::update(const GoldenCase &c)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE cases SET name = ?, event = ?, plan_time = ?, expect_fire = ?, expect_channels = ?, "
            "expect_texts = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &v :
             { Database::text(c.name),
               QVariant(QString::fromUtf8(QJsonDocument(c.event).toJson(QJsonDocument::Compact))),
               QVariant(c.planTime), QVariant(c.expectFire ? 1 : 0),
               c.expectChannels ? QVariant(toText(*c.expectChannels)) : QVariant(),
               QVariant(toText(c.expectTexts)), QVariant(m_clock()), QVariant(c.id) })
            q.addBindValue(v);
        return m_db.exec(q) && q.numRowsAffected() == 1 && journal(c.id, QStringLiteral("update"), c.ruleId);
    });
}

bool CaseStore::remove(const QString &id)
{
    return m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
        q.addBindValue(id);
        return m_db.exec(q) && q.numRowsAffected() == 1 && journal(id, QStringLiteral("remove"), {});
    });
}

QList<GoldenCase> CaseStore::select(const QString &where, const QVariantList &values)
{
    QSqlQuery q = m_db.prepare(columns + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<GoldenCase> list;
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        GoldenCase c;
        c.id = q.value(0).toString();
        c.ruleId = q.value(1).toString();
        c.name = q.value(2).toString();
        c.event = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        c.planTime = q.value(4).toLongLong();
        c.expectFire = q.value(5).toInt() == 1;
        if (!q.value(6).isNull())
            c.expectChannels = fromText(q.value(6).toString());
        c.expectTexts = fromText(q.value(7).toString());
        c.createdAt = q.value(8).toLongLong();
        c.updatedAt = q.value(9).toLongLong();
        list.append(c);
    }
    return list;
}

std::optional<GoldenCase> CaseStore::find(const QString &id)
{
    const QList<GoldenCase> list = select(QStringLiteral("WHERE id = ?"), { id });
    return list.isEmpty() ? std::nullopt : std::optional<GoldenCase>(list.constFirst());
}

QList<GoldenCase> CaseStore::forRule(const QString &ruleId)
{
    return select(QStringLiteral("WHERE rule_id = ? ORDER BY name, id"), { ruleId });
}

QList<GoldenCase> CaseStore::all()
{
    return select(QStringLiteral("ORDER BY rule_id, name, id"), {});
}

QStringList CaseStore::idsStartingWith(const QString &prefix)
{
    // Bound as a range, not LIKE: an id prefix is data.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE substr(id, 1, ?) = ? ORDER BY id"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    QStringList ids;
    if (m_db.exec(q)) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}
