#pragma once

#include "findingjournalmodel.h"
#include "findingnotemodel.h"
#include "findingoutboxmodel.h"
#include "findingservice.h"
#include "findingticket.h"
#include "findingtriage.h"
#include "tickettext.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// The finding panel of one image tag (FindingPanel.qml): its triage status, notes, ticket,
// outbox items and journal, and the actions on them. QML creates it with `service:
// Services.findings` and `reference:` (a digest, name:tag or registry/path/name:tag).
class FindingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(FindingService *service READ service WRITE setService NOTIFY serviceChanged)
    Q_PROPERTY(QString reference READ reference WRITE setReference NOTIFY referenceChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString digest READ digest NOTIFY changed)
    Q_PROPERTY(FindingTriage triage READ triage NOTIFY changed)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT)
    Q_PROPERTY(FindingTicket ticket READ ticket NOTIFY changed)
    Q_PROPERTY(FindingNoteModel *notes READ notes CONSTANT)
    Q_PROPERTY(FindingJournalModel *journal READ journal CONSTANT) // newest first
    Q_PROPERTY(FindingOutboxModel *outbox READ outbox CONSTANT) // what still waits to be sent
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY changed)

public:
    explicit FindingController(QObject *parent = nullptr);

    FindingService *service() const { return m_service; }
    void setService(FindingService *service);
    QString reference() const { return m_reference; }
    void setReference(const QString &reference);

    bool found() const { return !m_subject.isEmpty(); }
    QString title() const { return m_title; }
    QString digest() const { return m_digest; }
    FindingTriage triage() const { return m_triage; }
    QStringList statuses() const;
    FindingTicket ticket() const { return m_ticket; }
    FindingNoteModel *notes() const { return m_notes; }
    FindingJournalModel *journal() const { return m_journal; }
    FindingOutboxModel *outbox() const { return m_outbox; }
    QString error() const { return m_error; }
    QString message() const { return m_message; }
    QString lastExport() const { return m_lastExport; }

    // until: YYYY-MM-DD, for "accepted" only. False with error() set.
    Q_INVOKABLE bool setStatus(const QString &status, const QString &until = {});
    Q_INVOKABLE bool addNote(const QString &markdown);
    Q_INVOKABLE bool editNote(qint64 id, const QString &markdown);
    // The prefilled ticket, for the user to edit; empty without a finding.
    Q_INVOKABLE TicketText draftTicket() const;
    // Queues the ticket and sends the outbox; the answer arrives through changed().
    Q_INVOKABLE bool fileTicket(const QString &tracker, const QString &title, const QString &body);
    Q_INVOKABLE bool trackerReady(const QString &tracker) const;
    // A folder (file: URL or path); the pack's path goes to lastExport.
    Q_INVOKABLE bool exportEvidence(const QUrl &folder);
    Q_INVOKABLE void retryOutbox();

Q_SIGNALS:
    void serviceChanged();
    void referenceChanged();
    void changed();

private:
    void reload();
    bool fail(const QString &error);
    bool done(const QString &message);
    struct Target;
    bool target(Target *out);

    QPointer<FindingService> m_service;
    QString m_reference;
    QString m_subject;
    QString m_title;
    QString m_digest;
    FindingTriage m_triage;
    FindingTicket m_ticket;
    FindingNoteModel *m_notes;
    FindingJournalModel *m_journal;
    FindingOutboxModel *m_outbox;
    QString m_error;
    QString m_message;
    QString m_lastExport;
};
