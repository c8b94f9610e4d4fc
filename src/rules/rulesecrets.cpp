#include "rulesecrets.h"

#include "logging.h"
#include "secretstore.h"

namespace RuleSecrets {

QString keychainKey(const QString &ruleId, const QString &name)
{
    return QStringLiteral("rule-secret:") + ruleId + u':' + name;
}

QHash<QString, QString> read(SecretStore &store, const Rule &rule, QStringList *missing, QString *error)
{
    QHash<QString, QString> values;
    for (const QString &name : rule.secretNames()) {
        const SecretStore::ReadResult result = store.readNow(keychainKey(rule.id, name));
        if (!result.error.isEmpty()) {
            if (error)
                *error = result.error;
            qCWarning(lcRules) << "cannot read the secrets of rule" << rule.id << ":" << result.error;
            return {};
        }
        if (result.value && !result.value->isEmpty())
            values.insert(name, *result.value);
        else if (missing)
            missing->append(name);
    }
    return values;
}

QString write(SecretStore &store, const Rule &rule, const QString &name, const QString &value)
{
    if (!rule.secretNames().contains(name))
        return QStringLiteral("the rule does not use a secret named %1").arg(name);
    return store.writeNow(keychainKey(rule.id, name), value);
}

QString removeAll(SecretStore &store, const Rule &rule)
{
    QString firstError;
    for (const QString &name : rule.secretNames()) {
        const QString error = store.removeNow(keychainKey(rule.id, name));
        if (firstError.isEmpty())
            firstError = error;
    }
    return firstError;
}

} // namespace RuleSecrets
