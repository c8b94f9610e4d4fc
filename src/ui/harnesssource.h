#pragma once

#include "eventfactory.h"
#include "sourcematchmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class AlarmHarness;
class Inventory;

// The event the harness simulates and where it comes from: a cached tag (picked from `matches` by
// `search`, or by reference with open()) or a workload, with a change kind; or an event typed as
// JSON, checked against the documented shape as it is typed (`eventErrors` name the field). The
// built event is also `eventText`, so "Edit event JSON" starts from it.
class HarnessSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HarnessSource belongs to a HarnessController")
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY sourceChanged) // tag, workload or json
    Q_PROPERTY(QStringList changeKinds READ changeKinds CONSTANT) // EventFactory's names
    Q_PROPERTY(QString changeKind READ changeKind WRITE setChangeKind NOTIFY sourceChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(SourceMatchModel *matches READ matches CONSTANT)
    Q_PROPERTY(QString selectedReference READ selectedReference NOTIFY sourceChanged)
    Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY sourceChanged)
    Q_PROPERTY(QStringList tagWorkloads READ tagWorkloads NOTIFY sourceChanged) // where the tag runs
    Q_PROPERTY(QString workload READ workload WRITE setWorkload NOTIFY sourceChanged) // "" = the first
    Q_PROPERTY(QString eventText READ eventText WRITE setEventText NOTIFY eventChanged)
    Q_PROPERTY(QStringList eventErrors READ eventErrors NOTIFY eventChanged)
    Q_PROPERTY(bool eventReady READ eventReady NOTIFY eventChanged)
    Q_PROPERTY(QString eventSummary READ eventSummary NOTIFY eventChanged)
    Q_PROPERTY(QStringList eventNotes READ eventNotes NOTIFY eventChanged)
    Q_PROPERTY(QString error READ error NOTIFY eventChanged) // why there is no event

public:
    explicit HarnessSource(QObject *parent = nullptr);

    void setAlarms(AlarmHarness *alarms);
    void setInventory(Inventory *inventory);

    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    QStringList changeKinds() const { return EventFactory::kindNames(); }
    Q_INVOKABLE QString kindTitle(const QString &name) const;
    QString changeKind() const { return EventFactory::kindName(m_kind); }
    void setChangeKind(const QString &name);
    QString search() const { return m_search; }
    void setSearch(const QString &text);
    SourceMatchModel *matches() const { return m_matches; }
    QString selectedReference() const { return m_selectedReference; }
    QString selectedTitle() const { return m_selectedTitle; }
    QStringList tagWorkloads() const { return m_tagWorkloads; }
    QString workload() const { return m_workload; }
    void setWorkload(const QString &workload);
    QString eventText() const { return m_eventText; }
    void setEventText(const QString &text);
    QStringList eventErrors() const { return m_eventErrors; }
    bool eventReady() const { return m_event.has_value(); }
    QString eventSummary() const { return m_eventSummary; }
    QStringList eventNotes() const { return m_eventNotes; }
    QString error() const { return m_error; }
    void setError(const QString &error);

    const std::optional<QJsonObject> &event() const { return m_event; }

    // selectTag takes a row id of `matches`; selectWorkload "cluster/namespace/name".
    Q_INVOKABLE void selectTag(qint64 rowId);
    Q_INVOKABLE void selectWorkload(const QString &reference);
    // The tag (digest, name:tag or registry/repository_path/name:tag, or "workload:" and a workload)
    // with a change kind ("" keeps the chosen one); `opened` follows once it is chosen. Before the
    // cache has data it waits for it.
    void open(const QString &reference, const QString &kind);
    // Rebuilds eventText from the chosen tag or workload (drops edits to the JSON).
    Q_INVOKABLE void resetEvent();
    // The event from the rows as they are now (the JSON stays as typed).
    void rebuildEvent();

Q_SIGNALS:
    void sourceChanged();
    void searchChanged();
    void eventChanged();
    void opened();

private:
    void inventoryChanged();
    void updateMatches();
    void clearSelection(const QString &why);
    bool selectReference(const QString &reference);
    void setBuilt(const std::optional<BuiltEvent> &built, const QString &error);

    QPointer<AlarmHarness> m_alarms;
    QPointer<Inventory> m_inventory;
    SourceMatchModel *m_matches;

    QString m_mode = QStringLiteral("tag");
    EventFactory::ChangeKind m_kind = EventFactory::ChangeKind::DeploymentStatusChange;
    QString m_search;
    qint64 m_selectedRowId = 0;
    QString m_selectedReference;
    QString m_selectedTitle;
    QStringList m_tagWorkloads;
    QString m_workload;
    std::optional<QJsonObject> m_event;
    QString m_eventText;
    QStringList m_eventErrors;
    QString m_eventSummary;
    QStringList m_eventNotes;
    QString m_error;
    QString m_pendingOpen; // a reference open() got before the cache had data
};
