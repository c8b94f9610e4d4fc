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
                                  "• Integrity: {{image.integrity}}\n"
                                  "• Risks: {{image.risks|none}}\n"
                                  "• Vulnerabilities: {{image.vulnerabilities|none}}\n"
                                  "{{/images}}\n"
                                  "Change: {{change_type|n/a}} at {{time}}");
    return message;
}

RuleChannel RuleTemplates::channel(RuleChannel::Type type, const QString &teamAddress)
{
    RuleChannel ch;
    ch.type = type;
    switch (type) {
    case RuleChannel::Type::Slack:
        ch.id = QStringLiteral("slack");
        ch.urlSecret = QStringLiteral("SLACK_WEBHOOK_URL");
        ch.mention = { RuleChannel::Person::BuildOwner };
        break;
    case RuleChannel::Type::Webhook:
        ch.id = QStringLiteral("webhook");
        ch.urlSecret = QStringLiteral("WEBHOOK_URL");
        ch.signingSecret = QStringLiteral("WEBHOOK_SIGNING_KEY");
        break;
    case RuleChannel::Type::Email:
        ch.id = QStringLiteral("email");
        ch.baseUrl = RuleChannel::defaultSendGridUrl;
        ch.apiKeySecret = QStringLiteral("MAIL_API_KEY");
        ch.fromEmail = QStringLiteral("runtime-desk@example.com");
        ch.fromName = QStringLiteral("Runtime Desk");
        // The team, and each image's build owner at the address the people directory gives; the team
        // again for an owner nobody has resolved.
        ch.to = { teamAddress.isEmpty() ? defaultTeamAddress : teamAddress };
        ch.toPeople = { RuleChannel::Person::BuildOwner };
        ch.fallback = ch.to.constFirst();
        break;
    case RuleChannel::Type::Teams:
        ch.id = QStringLiteral("teams");
        ch.urlSecret = QStringLiteral("TEAMS_WORKFLOW_URL");
        break;
    case RuleChannel::Type::PagerDuty:
        ch.id = QStringLiteral("pagerduty");
        ch.baseUrl = RuleChannel::defaultPagerDutyUrl;
        ch.apiKeySecret = QStringLiteral("PAGERDUTY_ROUTING_KEY");
        ch.severity = RuleChannel::defaultSeverity;
        break;
    case RuleChannel::Type::Splunk:
        ch.id = QStringLiteral("splunk");
        ch.baseUrl = QStringLiteral("https://splunk.example.com:8088");
        ch.apiKeySecret = QStringLiteral("SPLUNK_HEC_TOKEN");
        ch.sourcetype = RuleChannel::defaultSourcetype;
        break;
    }
    return ch;
}

QList<RuleChannel> RuleTemplates::defaultChannels(const QString &teamAddress)
{
    QList<RuleChannel> channels;
    for (RuleChannel::Type type : defaultChannelTypes())
        channels.append(channel(type, teamAddress));
    return channels;
}

std::optional<Rule> RuleTemplates::make(const QString &name, const Options &options)
{
    Rule rule;
    rule.id = Rule::newId();
    rule.message = defaultMessage();
    for (RuleChannel::Type type : options.channels.isEmpty() ? defaultChannelTypes() : options.channels)
        rule.channels.append(channel(type, options.teamAddress));
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
