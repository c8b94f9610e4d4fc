#pragma once

#include "filterexpression.h"
#include "imagelistmodel.h"
#include "imagesviewstate.h"
#include "inventory.h"
#include "synccontroller.h"
#include "viewpreferences.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The Images page: the filter (text grammar and chips), sort, columns, saved views and what is
// open. Typing is parsed at once (errors show while typing) and applied 150 ms after the last
// key; chips, sort and views apply at once. The state survives restarts in the local database.
class ImagesController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(Inventory *inventory READ inventory WRITE setInventory NOTIFY inventoryChanged)
    Q_PROPERTY(ViewPreferences *preferences READ preferences WRITE setPreferences NOTIFY preferencesChanged)
    Q_PROPERTY(SyncController *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(ImageListModel *model READ model CONSTANT)

    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QVariantList filterErrors READ filterErrors NOTIFY filterErrorsChanged)
    Q_PROPERTY(QString filterError READ filterError NOTIFY filterErrorsChanged)
    Q_PROPERTY(bool filterPending READ filterPending NOTIFY filterPendingChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY viewChanged)

    Q_PROPERTY(QStringList activeRisks READ activeRisks NOTIFY viewChanged)
    Q_PROPERTY(QStringList selectedClusters READ selectedClusters NOTIFY viewChanged)
    Q_PROPERTY(QStringList selectedNamespaces READ selectedNamespaces NOTIFY viewChanged)
    Q_PROPERTY(QString minSeverity READ minSeverity WRITE setMinSeverity NOTIFY viewChanged)
    Q_PROPERTY(bool changedOnly READ changedOnly WRITE setChangedOnly NOTIFY viewChanged)
    Q_PROPERTY(QStringList clusterOptions READ clusterOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList namespaceOptions READ namespaceOptions NOTIFY optionsChanged)

    Q_PROPERTY(QString sortColumn READ sortColumn NOTIFY viewChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY viewChanged)
    Q_PROPERTY(QStringList columns READ columns CONSTANT)
    Q_PROPERTY(QStringList hiddenColumns READ hiddenColumns NOTIFY viewChanged)
    Q_PROPERTY(QVariantMap columnWidths READ columnWidths NOTIFY columnWidthsChanged)

    Q_PROPERTY(QStringList savedViews READ savedViews NOTIFY savedViewsChanged)
    Q_PROPERTY(QString activeView READ activeView NOTIFY viewChanged)
    Q_PROPERTY(bool viewModified READ viewModified NOTIFY viewChanged)

    Q_PROPERTY(QString timePeriod READ timePeriod NOTIFY timePeriodChanged)
    Q_PROPERTY(QStringList timePeriods READ timePeriods CONSTANT)

    Q_PROPERTY(qint64 openedRowId READ openedRowId NOTIFY openedChanged)
    Q_PROPERTY(QString openedReference READ openedReference NOTIFY openedChanged)
    Q_PROPERTY(bool opening READ opening NOTIFY openedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(double lastQueryMs READ lastQueryMs NOTIFY countsChanged)

public:
    static constexpr int debounceMs = 150;
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

    QString filterText() const { return m_state.filter; }
    void setFilterText(const QString &text);
    QVariantList filterErrors() const;
    QString filterError() const;
    bool filterPending() const { return m_debounce.isActive(); }
    bool filtered() const;

    QStringList activeRisks() const { return RiskNames::canonicalList(m_state.risks); }
    QStringList selectedClusters() const { return m_state.clusters; }
    QStringList selectedNamespaces() const { return m_state.namespaces; }
    QString minSeverity() const;
    void setMinSeverity(const QString &severity);
    bool changedOnly() const { return m_state.changedOnly; }
    void setChangedOnly(bool on);
    QStringList clusterOptions();
    QStringList namespaceOptions();

    QString sortColumn() const { return m_state.sortColumn; }
    bool sortDescending() const { return m_state.descending; }
    QStringList columns() const { return ImagesViewState::columns(); }
    QStringList hiddenColumns() const { return m_state.hiddenColumns; }
    QVariantMap columnWidths() const;

    QStringList savedViews() const { return m_savedViews; }
    QString activeView() const { return m_state.activeView; }
    bool viewModified() const;

    QString timePeriod() const;
    QStringList timePeriods() const;

    qint64 openedRowId() const { return m_openedRowId; }
    QString openedReference() const { return m_openedReference; }
    bool opening() const { return !m_pendingReference.isEmpty(); }
    QString message() const { return m_message; }
    double lastQueryMs() const { return m_lastQueryMs; }

    void classBegin() override { }
    void componentComplete() override;

    Q_INVOKABLE void applyNow();
    Q_INVOKABLE void clearFilter();
    Q_INVOKABLE void toggleRisk(const QString &risk);
    Q_INVOKABLE void toggleCluster(const QString &cluster);
    Q_INVOKABLE void toggleNamespace(const QString &name);
    Q_INVOKABLE void sortBy(const QString &column);
    Q_INVOKABLE void toggleColumn(const QString &column);
    Q_INVOKABLE void setColumnWidth(const QString &column, int width);
    Q_INVOKABLE bool saveView(const QString &name);
    Q_INVOKABLE bool loadView(const QString &name);
    Q_INVOKABLE bool deleteView(const QString &name);
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
    void filterTextChanged();
    void filterErrorsChanged();
    void filterPendingChanged();
    void viewChanged();
    void optionsChanged();
    void columnWidthsChanged();
    void savedViewsChanged();
    void timePeriodChanged();
    void openedChanged();
    void messageChanged();
    void countsChanged();
    // The view makes this row current and scrolls to it.
    void rowRequested(int row);

private:
    void apply();
    void applyState(const ImagesViewState &state, bool fromView);
    void viewEdited();
    void parseFilter();
    void restore();
    void persistSoon();
    void persist();
    void onInventoryChanged();
    void revealOpened();
    void setMessage(const QString &message);
    void setOpened(qint64 rowId, const QString &reference);
    void openStored(const StoredTag &stored);
    void refreshSavedViews();

    QPointer<Inventory> m_inventory;
    QPointer<ViewPreferences> m_preferences;
    QPointer<SyncController> m_sync;
    ImageListModel *m_model;
    ImagesViewState m_state;
    ImagesViewState m_savedState; // of the active view, to tell "modified"
    FilterExpression m_expression;
    QList<FilterTerm> m_appliedTerms;
    QTimer m_debounce;
    QTimer m_persist;
    QStringList m_savedViews;
    std::optional<QStringList> m_clusterOptions;
    std::optional<QStringList> m_namespaceOptions;
    qint64 m_openedRowId = 0;
    QString m_openedReference;
    QString m_pendingReference;
    QString m_message;
    double m_lastQueryMs = 0;
    bool m_restored = false; // the saved state is read and the first query ran
};
