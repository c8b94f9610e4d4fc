#pragma once

#include "database.h"
#include "imagetag.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The triage status of a finding: where an analyst is with one image tag.
namespace Triage {
enum class Status { New, Investigating, Ticketed, Accepted, Resolved };
QString name(Status status); // new, investigating, ticketed, accepted, resolved
std::optional<Status> fromName(const QString &name);
QStringList names();
} // namespace Triage

// What the local database knows about one image tag's finding. A tag with no stored finding
// reads as status New with no notes.
struct Finding
{
    QString subject; // FindingStore::subjectOf(tag)
    QString registry;
    QString repositoryPath;
    QString name;
    QString tag;
    QString digest; // the digest the finding was last made about
    Triage::Status status = Triage::Status::New;
    QDate acceptedUntil; // valid when status is Accepted
    QString ticketTracker; // jira | github, empty without a ticket
    QString ticketKey; // PROJ-12 or #12
    QString ticketUrl;
    qint64 createdAt = 0; // unix ms; 0 when nothing is stored yet
    qint64 updatedAt = 0;
    bool stored = false;

    QString reference() const { return name + u':' + tag; }
};

struct FindingNote
{
    qint64 id = 0;
    QString markdown; // the user's own words, Markdown
    QString digest; // the tag's digest when the note was written
    qint64 createdAt = 0;
    qint64 editedAt = 0; // 0 when never edited
};

struct JournalEntry
{
    qint64 id = 0;
    qint64 at = 0; // unix ms
    QString action; // status, note, note-edit, ticket-queued, ticket-sent, ticket-failed, export, ...
    QString detail;
};

// Findings in the local database (local schema v3): triage status, notes, the ticket link and the
// journal of every triage action. Every change is journalled in the same transaction (subject
// "tag:<key>", the row's identity ImageTag::key(): a finding belongs to one row the platform sends).
// Statements are bound, never built from data.
class FindingStore
{
public:
    static constexpr qsizetype maxNoteLength = 20000; // characters of one note

    explicit FindingStore(Database &db);

    static QString subjectOf(const ImageTag &tag);
    // The subject findings had before architecture and digest were part of a row's identity:
    // "tag:<registry␟repository path␟name␟tag>". Such a finding moves to its row when that row is read.
    static QString legacySubjectOf(const ImageTag &tag);
    // The stored finding, or a fresh one (status New, stored=false) for this tag.
    Finding finding(const ImageTag &tag);
    std::optional<Finding> find(const QString &subject);

    // Accepted needs a date (today or later); the others clear it. False with a reason on refusal.
    bool setStatus(const ImageTag &tag, Triage::Status status, const QDate &acceptedUntil, QString *error);
    // The new note's id, or 0 with a reason.
    qint64 addNote(const ImageTag &tag, const QString &markdown, QString *error);
    bool editNote(qint64 noteId, const QString &markdown, QString *error);
    QList<FindingNote> notes(const QString &subject);
    std::optional<FindingNote> note(qint64 noteId);
    QString subjectOfNote(qint64 noteId);

    // Stores the ticket link; a finding that was New or Investigating becomes Ticketed. Runs inside
    // the caller's transaction when there is one (OutboxStore::markSent).
    bool setTicket(const QString &subject, const QString &tracker, const QString &key, const QString &url);
    // Appends to the journal (for the outbox and exports; the store journals its own changes).
    bool journal(const QString &subject, const QString &action, const QString &detail);
    QList<JournalEntry> journalOf(const QString &subject);

    const DbError &lastError() const { return m_db.lastError(); }
    // Milliseconds since the epoch; tests replace the clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

private:
    bool ensure(const ImageTag &tag);
    bool hasLegacy(const ImageTag &tag);
    bool moveLegacy(const ImageTag &tag);
    bool fail(QString *error, const QString &message);

    Database &m_db;
    std::function<qint64()> m_clock;
};
