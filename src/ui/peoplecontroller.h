#pragma once

#include "peoplelistmodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class ApiClient;
class Database;
class Inventory;
class PeopleResolveJob;

// The People page and the detailed view's Contact: who each Build Owner and Deployed By is. Reads the
// roster (PeopleRoster) when the inventory or the directory changes; saves the user's own entries,
// imports a file (all or nothing) and resolves the unresolved names on the platform (PeopleResolveJob)
// with progress and one summary, never an error per name.
class PeopleController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PeopleController is created by the application")
    Q_PROPERTY(PeopleListModel *model READ model CONSTANT)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    // The last resolve's or import's outcome, one line; `failed` when it did not fully succeed.
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY summaryChanged)
    Q_PROPERTY(int unresolvedCount READ unresolvedCount NOTIFY directoryChanged)

public:
    PeopleController(ApiClient *client, Database *local, Inventory *inventory, QObject *parent = nullptr);
    ~PeopleController() override;

    PeopleListModel *model() const { return m_model; }
    bool running() const;
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString summary() const { return m_summary; }
    bool failed() const { return m_failed; }
    int unresolvedCount() const;

    // What the directory knows of `name` (resolved entries only).
    std::optional<Person> resolved(const QString &name) const;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void resolve();
    Q_INVOKABLE void cancel();
    // Saves the user's own entry; empty when saved, else why not (nothing is saved then).
    Q_INVOKABLE QString save(const QString &name, const QString &email, const QString &slackId,
                             const QString &team);
    // Imports a CSV or JSON file; empty when every entry was imported, else why none was.
    Q_INVOKABLE QString importFile(const QUrl &file);
    Q_INVOKABLE QString emailOf(const QString &name) const;
    Q_INVOKABLE QString slackIdOf(const QString &name) const;
    Q_INVOKABLE QString teamOf(const QString &name) const;
    // The Images filter for the tags `name` built (role "owner") or deployed ("deployer"); with
    // `riskyOnly`, those with any risk.
    Q_INVOKABLE QString filterFor(const QString &role, const QString &name, bool riskyOnly) const;

Q_SIGNALS:
    void runningChanged();
    void progressChanged();
    void summaryChanged();
    void directoryChanged();

private:
    void setSummary(const QString &summary, bool failed);
    void onResolved();

    QPointer<ApiClient> m_client;
    Database *m_local;
    QPointer<Inventory> m_inventory;
    PeopleListModel *m_model;
    PeopleResolveJob *m_job = nullptr;
    QHash<QString, Person> m_directory;
    int m_done = 0;
    int m_total = 0;
    QString m_summary;
    bool m_failed = false;
};
