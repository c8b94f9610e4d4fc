#pragma once

#include "imagecolumns.h"
#include "imagelistmodel.h"
#include "imagesfilter.h"
#include "imagesviewstate.h"
#include "inventory.h"
#include "savedviewlistmodel.h"
#include "synccontroller.h"
#include "viewpreferences.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// The Images page: runs the list's query from the view state its parts edit (the filter, the
// columns and sort, the saved views), keeps that state across restarts in the local database, and
// knows which tag is open.
class ImagesController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY inventoryChanged)
    Q_PROPERTY(ViewPreferences *preferences READ preferences WRITE setPreferences NOTIFY preferencesChanged)
    Q_PROPERTY(SyncController *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(ImageListModel *model READ model CONSTANT)
    Q_PROPERTY(ImagesFilter *filter READ filter CONSTANT)
    Q_PROPERTY(ImageColumns *columns READ columns CONSTANT)
    Q_PROPERTY(SavedViewListModel *savedViews READ savedViews CONSTANT)

    Q_PROPERTY(QString timePeriod READ timePeriod NOTIFY timePeriodChanged)
    Q_PROPERTY(QStringList timePeriods READ timePeriods CONSTANT)

    Q_PROPERTY(qint64 openedRowId READ openedRowId NOTIFY openedChanged)
    Q_PROPERTY(QString openedReference READ openedReference NOTIFY openedChanged)
    Q_PROPERTY(bool opening READ opening NOTIFY openedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(double lastQueryMs READ lastQueryMs NOTIFY countsChanged)

public:
    static constexpr int debounceMs = ImagesFilter::debounceMs;
    static inline const QString page = QStringLiteral("images");

    explicit ImagesController(QObject *parent = nullptr);
    ~ImagesController() override;

    Inventory *inventory() const { return m_inventory; }
    void setInventory(Inventory *inventory);
    ViewPreferences *preferences() const { return m_preferences; }
    void setPreferences(ViewPreferences *preferences);
    SyncController *sync() const { return m_sync; }
    void setSync(SyncController *sync);
    ImageListModel *model() const { return m_model; }
    ImagesFilter *filter() const { return m_filter; }
    ImageColumns *columns() const { return m_columns; }
    SavedViewListModel *savedViews() const { return m_savedViews; }

    QString timePeriod() const;
    QStringList timePeriods() const;

    qint64 openedRowId() const { return m_openedRowId; }
    QString openedReference() const { return m_openedReference; }
    bool opening() const { return !m_pendingReference.isEmpty(); }
    QString message() const { return m_message; }
    double lastQueryMs() const { return m_lastQueryMs; }

    void classBegin() override { }
    void componentComplete() override;

    Q_INVOKABLE void requestTimePeriod(const QString &period);
    Q_INVOKABLE QString timePeriodLabel(const QString &period) const;
    // A tag row opens its detailed view; an image row expands or collapses.
    Q_INVOKABLE void open(int row);
    // A digest, name:tag or registry/path/name:tag: selects and opens it, expanding its image.
    Q_INVOKABLE bool openReference(const QString &reference);
    // Opens one row of the current inventory (a sibling architecture or digest of the open tag).
    Q_INVOKABLE bool openRowId(qint64 rowId);
    // "Show everything by this owner/deployer": role is "owner" or "deployer".
    Q_INVOKABLE void showPerson(const QString &role, const QString &name);

Q_SIGNALS:
    void inventoryChanged();
    void preferencesChanged();
    void syncChanged();
    void timePeriodChanged();
    void openedChanged();
    void messageChanged();
    void countsChanged();
    // The view makes this row current and scrolls to it.
    void rowRequested(int row);

private:
    void apply();
    void applyState(const ImagesViewState &state, bool fromView);
    void restore();
    void persistSoon();
    void persist();
    void onInventoryChanged();
    void revealOpened();
    void setMessage(const QString &message);
    void setOpened(qint64 rowId, const QString &reference);
    void openStored(const StoredTag &stored);

    QPointer<Inventory> m_inventory;
    QPointer<ViewPreferences> m_preferences;
    QPointer<SyncController> m_sync;
    ImagesViewState m_state; // edited by the parts below, which point at it
    ImageListModel *m_model;
    ImagesFilter *m_filter;
    ImageColumns *m_columns;
    SavedViewListModel *m_savedViews;
    QTimer m_persist;
    qint64 m_openedRowId = 0;
    QString m_openedReference;
    QString m_pendingReference;
    QString m_message;
    double m_lastQueryMs = 0;
    bool m_restored = false; // the saved state is read and the first query ran
};
