#pragma once

#include "secretstore.h"

// Secrets in the OS keychain through qtkeychain (libsecret / gnome-keyring on Linux).
// Never uses qtkeychain's insecure plain-text fallback.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("runtime-desk"), QObject *parent = nullptr);
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool isPersistent() const override { return true; }

    // Writes and deletes a probe entry: false (and why) when no keychain answers on this machine.
    static bool probe(QString *why, const QString &service = QStringLiteral("runtime-desk"));

private:
    QString m_service;
};
