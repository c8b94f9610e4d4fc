#include "findingactions.h"

#include "displaytext.h"
#include "generationstore.h"

FindingActions::FindingActions(Database &local)
    : m_local(local)
    , m_findings(local)
    , m_outbox(local)
{ }

FindingActions::Resolved FindingActions::resolve(TagStore &tags, qint64 generation, const QString &reference)
{
    Resolved r;
    const QString ref = reference.trimmed();
    if (ref.isEmpty()) {
        r.error = QStringLiteral("no image tag given");
        return r;
    }
    const QList<StoredTag> found = tags.findByReference(generation, ref);
    if (found.isEmpty()) {
        r.error = QStringLiteral("no image tag %1 in the cache").arg(DisplayText::visible(ref));
    } else if (found.size() > 1) {
        QStringList candidates;
        for (const StoredTag &s : found)
            candidates.append(DisplayText::visible(s.tag.candidateName()));
        r.error = QStringLiteral("%1 is ambiguous (give a digest to pick one): %2")
                      .arg(DisplayText::visible(ref), candidates.join(QStringLiteral(", ")));
        r.ambiguous = true;
    } else {
        r.tag = found.constFirst();
    }
    return r;
}

QString FindingActions::ticketTracker(const QString &subject)
{
    if (const auto finding = m_findings.find(subject); finding && !finding->ticketTracker.isEmpty())
        return finding->ticketTracker;
    for (const OutboxItem &item : m_outbox.ofSubject(subject)) {
        if (item.kind == OutboxItem::Kind::Issue && item.state != OutboxItem::State::Sent)
            return item.tracker;
    }
    return {};
}

qint64 FindingActions::addNote(const ImageTag &tag, const QString &markdown, QString *error, bool *queued)
{
    if (queued)
        *queued = false;
    const qint64 id = m_findings.addNote(tag, markdown, error);
    if (id == 0)
        return 0;
    const QString subject = FindingStore::subjectOf(tag);
    const QString tracker = ticketTracker(subject);
    if (tracker.isEmpty())
        return id;
    const std::optional<FindingNote> note = m_findings.note(id);
    const bool ok =
        m_outbox
            .enqueue(OutboxItem::Kind::Comment, tracker, subject,
                     QJsonObject { { QStringLiteral("body"), note ? note->markdown : markdown } }, id)
            .has_value();
    if (queued)
        *queued = ok;
    if (!ok && error)
        *error = QStringLiteral("the note is saved, but could not be queued for the ticket: ")
            + m_local.lastError().message;
    return id;
}

std::optional<OutboxItem> FindingActions::queueTicket(const ImageTag &tag, const QString &tracker,
                                                      const TicketDraft &draft, QString *error)
{
    if (!draft.validate(error))
        return std::nullopt;
    // The finding row must exist for the ticket link to land on it.
    const Finding current = m_findings.finding(tag);
    if (!current.stored && !m_findings.setStatus(tag, current.status, current.acceptedUntil, error))
        return std::nullopt;
    std::optional<OutboxItem> item =
        m_outbox.enqueue(OutboxItem::Kind::Issue, tracker, FindingStore::subjectOf(tag), draft.payload());
    if (!item && error)
        *error = m_local.lastError().message;
    return item;
}

EvidencePack::Input FindingActions::evidenceInput(const StoredTag &tag, const GenerationInfo &generation)
{
    EvidencePack::Input in;
    in.tag = tag.tag;
    in.changedSinceLastSync = tag.changed;
    in.finding = m_findings.finding(tag.tag);
    in.notes = m_findings.notes(in.finding.subject);
    in.journal = m_findings.journalOf(in.finding.subject);
    in.asOf = generation.finishedAt;
    in.source = generation.source.section(u'|', 0, 0);
    return in;
}

EvidencePack::Result FindingActions::exportEvidence(const QString &directory, const StoredTag &tag,
                                                    const GenerationInfo &generation)
{
    EvidencePack::Result result =
        EvidencePack::write(directory, evidenceInput(tag, generation), QDateTime::currentDateTimeUtc());
    if (result.error.isEmpty()) {
        const QString subject = FindingStore::subjectOf(tag.tag);
        // The journal row needs no finding row; the export is a triage action of its own.
        m_findings.journal(subject, QStringLiteral("export"), result.path);
    }
    return result;
}
