#include "findingcontroller.h"

#include "displaytext.h"
#include "findingactions.h"
#include "inventory.h"

struct FindingController::Target
{
    StoredTag tag;
    GenerationInfo generation;
};

FindingController::FindingController(QObject *parent)
    : QObject(parent)
    , m_notes(new FindingNoteModel(this))
    , m_journal(new FindingJournalModel(this))
    , m_outbox(new FindingOutboxModel(this))
{ }

void FindingController::setService(FindingService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (m_service) {
        connect(m_service, &FindingService::findingChanged, this, [this](const QString &subject) {
            if (subject == m_subject)
                reload();
        });
        if (m_service->inventory())
            connect(m_service->inventory(), &Inventory::changed, this, &FindingController::reload);
    }
    Q_EMIT serviceChanged();
    reload();
}

void FindingController::setReference(const QString &reference)
{
    if (m_reference == reference)
        return;
    m_reference = reference;
    m_error.clear();
    m_message.clear();
    m_lastExport.clear();
    Q_EMIT referenceChanged();
    reload();
}

QStringList FindingController::statuses() const
{
    return Triage::names();
}

bool FindingController::target(Target *out)
{
    if (!m_service || !m_service->inventory() || !m_service->inventory()->current())
        return fail(tr("The inventory is empty: sync first."));
    Inventory *inventory = m_service->inventory();
    const FindingActions::Resolved r =
        FindingActions::resolve(inventory->tags(), inventory->generation(), m_reference);
    if (!r.tag)
        return fail(r.error);
    *out = { *r.tag, *inventory->current() };
    return true;
}

void FindingController::reload()
{
    m_subject.clear();
    m_title.clear();
    m_digest.clear();
    m_triage = {};
    m_ticket = {};
    Target t;
    if (m_reference.isEmpty() || !target(&t)) {
        m_notes->setNotes({});
        m_journal->setEntries({});
        m_outbox->setItems({});
        Q_EMIT changed();
        return;
    }
    FindingActions actions(*m_service->local());
    const Finding f = actions.findings().finding(t.tag.tag);
    m_subject = f.subject;
    m_title = DisplayText::visible(t.tag.tag.reference());
    m_digest = t.tag.tag.digest;
    m_triage = FindingTriage::of(f);
    m_ticket = FindingTicket::of(f);
    m_notes->setNotes(actions.findings().notes(m_subject));
    m_journal->setEntries(actions.findings().journalOf(m_subject));
    m_outbox->setItems(actions.outbox().ofSubject(m_subject));
    Q_EMIT changed();
}

bool FindingController::fail(const QString &error)
{
    m_error = error;
    m_message.clear();
    Q_EMIT changed();
    return false;
}

bool FindingController::done(const QString &message)
{
    m_error.clear();
    m_message = message;
    m_service->notifyChanged(m_subject); // reloads this panel and any other on the same finding
    return true;
}

bool FindingController::setStatus(const QString &status, const QString &until)
{
    const auto s = Triage::fromName(status);
    if (!s)
        return fail(tr("Unknown status %1.").arg(status));
    QDate date;
    if (*s == Triage::Status::Accepted) {
        date = QDate::fromString(until.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("Accepted needs a date, as YYYY-MM-DD."));
    }
    Target t;
    if (!target(&t))
        return false;
    FindingActions actions(*m_service->local());
    QString error;
    if (!actions.findings().setStatus(t.tag.tag, *s, date, &error))
        return fail(error);
    return done(tr("Status set to %1.").arg(status));
}

bool FindingController::addNote(const QString &markdown)
{
    Target t;
    if (!target(&t))
        return false;
    FindingActions actions(*m_service->local());
    QString error;
    bool queued = false;
    if (actions.addNote(t.tag.tag, markdown, &error, &queued) == 0)
        return fail(error);
    if (queued)
        m_service->sendNow();
    return done(queued ? tr("Note added; it goes to the ticket as a comment.") : tr("Note added."));
}

bool FindingController::editNote(qint64 id, const QString &markdown)
{
    if (!m_service || m_subject.isEmpty())
        return fail(tr("No finding."));
    FindingStore store(*m_service->local());
    if (store.subjectOfNote(id) != m_subject)
        return fail(tr("That note belongs to another finding."));
    QString error;
    if (!store.editNote(id, markdown, &error))
        return fail(error);
    return done(tr("Note saved."));
}

TicketText FindingController::draftTicket() const
{
    if (!m_service || !m_service->inventory() || !m_service->inventory()->current())
        return {};
    Inventory *inventory = m_service->inventory();
    const FindingActions::Resolved r =
        FindingActions::resolve(inventory->tags(), inventory->generation(), m_reference);
    if (!r.tag)
        return {};
    FindingStore store(*m_service->local());
    return TicketText::of(TicketDraft::prefill(r.tag->tag, store.finding(r.tag->tag)));
}

bool FindingController::trackerReady(const QString &tracker) const
{
    return m_service && m_service->trackers() && tracker.size()
        && (tracker == u"jira" ? m_service->jiraReady() : m_service->githubReady());
}

bool FindingController::fileTicket(const QString &tracker, const QString &title, const QString &body)
{
    if (tracker != u"jira" && tracker != u"github")
        return fail(tr("Choose Jira or GitHub."));
    Target t;
    if (!target(&t))
        return false;
    FindingActions actions(*m_service->local());
    QString error;
    if (!actions.queueTicket(t.tag.tag, tracker, TicketDraft { title, body }, &error))
        return fail(error);
    m_service->sendNow();
    return done(trackerReady(tracker)
                    ? tr("Ticket queued; sending…")
                    : tr("Ticket queued in the outbox: set up %1 on the Connection page to send it.")
                          .arg(tracker == u"jira" ? QStringLiteral("Jira") : QStringLiteral("GitHub")));
}

bool FindingController::exportEvidence(const QUrl &folder)
{
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    if (path.isEmpty())
        return fail(tr("Choose a folder."));
    Target t;
    if (!target(&t))
        return false;
    FindingActions actions(*m_service->local());
    const EvidencePack::Result result = actions.exportEvidence(path, t.tag, t.generation);
    if (!result.error.isEmpty())
        return fail(result.error);
    m_lastExport = result.path;
    return done(tr("Evidence written to %1.").arg(result.path));
}

void FindingController::retryOutbox()
{
    if (m_service)
        m_service->retryRefused();
}
