#include "testrules.h"

#include "ruletemplates.h"
#include "standardwebhooks.h"

namespace {

RuleCondition cond(RuleCondition::Kind kind)
{
    RuleCondition c;
    c.kind = kind;
    return c;
}

CriteriaNode match(RuleCondition::Field field, RuleCondition::Op op, const QStringList &patterns)
{
    RuleCondition c = cond(RuleCondition::Kind::Match);
    c.field = field;
    c.op = op;
    c.patterns = patterns;
    return CriteriaNode::leaf(c);
}

CriteriaNode risk(Risk r)
{
    RuleCondition c = cond(RuleCondition::Kind::Risk);
    c.risk = r;
    return CriteriaNode::leaf(c);
}

} // namespace

namespace TestRules {

QHash<QString, QString> secrets()
{
    return { { QStringLiteral("SLACK_WEBHOOK_URL"),
               QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXXXXXX") },
             { QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://receiver.example.com/hooks/runtime") },
             { QStringLiteral("WEBHOOK_SIGNING_KEY"), QString::fromLatin1(StandardWebhooks::generateKey()) },
             { QStringLiteral("AUDIT_URL"), QStringLiteral("https://audit.example.com/in") },
             { QStringLiteral("AUDIT_KEY"), QStringLiteral("audit-key-with-\"quotes\"-and-ü-0123456789") },
             { QStringLiteral("MAIL_API_KEY"), QStringLiteral("SG.test-key.0123456789") },
             { QStringLiteral("TEAMS_WORKFLOW_URL"),
               QStringLiteral(
                   "https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/"
                   "invoke?api-version=2016-06-01&sig=s3cr3t") },
             { QStringLiteral("PAGERDUTY_ROUTING_KEY"), QStringLiteral("r0ut1ngk3y0123456789abcdef012345") },
             { QStringLiteral("SPLUNK_HEC_TOKEN"), QStringLiteral("b0d1e2f3-0000-4000-8000-123456789abc") } };
}

// Every condition kind, field and op, nested, every placeholder, two webhooks, no cooldown.
Rule kitchenSink()
{
    using F = RuleCondition::Field;
    using O = RuleCondition::Op;
    Rule rule = *RuleTemplates::make(QStringLiteral("deployment-status-change"));
    rule.name = QStringLiteral("Kitchen <sink> & \"all\" 🚀");
    RuleCondition severity = cond(RuleCondition::Kind::SeverityAtLeast);
    severity.severity = Severity::High;
    RuleCondition count = cond(RuleCondition::Kind::VulnerabilitiesAtLeast);
    count.count = 4;
    rule.criteria = CriteriaNode::any({
        CriteriaNode::all({ match(F::ChangeType, O::In, { QStringLiteral("workload") }),
                            match(F::Namespace, O::Matches, { QStringLiteral("prod*") }),
                            risk(Risk::UntrustedRegistry) }),
        CriteriaNode::all(
            { match(F::Registry, O::NotIn, { QStringLiteral("myco.jfrog.io"), QStringLiteral("*.internal") }),
              CriteriaNode::leaf(severity) }),
        CriteriaNode::all(
            { CriteriaNode::leaf(count),
              CriteriaNode::any(
                  { match(F::Cluster, O::Matches, { QStringLiteral("*-euc1") }),
                    match(F::Workload, O::In, { QStringLiteral("front*"), QStringLiteral("api?") }) }) }),
        match(F::Image, O::Matches, { QStringLiteral("*🚀*") }),
        CriteriaNode::all(
            { match(F::BuildOwner, O::In, { QStringLiteral("devops-team"), QStringLiteral("sec-*") }),
              match(F::DeployedBy, O::Matches, { QStringLiteral("*@example.com") }), risk(Risk::Malicious) }),
        CriteriaNode::all({ risk(Risk::CriticalApplicableCves),
                            match(F::ChangeType, O::NotIn, { QStringLiteral("image") }) }),
    });
    rule.message.title =
        QStringLiteral("{{rule.name}} [{{rule.id}}] {{workload.name}}/{{image.name|no image}}");
    rule.message.text = QStringLiteral(
        "{{change_type}} at {{time}} on {{workload.cluster}}/{{workload.namespace}}/{{workload.name}} "
        "({{workload.nodes|no nodes}})\n"
        "risks: {{risks|none}}; workload risks: {{workload.risks}}; count "
        "{{workload.vulnerabilities_count|?}}; all: {{vulnerabilities|0}}\n"
        "first image: {{image.registry}}/{{image.repository_path}}:{{image.tag}}\n"
        "{{#images}}- {{image.name}} {{image.architecture}} {{image.digest}} by {{image.deployed_by|?}} "
        "owner {{image.build_owner|?}}"
        " build {{image.build_name}}#{{image.build_number}} @{{image.build_repository}} risks "
        "{{image.risks|-}} vulns {{image.vulnerabilities|-}}\n"
        "{{/images}}{{ workload.name | fallback with spaces }}}} {single} {{#images}}{{/images}}end");
    RuleChannel audit;
    audit.id = QStringLiteral("audit");
    audit.type = RuleChannel::Type::Webhook;
    audit.urlSecret = QStringLiteral("AUDIT_URL");
    audit.signingSecret = QStringLiteral("AUDIT_KEY");
    rule.channels.insert(1, audit);
    RuleChannel &mail = rule.channels.last();
    mail.baseUrl = QStringLiteral("https://mail.example.com/sendgrid");
    mail.fromName.clear();
    mail.to = { QStringLiteral("sec@example.com"), QStringLiteral("SEC@example.com"),
                QStringLiteral("{{image.build_owner}}@example.com"), QStringLiteral("{{image.deployed_by}}"),
                QStringLiteral("{{workload.namespace}}-oncall@example.com") };
    mail.toPeople = { RuleChannel::Person::DeployedBy, RuleChannel::Person::BuildOwner };
    mail.fallback = QStringLiteral("unresolved@example.com");
    rule.channels.first().mention = { RuleChannel::Person::BuildOwner, RuleChannel::Person::DeployedBy };
    rule.channels.append(RuleTemplates::channel(RuleChannel::Type::Teams));
    RuleChannel pager = RuleTemplates::channel(RuleChannel::Type::PagerDuty);
    pager.severity = QStringLiteral("warning");
    rule.channels.append(pager);
    RuleChannel splunk = RuleTemplates::channel(RuleChannel::Type::Splunk);
    splunk.index = QStringLiteral("runtime_alarms");
    rule.channels.append(splunk);
    // Long enough that PagerDuty's dedup_key needs the hashed form for some events.
    rule.dedupeKey =
        QStringLiteral("{{workload.cluster}}/{{workload.namespace}}/{{workload.name}}/{{#images}}"
                       "{{image.digest}} {{image.build_owner}} {{image.deployed_by}};{{/images}}");
    rule.cooldownSeconds = 0;
    return rule;
}

// A rule whose texts try to start lines with `import` and to break out of comments and strings.
Rule hostile()
{
    Rule rule = *RuleTemplates::make(QStringLiteral("untrusted-registry"));
    rule.name = QString::fromUtf16(u"Evil\u2028import x from 'y'; // */ `${x}` \u2029import z;");
    rule.description =
        QStringLiteral("line one\nimport fs from 'fs';\n  import('child_process')\n\timport\t*;");
    rule.message.text = QStringLiteral("ok\nimport a from 'b';\r\nimport c;\n{{workload.name}}\n  import d")
        + QChar(0x2028) + QStringLiteral("import e");
    rule.channels[2].to = { QStringLiteral("{{image.build_owner}}@example.com") };
    rule.channels.append(RuleTemplates::channel(RuleChannel::Type::Teams));
    return rule;
}

QList<Rule> all()
{
    QList<Rule> out;
    for (const auto &info : RuleTemplates::list())
        out.append(*RuleTemplates::make(info.name));
    out.append(kitchenSink());
    out.append(hostile());
    return out;
}

QStringList names()
{
    QStringList out;
    for (const auto &info : RuleTemplates::list())
        out.append(info.name);
    return out << QStringLiteral("kitchen-sink") << QStringLiteral("hostile");
}

} // namespace TestRules
