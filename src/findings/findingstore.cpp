#include "findingstore.h"

#include "displaytext.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {
const QString findingColumns =
    QStringLiteral("subject, registry, repository_path, name, tag, digest, status, "
                   "accepted_until, ticket_tracker, ticket_key, ticket_url, created_at, "
                   "updated_at");

Finding findingFromRow(const QSqlQuery &q)
{
    Finding f;
    f.subject = q.value(0).toString();
    f.registry = q.value(1).toString();
    f.repositoryPath = q.value(2).toString();
    f.name = q.value(3).toString();
    f.tag = q.value(4).toString();
    f.digest = q.value(5).toString();
    f.status = Triage::fromName(q.value(6).toString()).value_or(Triage::Status::New);
    f.acceptedUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    f.ticketTracker = q.value(8).toString();
    f.ticketKey = q.value(9).toString();
    f.ticketUrl = q.value(10).toString();
    f.createdAt = q.value(11).toLongLong();
    f.updatedAt = q.value(12).toLongLong();
    f.stored = true;
    return f;
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
} // namespace

namespace Triage {

QString name(Status status)
{
    switch (status) {
    case Status::New:
        return QStringLiteral("new");
    case Status::Investigating:
        return QStringLiteral("investigating");
    case Status::Ticketed:
        return QStringLiteral("ticketed");
    case Status::Accepted:
        return QStringLiteral("accepted");
    case Status::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<Status> fromName(const QString &text)
{
    for (Status s :
         { Status::New, Status::Investigating, Status::Ticketed, Status::Accepted, Status::Resolved }) {
        if (name(s) == text)
            return s;
    }
    return std::nullopt;
}

QStringList names()
{
    return { QStringLiteral("new"), QStringLiteral("investigating"), QStringLiteral("ticketed"),
             QStringLiteral("accepted"), QStringLiteral("resolved") };
}

} // namespace Triage

FindingStore::FindingStore(Database &db)
    : m_db(db)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

QString FindingStore::subjectOf(const ImageTag &tag)
{
    return QStringLiteral("tag:") + tag.key();
}

QString FindingStore::legacySubjectOf(const ImageTag &tag)
{
    const QChar us(0x1f);
    return QStringLiteral("tag:") + tag.registry + us + tag.repositoryPath + us + tag.name + us + tag.tag;
}

bool FindingStore::hasLegacy(const ImageTag &tag)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM findings WHERE subject = ? AND (digest = ? OR digest = '') AND NOT EXISTS "
        "(SELECT 1 FROM findings n WHERE n.subject = ?)"));
    q.addBindValue(legacySubjectOf(tag));
    q.addBindValue(Database::text(tag.digest));
    q.addBindValue(subjectOf(tag));
    return m_db.exec(q) && q.next();
}

// Moves a finding keyed the way findings were before rows had architecture and digest in their identity
// to the row it was made about: the row with the digest it recorded (any row of the tag when it recorded
// none). Notes, journal and outbox follow. Runs inside the caller's transaction.
bool FindingStore::moveLegacy(const ImageTag &tag)
{
    if (!hasLegacy(tag))
        return true;
    const QString from = legacySubjectOf(tag);
    const QString to = subjectOf(tag);
    QSqlQuery copy =
        m_db.prepare(QStringLiteral("INSERT INTO findings (") + findingColumns
                     + QStringLiteral(") SELECT ?, registry, repository_path, name, tag, digest, status, "
                                      "accepted_until, ticket_tracker, ticket_key, ticket_url, created_at, "
                                      "updated_at FROM findings WHERE subject = ?"));
    copy.addBindValue(to);
    copy.addBindValue(from);
    if (!m_db.exec(copy))
        return false;
    for (const char *table : { "notes", "journal", "outbox" }) {
        QSqlQuery move = m_db.prepare(
            QStringLiteral("UPDATE %1 SET subject = ? WHERE subject = ?").arg(QLatin1StringView(table)));
        move.addBindValue(to);
        move.addBindValue(from);
        if (!m_db.exec(move))
            return false;
    }
    QSqlQuery drop = m_db.prepare(QStringLiteral("DELETE FROM findings WHERE subject = ?"));
    drop.addBindValue(from);
    return m_db.exec(drop);
}

bool FindingStore::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<Finding> FindingStore::find(const QString &subject)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + findingColumns
                               + QStringLiteral(" FROM findings WHERE subject = ?"));
    q.addBindValue(subject);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return findingFromRow(q);
}

Finding FindingStore::finding(const ImageTag &tag)
{
    if (hasLegacy(tag))
        m_db.transaction([&] { return moveLegacy(tag); }); // on failure the finding stays where it was
    if (auto stored = find(subjectOf(tag)))
        return *stored;
    Finding f;
    f.subject = subjectOf(tag);
    f.registry = tag.registry;
    f.repositoryPath = tag.repositoryPath;
    f.name = tag.name;
    f.tag = tag.tag;
    f.digest = tag.digest;
    return f;
}

// Creates the finding row on first use and records the digest the analyst is looking at now.
bool FindingStore::ensure(const ImageTag &tag)
{
    if (!moveLegacy(tag))
        return false;
    const qint64 now = m_clock();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO findings (subject, registry, repository_path, name, tag, digest, created_at, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE SET digest = excluded.digest "
        "WHERE excluded.digest <> ''"));
    q.addBindValue(subjectOf(tag));
    q.addBindValue(Database::text(tag.registry));
    q.addBindValue(Database::text(tag.repositoryPath));
    q.addBindValue(Database::text(tag.name));
    q.addBindValue(Database::text(tag.tag));
    q.addBindValue(Database::text(tag.digest));
    q.addBindValue(now);
    q.addBindValue(now);
    return m_db.exec(q);
}

bool FindingStore::journal(const QString &subject, const QString &action, const QString &detail)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO journal (at, subject, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(m_clock());
    q.addBindValue(subject);
    q.addBindValue(action);
    q.addBindValue(Database::text(detail));
    return m_db.exec(q);
}

bool FindingStore::setStatus(const ImageTag &tag, Triage::Status status, const QDate &acceptedUntil,
                             QString *error)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock()).date();
    if (status == Triage::Status::Accepted) {
        if (!acceptedUntil.isValid())
            return fail(
                error, QStringLiteral("accepted needs a date until which the risk is accepted (YYYY-MM-DD)"));
        if (acceptedUntil < today)
            return fail(error,
                        QStringLiteral("the acceptance date %1 is in the past")
                            .arg(acceptedUntil.toString(Qt::ISODate)));
    }
    const QString until =
        status == Triage::Status::Accepted ? acceptedUntil.toString(Qt::ISODate) : QString();
    const QString subject = subjectOf(tag);
    const bool ok = m_db.transaction([&] {
        if (!ensure(tag))
            return false;
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE findings SET status = ?, accepted_until = ?, updated_at = ? WHERE subject = ?"));
        q.addBindValue(Triage::name(status));
        q.addBindValue(nullableText(until));
        q.addBindValue(m_clock());
        q.addBindValue(subject);
        const QString detail =
            until.isEmpty() ? Triage::name(status) : Triage::name(status) + QStringLiteral(" until ") + until;
        return m_db.exec(q)
            && journal(subject, QStringLiteral("status"), detail + QStringLiteral(" @ ") + tag.digest);
    });
    return ok || fail(error, m_db.lastError().message);
}

qint64 FindingStore::addNote(const ImageTag &tag, const QString &markdown, QString *error)
{
    const QString text = markdown.trimmed();
    if (text.isEmpty())
        return fail(error, QStringLiteral("the note is empty")), 0;
    if (text.size() > maxNoteLength)
        return fail(error, QStringLiteral("the note is longer than %1 characters").arg(maxNoteLength)), 0;
    const QString subject = subjectOf(tag);
    qint64 id = 0;
    const bool ok = m_db.transaction([&] {
        if (!ensure(tag))
            return false;
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO notes (subject, markdown, digest, created_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(subject);
        q.addBindValue(text);
        q.addBindValue(Database::text(tag.digest));
        q.addBindValue(m_clock());
        if (!m_db.exec(q))
            return false;
        id = q.lastInsertId().toLongLong();
        return journal(subject, QStringLiteral("note"),
                       QStringLiteral("#%1: %2").arg(id).arg(DisplayText::cell(text, 80)));
    });
    if (!ok)
        return fail(error, m_db.lastError().message), 0;
    return id;
}

bool FindingStore::editNote(qint64 noteId, const QString &markdown, QString *error)
{
    const QString text = markdown.trimmed();
    if (text.isEmpty())
        return fail(error, QStringLiteral("the note is empty"));
    if (text.size() > maxNoteLength)
        return fail(error, QStringLiteral("the note is longer than %1 characters").arg(maxNoteLength));
    const QString subject = subjectOfNote(noteId);
    if (subject.isEmpty())
        return fail(error, QStringLiteral("there is no note %1").arg(noteId));
    const bool ok = m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("UPDATE notes SET markdown = ?, edited_at = ? WHERE id = ? AND markdown <> ?"));
        q.addBindValue(text);
        q.addBindValue(m_clock());
        q.addBindValue(noteId);
        q.addBindValue(text);
        if (!m_db.exec(q))
            return false;
        if (q.numRowsAffected() == 0)
            return true; // unchanged: nothing to journal
        return journal(subject, QStringLiteral("note-edit"),
                       QStringLiteral("#%1: %2").arg(noteId).arg(DisplayText::cell(text, 80)));
    });
    return ok || fail(error, m_db.lastError().message);
}

QList<FindingNote> FindingStore::notes(const QString &subject)
{
    QList<FindingNote> list;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, markdown, digest, created_at, coalesce(edited_at, "
                                              "0) FROM notes WHERE subject = ? ORDER BY created_at, id"));
    q.addBindValue(subject);
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toLongLong() });
    return list;
}

std::optional<FindingNote> FindingStore::note(qint64 noteId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, markdown, digest, created_at, coalesce(edited_at, 0) FROM notes WHERE id = ?"));
    q.addBindValue(noteId);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return FindingNote { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong(), q.value(4).toLongLong() };
}

QString FindingStore::subjectOfNote(qint64 noteId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT subject FROM notes WHERE id = ?"));
    q.addBindValue(noteId);
    if (!m_db.exec(q) || !q.next())
        return {};
    return q.value(0).toString();
}

bool FindingStore::setTicket(const QString &subject, const QString &tracker, const QString &key,
                             const QString &url)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE findings SET ticket_tracker = ?, ticket_key = ?, ticket_url = ?, updated_at = ?, "
        "status = CASE WHEN status IN ('new', 'investigating') THEN 'ticketed' ELSE status END WHERE subject "
        "= ?"));
    q.addBindValue(tracker);
    q.addBindValue(key);
    q.addBindValue(url);
    q.addBindValue(m_clock());
    q.addBindValue(subject);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

QList<JournalEntry> FindingStore::journalOf(const QString &subject)
{
    QList<JournalEntry> list;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, at, action, detail FROM journal WHERE subject = ? ORDER BY at, id"));
    q.addBindValue(subject);
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString() });
    return list;
}
