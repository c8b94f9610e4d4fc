// WorkerDeployJob: the deploy sequence (docs/jfrog-api.md 4.6). The job's bookkeeping, enable, disable
// and remove are in workerdeployjob.cpp.
#include "apiclient.h"
#include "jstext.h"
#include "peoplestore.h"
#include "platformworker.h"
#include "rulejson.h"
#include "rulesecrets.h"
#include "secretstore.h"
#include "workerdeployjob.h"
#include "workergenerator.h"
#include "workersrequests.h"

// --- deploy -------------------------------------------------------------------------------------

void WorkerDeployJob::deploy(const StoredRule &rule, bool enable)
{
    begin(Operation::Deploy, rule,
          { QStringLiteral("generate"), QStringLiteral("cases"), QStringLiteral("secrets"),
            QStringLiteral("actions"), QStringLiteral("options"), QStringLiteral("lookup"),
            QStringLiteral("write"), QStringLiteral("record") });
    m_enable = enable;
    running(QStringLiteral("generate"));
    if (!rule.rule) {
        fail(QStringLiteral("generate"), tr("the stored rule does not read: %1").arg(rule.errors.value(0)),
             3);
        return;
    }
    if (const QStringList errors = RuleJson::validate(*rule.rule); !errors.isEmpty()) {
        fail(QStringLiteral("generate"), errors.constFirst(), 3);
        return;
    }
    m_source = QString::fromUtf8(
        WorkerGenerator::workerSource(*rule.rule, PeopleStore(m_store->database()).yours().values()));
    done(QStringLiteral("generate"),
         tr("%L1 characters, rule revision %2").arg(m_source.size()).arg(rule.revision));
    if (!checkCases(*rule.rule))
        return;
    running(QStringLiteral("secrets"));
    if (m_givenSecrets) {
        for (const QString &name : rule.rule->secretNames()) {
            if (!m_givenSecrets->value(name).isEmpty())
                m_values.insert(name, m_givenSecrets->value(name));
        }
        done(QStringLiteral("secrets"),
             tr("%1 of %2 given").arg(m_values.size()).arg(rule.rule->secretNames().size()));
        checkAction();
        return;
    }
    readSecrets(0, [this] { checkAction(); });
}

// The deploy gate: the rule's golden cases run before anything reaches the platform, and one that
// fails refuses the deploy with its reason. A job without a gate deploys nothing.
bool WorkerDeployJob::checkCases(const Rule &rule)
{
    running(QStringLiteral("cases"));
    DeployGateResult check;
    if (m_gate)
        check = m_gate(rule);
    else
        check.error = check.lines.emplaceBack(tr("no deploy gate: the rule's golden cases were not run"));
    if (!check.ok) {
        const QStringList &lines = check.lines;
        fail(QStringLiteral("cases"),
             check.error.isEmpty() ? tr("Not deployed: %1 of %2 golden case(s) fail: %3")
                                         .arg(check.cases - check.passed)
                                         .arg(check.cases)
                                         .arg(lines.join(QStringLiteral("; ")))
                                   : tr("Not deployed: %1").arg(lines.join(QStringLiteral("; "))),
             3);
        return false;
    }
    if (check.cases == 0)
        skip(QStringLiteral("cases"), tr("no golden cases for this rule"));
    else
        done(QStringLiteral("cases"), tr("%n golden case(s) pass", nullptr, check.cases));
    return true;
}

void WorkerDeployJob::readSecrets(qsizetype index, std::function<void()> next)
{
    const QStringList names = m_rule.rule->secretNames();
    if (index >= names.size()) {
        done(QStringLiteral("secrets"),
             tr("%1 of %2 in the keychain").arg(m_values.size()).arg(names.size()));
        next();
        return;
    }
    if (!m_secrets) {
        fail(QStringLiteral("secrets"), tr("no secret store"), 3);
        return;
    }
    const QString name = names[index];
    QPointer<WorkerDeployJob> self(this);
    m_secrets->read(RuleSecrets::keychainKey(m_rule.id, name),
                    [self, index, name, next](const SecretStore::ReadResult &read) {
                        if (!self || !self->m_running)
                            return;
                        if (!read.error.isEmpty()) {
                            self->fail(QStringLiteral("secrets"),
                                       tr("the keychain did not answer: %1").arg(read.error), 3);
                            return;
                        }
                        if (read.value && !read.value->isEmpty())
                            self->m_values.insert(name, *read.value);
                        self->readSecrets(index + 1, next);
                    });
}

void WorkerDeployJob::checkAction()
{
    auto *request = new ActionsRequest(m_client, this);
    send(QStringLiteral("actions"), request, [this, request] {
        if (!request->find(Rule::application, Rule::action)) {
            fail(QStringLiteral("actions"),
                 tr("the platform offers no %1 action of %2 (are Workers and Runtime enabled?)")
                     .arg(Rule::action, Rule::application),
                 2);
            return;
        }
        done(QStringLiteral("actions"), tr("%1 (%2) exists").arg(Rule::action, Rule::application));
        readOptions([this] {
            if (m_source.size() > m_options.maxCodeChars) {
                fail(QStringLiteral("options"),
                     tr("worker.ts has %L1 characters, more than the platform accepts (%L2); shorten the "
                        "message template or the lists")
                         .arg(m_source.size())
                         .arg(m_options.maxCodeChars),
                     3);
                return;
            }
            lookUp([this](const std::optional<WorkerDetails> &existing) { write(existing); });
        });
    });
}

void WorkerDeployJob::readOptions(std::function<void()> next)
{
    auto *request = new OptionsRequest(m_client, this);
    send(QStringLiteral("options"), request, [this, request, next] {
        m_options = request->result();
        done(QStringLiteral("options"),
             tr("up to %L1 characters of code%2")
                 .arg(m_options.maxCodeChars)
                 .arg(m_options.encodeSourceCodeInBase64 ? tr(", sent as base64") : QString()));
        next();
    });
}

void WorkerDeployJob::lookUp(std::function<void(const std::optional<WorkerDetails> &)> next)
{
    auto *request = new WorkerRequest(m_client, m_key, this);
    send(QStringLiteral("lookup"), request, [this, request, next] {
        const std::optional<WorkerDetails> existing = request->result();
        if (existing && !owned(*existing))
            return;
        done(QStringLiteral("lookup"),
             existing ? tr("%1 is on the platform (%2)")
                            .arg(m_key, existing->enabled ? tr("enabled") : tr("disabled"))
                      : tr("%1 is not on the platform").arg(m_key));
        next(existing);
    });
}

bool WorkerDeployJob::owned(const WorkerDetails &details)
{
    const PlatformWorker worker = PlatformWorker::fromDetails(details);
    if (worker.isMadeFrom(m_rule.id))
        return true;
    fail(QStringLiteral("lookup"),
         worker.rule
             ? tr("the worker %1 on the platform was made from another rule (%2); it is left alone")
                   .arg(m_key, worker.rule->id)
             : tr("the worker %1 on the platform was not made by Runtime Desk; it is left alone").arg(m_key),
         2);
    return false;
}

void WorkerDeployJob::write(const std::optional<WorkerDetails> &existing)
{
    const Rule &rule = *m_rule.rule;
    const QStringList names = rule.secretNames();
    QStringList missing;
    for (const QString &name : names) {
        if (!m_values.contains(name) && !(existing && existing->secretKeys.contains(name)))
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        fail(QStringLiteral("write"),
             tr("no value for the secret(s) %1: set them in the editor or with `rules secret set`")
                 .arg(missing.join(QStringLiteral(", "))),
             3);
        return;
    }
    WorkerDeployment d;
    d.key = m_key;
    d.description = JsText::clip(JsText::singleLine(QStringLiteral("Runtime Desk rule: ") + rule.name), 256);
    d.enabled = m_enable || (existing && existing->enabled);
    d.sourceCode = m_source;
    d.application = Rule::application;
    d.action = Rule::action;
    d.versionNumber = QString::number(m_rule.revision).left(int(m_options.maxVersionNumberChars));
    d.versionDescription =
        JsText::clip(QStringLiteral("Runtime Desk rule %1, revision %2").arg(rule.id).arg(m_rule.revision),
                     m_options.maxVersionDescriptionChars);
    // As `jf worker deploy`: a secret the platform has is marked for removal, then sent anew; one the
    // rule no longer names is removed; one without a local value is kept as the platform has it.
    if (existing) {
        for (const QString &key : existing->secretKeys) {
            if (!names.contains(key) || m_values.contains(key))
                d.secrets.append({ key, {}, true });
        }
    }
    for (const QString &name : names) {
        if (m_values.contains(name))
            d.secrets.append({ name, m_values.value(name), false });
    }
    m_result.created = !existing;
    m_result.enabled = d.enabled;
    const int kept = int(names.size() - m_values.size());
    ApiRequest *request = existing
        ? static_cast<ApiRequest *>(
            new UpdateWorkerRequest(m_client, d, m_options.encodeSourceCodeInBase64, this))
        : new CreateWorkerRequest(m_client, d, m_options.encodeSourceCodeInBase64, this);
    send(QStringLiteral("write"), request, [this, existing, kept, d] {
        QString detail = existing
            ? tr("updated %1 (PUT, %2)").arg(m_key, d.enabled ? tr("enabled") : tr("disabled"))
            : tr("created %1 (POST, %2)").arg(m_key, d.enabled ? tr("enabled") : tr("disabled"));
        if (kept > 0)
            detail += tr("; %1 secret(s) kept as the platform has them").arg(kept);
        done(QStringLiteral("write"), detail);
        record();
    });
}
