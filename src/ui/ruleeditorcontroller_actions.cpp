// RuleEditorController: the rule's status on the platform, its secrets in the keychain, the export
// of its worker project, and the deploy operations handed to RulesController.
#include "ruleeditorcontroller.h"
#include "rulelistmodel.h"
#include "rulescontroller.h"
#include "rulesecrets.h"
#include "secretstore.h"
#include "workergenerator.h"

#include <QDir>

QString RuleEditorController::workerKey() const
{
    if (!m_loaded || !m_rules)
        return {};
    const auto stored = m_rules->store().find(m_rule.id);
    return stored && !stored->workerKey.isEmpty() ? stored->workerKey
                                                  : WorkerGenerator::suggestedKey(m_saved);
}

QString RuleEditorController::state() const
{
    const auto stored = m_loaded && m_rules ? m_rules->store().find(m_rule.id) : std::nullopt;
    return stored ? RuleStore::stateName(stored->state()) : QString();
}

QString RuleEditorController::stateLabel() const
{
    const auto stored = m_loaded && m_rules ? m_rules->store().find(m_rule.id) : std::nullopt;
    return stored ? RuleListModel::stateLabel(stored->state()) : QString();
}

bool RuleEditorController::deployed() const
{
    const auto stored = m_loaded && m_rules ? m_rules->store().find(m_rule.id) : std::nullopt;
    return stored && stored->deployedRevision.has_value();
}

bool RuleEditorController::workerEnabled() const
{
    const auto stored = m_loaded && m_rules ? m_rules->store().find(m_rule.id) : std::nullopt;
    return stored && stored->deployedRevision.has_value() && stored->enabled;
}

void RuleEditorController::refreshSecrets()
{
    m_secretStatus.clear();
    SecretStore *store = m_rules ? m_rules->secretStore() : nullptr;
    const QStringList names = m_rule.secretNames();
    for (const QString &name : names)
        m_secretStatus.insert(name, false);
    Q_EMIT secretsChanged();
    if (!store)
        return;
    QPointer<RuleEditorController> self(this);
    const QString ruleId = m_rule.id;
    for (const QString &name : names) {
        store->read(RuleSecrets::keychainKey(ruleId, name),
                    [self, ruleId, name](const SecretStore::ReadResult &r) {
                        if (!self || self->m_rule.id != ruleId)
                            return;
                        self->m_secretStatus.insert(name, r.value.has_value() && !r.value->isEmpty());
                        Q_EMIT self->secretsChanged();
                    });
    }
}

void RuleEditorController::setSecret(const QString &name, const QString &value)
{
    SecretStore *store = m_rules ? m_rules->secretStore() : nullptr;
    if (!store || !m_rule.secretNames().contains(name) || value.isEmpty())
        return;
    QPointer<RuleEditorController> self(this);
    store->write(RuleSecrets::keychainKey(m_rule.id, name), value,
                 [self, name, store](bool ok, const QString &error) {
                     if (!self)
                         return;
                     self->m_secretStatus.insert(name, ok);
                     Q_EMIT self->secretsChanged();
                     self->setStatus(!ok ? tr("%1 was not stored: %2").arg(name, error)
                                         : store->isPersistent()
                                         ? tr("%1 is stored in the keychain").arg(name)
                                         : tr("%1 is kept for this session only (no keychain)").arg(name),
                                     !ok);
                 });
}

void RuleEditorController::forgetSecret(const QString &name)
{
    SecretStore *store = m_rules ? m_rules->secretStore() : nullptr;
    if (!store)
        return;
    QPointer<RuleEditorController> self(this);
    store->remove(RuleSecrets::keychainKey(m_rule.id, name), [self, name](bool, const QString &) {
        if (!self)
            return;
        self->m_secretStatus.insert(name, false);
        Q_EMIT self->secretsChanged();
    });
}

bool RuleEditorController::exportProject(const QUrl &folder)
{
    if (!m_loaded)
        return false;
    const QString directory =
        QDir(folder.isLocalFile() ? folder.toLocalFile() : folder.toString()).filePath(workerKey());
    QString error;
    if (!WorkerGenerator::write(WorkerGenerator::generate(m_rule, workerKey()), directory, &error)) {
        setStatus(tr("Not exported: %1").arg(error.section(u'\n', 0, 0)), true);
        return false;
    }
    setStatus(tr("Exported the worker project to %1").arg(QDir::toNativeSeparators(directory)));
    return true;
}

bool RuleEditorController::deploy(bool enable)
{
    if (!m_rules || !save())
        return false;
    m_rules->deploy(m_rule.id, enable);
    return true;
}

bool RuleEditorController::setEnabled(bool enabled)
{
    if (!m_rules || !m_loaded)
        return false;
    m_rules->setEnabled(m_rule.id, enabled);
    return true;
}

bool RuleEditorController::removeWorker()
{
    if (!m_rules || !m_loaded)
        return false;
    m_rules->removeWorker(m_rule.id);
    return true;
}

bool RuleEditorController::deleteRule()
{
    if (!m_rules || !m_loaded || !m_rules->deleteRule(m_rule.id))
        return false;
    m_loaded = false;
    m_rule = Rule {};
    m_saved = m_rule;
    m_secretStatus.clear();
    Q_EMIT loadedChanged();
    changed(true, true);
    Q_EMIT statusChanged();
    return true;
}
