#pragma once

#include "findingservice.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
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
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString acceptedUntil READ acceptedUntil NOTIFY changed)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    Q_PROPERTY(QVariantList journal READ journal NOTIFY changed)
    Q_PROPERTY(QVariantList outbox READ outbox NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QString ticketKey READ ticketKey NOTIFY changed)
    Q_PROPERTY(QString ticketUrl READ ticketUrl NOTIFY changed)
    Q_PROPERTY(QString ticketTracker READ ticketTracker NOTIFY changed)
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
    QString status() const { return m_status; }
    QString acceptedUntil() const { return m_acceptedUntil; }
    QStringList statuses() const;
    QVariantList notes() const { return m_notes; }
    QVariantList journal() const { return m_journal; }
    QVariantList outbox() const { return m_outbox; }
    int waiting() const { return m_waiting; }
    QString ticketKey() const { return m_ticketKey; }
    QString ticketUrl() const { return m_ticketUrl; }
    QString ticketTracker() const { return m_ticketTracker; }
    QString error() const { return m_error; }
    QString message() const { return m_message; }
    QString lastExport() const { return m_lastExport; }

    // until: YYYY-MM-DD, for "accepted" only. False with error() set.
    Q_INVOKABLE bool setStatus(const QString &status, const QString &until = {});
    Q_INVOKABLE bool addNote(const QString &markdown);
    Q_INVOKABLE bool editNote(qint64 id, const QString &markdown);
    // The prefilled ticket: {title, body}, for the user to edit.
    Q_INVOKABLE QVariantMap draftTicket() const;
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
    QString m_status;
    QString m_acceptedUntil;
    QVariantList m_notes;
    QVariantList m_journal;
    QVariantList m_outbox;
    int m_waiting = 0;
    QString m_ticketKey;
    QString m_ticketUrl;
    QString m_ticketTracker;
    QString m_error;
    QString m_message;
    QString m_lastExport;
};
