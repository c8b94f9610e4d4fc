#include "viewpreferences.h"

#include "database.h"
#include "logging.h"

ViewPreferences::ViewPreferences(Database *local, QObject *parent)
    : QObject(parent)
    , m_local(local)
{ }

QString ViewPreferences::value(const QString &key, const QString &fallback)
{
    return m_local ? SettingsStore(*m_local).value(key, fallback) : fallback;
}

bool ViewPreferences::setValue(const QString &key, const QString &value)
{
    if (!m_local)
        return false;
    const bool ok = SettingsStore(*m_local).setValue(key, value);
    if (!ok)
        qCWarning(lcUi).noquote() << "cannot keep the view setting" << key << ":"
                                  << m_local->lastError().message;
    return ok;
}

QStringList ViewPreferences::viewNames(const QString &page)
{
    QStringList names;
    if (!m_local)
        return names;
    for (const SavedView &v : SavedViewStore(*m_local).list(page))
        names.append(v.name);
    return names;
}

std::optional<QByteArray> ViewPreferences::view(const QString &page, const QString &name)
{
    if (!m_local)
        return std::nullopt;
    const auto v = SavedViewStore(*m_local).get(page, name);
    return v ? std::optional<QByteArray>(v->state) : std::nullopt;
}

bool ViewPreferences::saveView(const QString &page, const QString &name, const QByteArray &state)
{
    if (!m_local || !SavedViewStore(*m_local).save(page, name, state))
        return false;
    Q_EMIT viewsChanged(page);
    return true;
}

bool ViewPreferences::removeView(const QString &page, const QString &name)
{
    if (!m_local || !SavedViewStore(*m_local).remove(page, name))
        return false;
    Q_EMIT viewsChanged(page);
    return true;
}
