#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where tokens, webhook URLs and API keys live: the OS keychain, or only this session's memory
// when no keychain answers. Never a file, a log or the database.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct ReadResult
    {
        std::optional<QString> value; // nullopt when there is no such secret
        QString error; // empty on success or "not found"
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &value, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
    // False when secrets vanish with the process (no keychain on this machine).
    virtual bool isPersistent() const = 0;

    // Blocking forms for the CLI and tests; they spin a local event loop.
    ReadResult readNow(const QString &key);
    QString writeNow(const QString &key, const QString &value); // empty on success
    QString removeNow(const QString &key);

    // Keys of the secrets we keep, in one place.
    static QString platformTokenKey(const QString &origin)
    {
        return QStringLiteral("platform-token:") + origin;
    }
};

// The session-only store: used when the keychain is unavailable, and in unit tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_values;
};

// The keychain while it answers; after its first failure, this session's memory (and
// isPersistent() turns false so the UI can say "kept for this session only"). Nothing is ever
// written to disk instead.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT

public:
    FallbackSecretStore(SecretStore *persistent, QObject *parent = nullptr);
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool isPersistent() const override { return !m_fellBack; }
    QString lastKeychainError() const { return m_keychainError; }

Q_SIGNALS:
    void fellBack(const QString &why);

private:
    void fallBack(const QString &why);
    SecretStore *m_persistent;
    MemorySecretStore m_memory;
    bool m_fellBack = false;
    QString m_keychainError;
};
