#pragma once

#include "rule.h"

#include <QHash>
#include <QString>
#include <QStringList>

class SecretStore;

// A rule's secret values (webhook URLs, signing keys, API keys). The rule names them; the values
// live only in the SecretStore (the keychain), one entry per rule and name, and go from there to
// the platform (deploy) or into a plan (harness). Never into SQLite, files or logs.
namespace RuleSecrets {

// "rule-secret:<ruleId>:<name>"
QString keychainKey(const QString &ruleId, const QString &name);
// The values of every secret the rule names that the store has; the others go to `missing`.
// A store error (the keychain is unavailable) goes to `error`, and no value is returned.
QHash<QString, QString> read(SecretStore &store, const Rule &rule, QStringList *missing, QString *error);
// Stores one value; empty on success, else the store's error. Refuses names the rule does not use.
QString write(SecretStore &store, const Rule &rule, const QString &name, const QString &value);
// Forgets every secret the rule names (when the rule is removed).
QString removeAll(SecretStore &store, const Rule &rule);

} // namespace RuleSecrets
