#pragma once

#include "demosinks.h"
#include "rule.h"

#include <QHash>
#include <QString>
#include <QStringList>

class RuleStore;
class SecretStore;

// Makes rules deliverable in --demo: every channel pointed at the demo platform's sinks (demosinks.h).
// The app calls prepare() once the demo platform runs; tests and `serve-demo` users can call the parts.
namespace DemoAlarmSetup {

// The secret values that point every channel of `rule` at the demo sinks: a Slack URL
// (/services/TDEMO0001/B…/…, one per rule and channel, so each has its own rate-limit lane), a webhook
// URL (/hooks/<rule>-<channel>), the webhook sink's signing key (raw), and the mail sink's API key.
QHash<QString, QString> secretsFor(const Rule &rule, const DemoSinkEndpoints &endpoints);
// The rule with each e-mail, PagerDuty and Splunk channel's base URL on the demo platform (a base URL is rule
// data, not a secret, so the rule itself changes: only ever do this in the demo profile).
Rule pointedAtDemo(Rule rule, const DemoSinkEndpoints &endpoints);
// Writes secretsFor() into the store; empty on success, else the first error.
QString seedSecrets(SecretStore &store, const Rule &rule, const DemoSinkEndpoints &endpoints);
// For --demo: adds the three template rules when the profile has none, points every rule's e-mail
// channels at the demo, and seeds every rule's secrets. Empty on success, else the first error.
// `created` gets the ids of the rules it added.
QString prepare(RuleStore &rules, SecretStore &secrets, const DemoSinkEndpoints &endpoints,
                QStringList *created = nullptr);

} // namespace DemoAlarmSetup
