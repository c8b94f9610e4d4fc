#include "ruletemplates.h"

QList<RuleTemplates::Info> RuleTemplates::list()
{
    return {
        { QStringLiteral("deployment-status-change"), tr("Deployment status change"),
          tr("Every change of a workload's deployment (change_type \"workload\": the images, Xray data, "
             "integrity or trust changed).") },
        { QStringLiteral("integrity-violation"), tr("Integrity violation"),
          tr("An image runs with binaries that differ from the ones in Artifactory.") },
        { QStringLiteral("untrusted-registry"), tr("Untrusted registry"),
          tr("An image from a registry that is not trusted starts running.") },
    };
}

MessageTemplate RuleTemplates::defaultMessage()
{
    MessageTemplate message;
    message.title = QStringLiteral("{{rule.name}}: {{workload.name|unnamed workload}} in "
                                   "{{workload.namespace|?}} on {{workload.cluster|?}}");
    message.text = QStringLiteral("*Workload*\n"
                                  "• Name: {{workload.name|n/a}}\n"
                                  "• Namespace: {{workload.namespace|n/a}}\n"
                                  "• Cluster: {{workload.cluster|n/a}}\n"
                                  "• Nodes: {{workload.nodes|none}}\n"
                                  "• Risks: {{workload.risks|none}}\n"
                                  "• Vulnerabilities: {{workload.vulnerabilities_count|unknown}}\n"
                                  "{{#images}}\n"
                                  "*Image {{image.name|unnamed}}:{{image.tag|untagged}}*\n"
                                  "• Registry: {{image.registry|n/a}}\n"
                                  "• Repository path: {{image.repository_path|n/a}}\n"
                                  "• Digest: {{image.digest|n/a}}\n"
                                  "• Deployed by: {{image.deployed_by|n/a}}\n"
                                  "• Build owner: {{image.build_owner|n/a}}\n"
                                  "• Build: {{image.build_name|n/a}} #{{image.build_number|n/a}}\n"
                                  "• Risks: {{image.risks|none}}\n"
                                  "• Vulnerabilities: {{image.vulnerabilities|none}}\n"
                                  "{{/images}}\n"
                                  "Change: {{change_type|n/a}} at {{time}}");
    return message;
}

QList<RuleChannel> RuleTemplates::defaultChannels()
{
    RuleChannel slack;
    slack.id = QStringLiteral("slack");
    slack.type = RuleChannel::Type::Slack;
    slack.urlSecret = QStringLiteral("SLACK_WEBHOOK_URL");

    RuleChannel webhook;
    webhook.id = QStringLiteral("webhook");
    webhook.type = RuleChannel::Type::Webhook;
    webhook.urlSecret = QStringLiteral("WEBHOOK_URL");
    webhook.signingSecret = QStringLiteral("WEBHOOK_SIGNING_KEY");

    RuleChannel email;
    email.id = QStringLiteral("email");
    email.type = RuleChannel::Type::Email;
    email.baseUrl = QStringLiteral("https://api.sendgrid.com");
    email.apiKeySecret = QStringLiteral("MAIL_API_KEY");
    email.fromEmail = QStringLiteral("runtime-desk@example.com");
    email.fromName = QStringLiteral("Runtime Desk");
    // The security team, and each image's build owner as a mailbox of the same domain.
    email.to = { QStringLiteral("security@example.com"),
                 QStringLiteral("{{image.build_owner}}@example.com") };
    return { slack, webhook, email };
}

std::optional<Rule> RuleTemplates::make(const QString &name)
{
    Rule rule;
    rule.id = Rule::newId();
    rule.message = defaultMessage();
    rule.channels = defaultChannels();
    rule.cooldownSeconds = 300;
    rule.dedupeKey = defaultDedupeKey;
    RuleCondition condition;
    if (name == u"deployment-status-change") {
        condition.kind = RuleCondition::Kind::Match;
        condition.field = RuleCondition::Field::ChangeType;
        condition.op = RuleCondition::Op::In;
        condition.patterns = { QStringLiteral("workload") }; // the only value documented; it means any change
    } else if (name == u"integrity-violation") {
        condition.kind = RuleCondition::Kind::Risk;
        condition.risk = Risk::IntegrityViolation;
    } else if (name == u"untrusted-registry") {
        condition.kind = RuleCondition::Kind::Risk;
        condition.risk = Risk::UntrustedRegistry;
    } else {
        return std::nullopt;
    }
    for (const Info &info : list()) {
        if (info.name == name) {
            rule.name = info.title;
            rule.description = info.description;
        }
    }
    rule.criteria = CriteriaNode::all({ CriteriaNode::leaf(condition) });
    return rule;
}

Rule RuleTemplates::blank()
{
    Rule rule;
    rule.id = Rule::newId();
    rule.name = tr("New rule");
    rule.message = defaultMessage();
    rule.cooldownSeconds = 300;
    rule.dedupeKey = defaultDedupeKey;
    rule.criteria = CriteriaNode::all({});
    return rule;
}
