#pragma once

#include "connectionprofile.h"

#include <QByteArray>
#include <QString>

#include <optional>

class SettingsStore;

// Where one issue tracker lives and what to file into. Non-secret: kept in the local database
// (SettingsStore, keys tracker.<kind>.*). The credential is never here: it lives in the keychain
// under secretKey() and in the tracker's ApiClient memory only.
struct TrackerConfig
{
    enum class Kind { Jira, GitHub };

    Kind kind = Kind::Jira;
    QString url; // Jira: https://acme.atlassian.net; GitHub: https://api.github.com (or GHE .../api/v3)
    QString caFile; // PEM CA certificates for an on-premises tracker
    QString project; // Jira project key (SEC) or GitHub owner/repo
    QString user; // Jira: the account e-mail for Basic auth with an API token; empty: Bearer (PAT)
    QString issueType = QStringLiteral("Bug"); // Jira

    static QString kindName(Kind kind); // jira | github
    static std::optional<Kind> kindFromName(const QString &name);
    QString name() const { return kindName(kind); }
    QString title() const; // Jira | GitHub

    // Complete enough to send? false with the missing piece named.
    bool isComplete(QString *error) const;
    std::optional<ConnectionProfile> profile(QString *error) const;
    // GitHub owner and repository, checked to be plain path segments.
    QString owner() const;
    QString repository() const;

    // The Authorization header value for `secret`: Jira Basic (user:token) or Bearer, GitHub Bearer.
    QByteArray authorization(const QString &secret) const;
    // The keychain key of this tracker's credential: tracker:<kind>:<origin>.
    QString secretKey() const;

    static TrackerConfig load(SettingsStore &settings, Kind kind);
    bool save(SettingsStore &settings) const;
};
