#pragma once

#include "savedviewstore.h"
#include "settingsstore.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class Database;

// The user's view settings in the profile's local database (durable, unlike the cache): the
// state each page keeps across restarts and its named saved views. Page controllers use it.
class ViewPreferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ViewPreferences is created by the application")

public:
    explicit ViewPreferences(Database *local, QObject *parent = nullptr);

    QString value(const QString &key, const QString &fallback = {});
    bool setValue(const QString &key, const QString &value);

    QStringList viewNames(const QString &page);
    std::optional<QByteArray> view(const QString &page, const QString &name);
    bool saveView(const QString &page, const QString &name, const QByteArray &state);
    bool removeView(const QString &page, const QString &name);

Q_SIGNALS:
    void viewsChanged(const QString &page);

private:
    Database *m_local;
};
