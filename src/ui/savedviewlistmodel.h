#pragma once

#include "imagesviewstate.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ViewPreferences;

// The Images page's named views (filter, chips, sort and columns) and which one the page shows.
// Saving keeps the page's current state; loading hands a saved state to the page.
class SavedViewListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SavedViewListModel belongs to an ImagesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The saved view the page came from, if any.
    Q_PROPERTY(QString activeView READ activeView NOTIFY activeChanged)
    // The page no longer shows exactly the active view.
    Q_PROPERTY(bool modified READ modified NOTIFY activeChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ActiveRole,
    };
    Q_ENUM(Role)

    SavedViewListModel(QString page, ImagesViewState *state, QObject *parent = nullptr);

    void setPreferences(ViewPreferences *preferences);
    // A restored state: remembers its saved view to tell "modified", or drops the name when the
    // view is gone.
    void adopt(ImagesViewState &state);
    // The page's state changed: "modified" may read differently.
    void refresh();

    QString activeView() const { return m_state->activeView; }
    bool modified() const;
    QStringList names() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool save(const QString &name);
    Q_INVOKABLE bool load(const QString &name);
    Q_INVOKABLE bool remove(const QString &name);

Q_SIGNALS:
    void countChanged();
    void activeChanged();
    // load(): the page shows this state.
    void loaded(const ImagesViewState &state);
    // The active view changed: the page's state is kept.
    void stateEdited();
    // What happened, for the page's status line ("" clears it).
    void reported(const QString &message);

private:
    void reload();

    QString m_page;
    ImagesViewState *m_state;
    ImagesViewState m_savedState; // of the active view, to tell "modified"
    QPointer<ViewPreferences> m_preferences;
    QStringList m_names;
};
