#pragma once

#include "evidencepack.h"
#include "findingstore.h"
#include "outboxstore.h"
#include "tagstore.h"
#include "ticketdraft.h"

#include <optional>

struct GenerationInfo;

// What the CLI and the finding panel both do with a finding, in one place: resolve a REF, add a
// note (queued as a ticket comment when the finding has or awaits a ticket), queue a ticket,
// export the evidence. Sending is OutboxSender's.
class FindingActions
{
public:
    explicit FindingActions(Database &local);

    struct Resolved
    {
        std::optional<StoredTag> tag;
        QString error; // no such tag, or ambiguous with the candidates listed
        bool ambiguous = false;
    };
    // REF: a digest, name:tag or registry/repository_path/name:tag in the current generation.
    static Resolved resolve(TagStore &tags, qint64 generation, const QString &reference);

    // The note's id (0 with a reason); *queued says whether it also went to the outbox.
    qint64 addNote(const ImageTag &tag, const QString &markdown, QString *error, bool *queued = nullptr);
    // Queues the ticket; nullopt with a reason when the draft is unusable or the DB fails.
    std::optional<OutboxItem> queueTicket(const ImageTag &tag, const QString &tracker,
                                          const TicketDraft &draft, QString *error);
    // The tracker whose ticket this finding has or awaits; empty when none.
    QString ticketTracker(const QString &subject);

    EvidencePack::Input evidenceInput(const StoredTag &tag, const GenerationInfo &generation);
    // Writes the pack into `directory` and journals the export.
    EvidencePack::Result exportEvidence(const QString &directory, const StoredTag &tag,
                                        const GenerationInfo &generation);

    FindingStore &findings() { return m_findings; }
    OutboxStore &outbox() { return m_outbox; }

private:
    Database &m_local;
    FindingStore m_findings;
    OutboxStore m_outbox;
};
