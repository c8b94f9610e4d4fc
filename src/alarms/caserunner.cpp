#include "caserunner.h"

#include "casestore.h"
#include "database.h"
#include "jsonwriter.h"
#include "rulestore.h"
#include "simulation.h"
#include "standardwebhooks.h"

namespace {

QString listText(QStringList list)
{
    std::sort(list.begin(), list.end());
    return u'[' + list.join(QStringLiteral(", ")) + u']';
}

QString quoted(const QString &text)
{
    return QString::fromUtf8(JsonWriter::quote(text));
}

void add(CaseCheck &check, const GoldenCase &c, const QStringList &reasons)
{
    ++check.cases;
    if (reasons.isEmpty()) {
        ++check.passed;
        return;
    }
    check.ok = false;
    for (const QString &reason : reasons)
        check.failures.append({ c.id, c.name, c.ruleId, reason });
}

} // namespace

QStringList CaseCheck::lines() const
{
    QStringList out;
    if (!error.isEmpty())
        out.append(error);
    for (const CaseFailure &f : failures)
        out.append(CaseRunner::tr("case %1: %2").arg(quoted(f.caseName), f.reason));
    return out;
}

CaseRunner::CaseRunner(Database &local)
    : m_db(local)
{ }

QHash<QString, QString> CaseRunner::standInSecrets(const Rule &rule)
{
    QHash<QString, QString> secrets;
    for (const RuleChannel &ch : rule.channels) {
        if (!ch.urlSecret.isEmpty())
            secrets.insert(ch.urlSecret, QStringLiteral("https://stand-in.invalid/") + ch.id);
        if (!ch.signingSecret.isEmpty())
            secrets.insert(ch.signingSecret,
                           QString::fromLatin1(QByteArray(StandardWebhooks::generatedKeyBytes, 'k')));
        if (!ch.apiKeySecret.isEmpty())
            secrets.insert(ch.apiKeySecret, QStringLiteral("stand-in-key"));
    }
    return secrets;
}

QStringList CaseRunner::failures(const GoldenCase &c, const Rule &rule)
{
    const RuleSimulation s =
        Simulation::simulate({ rule, QString(), standInSecrets(rule) }, c.event, c.planTime);
    QStringList reasons;
    if (s.fired != c.expectFire) {
        QStringList held;
        QStringList failed;
        for (const ConditionVerdict &v : s.conditions)
            (v.passed ? held : failed).append(tr("%1 (saw %2)").arg(v.text, v.value));
        if (c.expectFire)
            reasons.append(
                tr("expected the rule to fire; it does not: %1")
                    .arg(failed.isEmpty() ? tr("no condition failed") : failed.join(QStringLiteral("; "))));
        else
            reasons.append(
                tr("expected the rule to stay quiet; it fires: %1")
                    .arg(held.isEmpty() ? tr("an empty group holds") : held.join(QStringLiteral("; "))));
        return reasons;
    }
    if (!s.fired)
        return reasons;
    QStringList sent;
    for (const SimulatedCall &call : s.calls)
        sent.append(call.shown.channel);
    if (c.expectChannels && listText(*c.expectChannels) != listText(sent))
        reasons.append(
            tr("expected channels %1, it sends to %2").arg(listText(*c.expectChannels), listText(sent)));
    for (const QString &text : c.expectTexts) {
        if (s.calls.isEmpty())
            reasons.append(tr("expected %1 in the messages, but no channel sends").arg(quoted(text)));
        for (const SimulatedCall &call : s.calls) {
            if (!call.preview.readableText().contains(text))
                reasons.append(
                    tr("the %1 message does not contain %2").arg(call.shown.channel, quoted(text)));
        }
    }
    return reasons;
}

CaseCheck CaseRunner::check(const Rule &rule)
{
    CaseCheck result;
    m_db.clearError();
    for (const GoldenCase &c : CaseStore(m_db).forRule(rule.id))
        add(result, c, failures(c, rule));
    if (m_db.lastError()) {
        result.ok = false;
        result.error = tr("the golden cases could not be read: %1").arg(m_db.lastError().message);
    }
    return result;
}

CaseCheck CaseRunner::check(const QString &ruleId)
{
    const auto stored = RuleStore(m_db).find(ruleId);
    if (!stored || !stored->rule) {
        CaseCheck result;
        result.ok = false;
        result.error = stored
            ? tr("rule %1 does not read: %2").arg(ruleId, stored->errors.join(QStringLiteral("; ")))
            : tr("no rule %1").arg(ruleId);
        return result;
    }
    return check(*stored->rule);
}

CaseCheck CaseRunner::checkAll()
{
    CaseCheck total;
    RuleStore rules(m_db);
    for (const StoredRule &stored : rules.list()) {
        const CaseCheck one = stored.rule ? check(*stored.rule) : check(stored.id);
        total.ok = total.ok && one.ok;
        total.cases += one.cases;
        total.passed += one.passed;
        total.failures += one.failures;
        if (!one.error.isEmpty())
            total.error += (total.error.isEmpty() ? QString() : QStringLiteral("; ")) + one.error;
    }
    return total;
}

DeployGate CaseRunner::deployGate(Database &local)
{
    return [&local](const Rule &rule) {
        const CaseCheck check = CaseRunner(local).check(rule);
        return DeployGateResult { check.ok, check.cases, check.passed, check.lines(), check.error };
    };
}
