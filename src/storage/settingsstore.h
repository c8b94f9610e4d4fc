#pragma once

#include <QString>
#include <QVariant>

class Database;

// Small non-secret settings kept with the local data (the platform URL, the CA file, the
// last view), so the app and the CLI of one profile agree. Secrets never come here.
class SettingsStore
{
public:
    explicit SettingsStore(Database &db);
    QString value(const QString &key, const QString &fallback = {});
    bool setValue(const QString &key, const QString &value);
    bool remove(const QString &key);

    static inline const QString platformUrl = QStringLiteral("platform.url");
    static inline const QString platformCaFile = QStringLiteral("platform.ca_file");
    static inline const QString ownerTrailRepository =
        QStringLiteral("owners.repository"); // set by owners setup
    // The address the rule templates send to besides the build owner, and for unresolved people.
    static inline const QString alarmTeamAddress = QStringLiteral("alarms.team_address");

private:
    Database &m_db;
};
