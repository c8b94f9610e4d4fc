#include "savedviewlistmodel.h"

#include "displaytext.h"
#include "viewpreferences.h"

#include <QCoreApplication>

// The messages were written for the Images page and keep their translations in its context.
SavedViewListModel::SavedViewListModel(QString page, ImagesViewState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_page(std::move(page))
    , m_state(state)
{ }

void SavedViewListModel::setPreferences(ViewPreferences *preferences)
{
    m_preferences = preferences;
    reload();
}

void SavedViewListModel::reload()
{
    const QStringList names = m_preferences ? m_preferences->viewNames(m_page) : QStringList();
    if (names == m_names)
        return;
    const bool countChanges = names.size() != m_names.size();
    beginResetModel();
    m_names = names;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void SavedViewListModel::adopt(ImagesViewState &state)
{
    reload();
    if (state.activeView.isEmpty())
        return;
    const auto saved = m_preferences ? m_preferences->view(m_page, state.activeView) : std::nullopt;
    m_savedState = saved ? ImagesViewState::fromJson(*saved) : ImagesViewState();
    if (!saved)
        state.activeView.clear();
}

void SavedViewListModel::refresh()
{
    if (!m_names.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { ActiveRole });
    Q_EMIT activeChanged();
}

bool SavedViewListModel::modified() const
{
    return !m_state->activeView.isEmpty() && !m_state->sameView(m_savedState);
}

int SavedViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant SavedViewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_names.at(index.row());
    switch (role) {
    case NameRole:
        return name;
    case ActiveRole:
        return name == m_state->activeView;
    }
    return {};
}

QHash<int, QByteArray> SavedViewListModel::roleNames() const
{
    return { { NameRole, "name" }, { ActiveRole, "active" } };
}

bool SavedViewListModel::save(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!m_preferences || trimmed.isEmpty()) {
        Q_EMIT reported(QCoreApplication::translate("ImagesController", "A view needs a name."));
        return false;
    }
    ImagesViewState state = *m_state;
    state.activeView = trimmed;
    if (!m_preferences->saveView(m_page, trimmed, state.toJson())) {
        Q_EMIT reported(QCoreApplication::translate("ImagesController", "The view \"%1\" could not be saved.")
                            .arg(DisplayText::cell(trimmed, 60)));
        return false;
    }
    m_state->activeView = trimmed;
    m_savedState = state;
    reload();
    Q_EMIT reported(QCoreApplication::translate("ImagesController", "Saved the view \"%1\".")
                        .arg(DisplayText::cell(trimmed, 60)));
    refresh();
    Q_EMIT stateEdited();
    return true;
}

bool SavedViewListModel::load(const QString &name)
{
    const auto json = m_preferences ? m_preferences->view(m_page, name) : std::nullopt;
    if (!json) {
        Q_EMIT reported(QCoreApplication::translate("ImagesController", "There is no view \"%1\".")
                            .arg(DisplayText::cell(name, 60)));
        return false;
    }
    ImagesViewState state = ImagesViewState::fromJson(*json);
    state.activeView = name.trimmed();
    m_savedState = state;
    Q_EMIT loaded(state);
    Q_EMIT reported(QString());
    return true;
}

bool SavedViewListModel::remove(const QString &name)
{
    if (!m_preferences || !m_preferences->removeView(m_page, name))
        return false;
    if (m_state->activeView == name.trimmed()) {
        m_state->activeView.clear();
        refresh();
        Q_EMIT stateEdited();
    }
    reload();
    return true;
}
