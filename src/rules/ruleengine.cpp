#include "ruleengine.h"

#include "eventview.h"
#include "glob.h"
#include "jsonwriter.h"
#include "jstext.h"

namespace {

QStringList valuesOf(RuleCondition::Field field, const EventView &event)
{
    using Field = RuleCondition::Field;
    switch (field) {
    case Field::ChangeType:
        return { event.changeType };
    case Field::Cluster:
        return { event.cluster };
    case Field::Namespace:
        return { event.nameSpace };
    case Field::Workload:
        return { event.workloadName };
    default:
        break;
    }
    QStringList values;
    for (const EventImage &image : event.images) {
        switch (field) {
        case Field::Image:
            values.append(image.name);
            break;
        case Field::Registry:
            values.append(image.registry);
            break;
        case Field::BuildOwner:
            values.append(image.buildOwner);
            break;
        case Field::DeployedBy:
            values.append(image.deployedBy);
            break;
        default:
            break;
        }
    }
    return values;
}

QString quoted(const QString &text)
{
    return QString::fromUtf8(JsonWriter::quote(text));
}

QString quotedList(const QStringList &texts, qsizetype shown = 5)
{
    QStringList parts;
    for (qsizetype i = 0; i < texts.size() && i < shown; ++i)
        parts.append(quoted(texts[i]));
    if (texts.size() > shown)
        parts.append(RuleEngine::tr("… %n more", nullptr, int(texts.size() - shown)));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString fieldLabel(RuleCondition::Field field)
{
    using Field = RuleCondition::Field;
    switch (field) {
    case Field::ChangeType:
        return RuleEngine::tr("change type");
    case Field::Cluster:
        return RuleEngine::tr("cluster");
    case Field::Namespace:
        return RuleEngine::tr("namespace");
    case Field::Workload:
        return RuleEngine::tr("workload");
    case Field::Image:
        return RuleEngine::tr("an image's name");
    case Field::Registry:
        return RuleEngine::tr("an image's registry");
    case Field::BuildOwner:
        return RuleEngine::tr("an image's build owner");
    case Field::DeployedBy:
        return RuleEngine::tr("an image's deployer");
    }
    return {};
}

bool matchesAny(const QStringList &patterns, const QString &value)
{
    for (const QString &pattern : patterns) {
        if (Glob::match(pattern, value))
            return true;
    }
    return false;
}

bool evaluateNode(const CriteriaNode &node, const EventView &event, const QString &path,
                  QList<ConditionVerdict> &out)
{
    if (node.type == CriteriaNode::Type::Condition) {
        ConditionVerdict verdict;
        verdict.text = RuleEngine::describe(node.condition);
        verdict.passed = RuleEngine::holds(node.condition, event, &verdict.value);
        verdict.path = path;
        out.append(verdict);
        return verdict.passed;
    }
    const bool all = node.type == CriteriaNode::Type::All;
    const QString prefix = path + (all ? QStringLiteral(".all[") : QStringLiteral(".any["));
    bool result = all;
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        const bool passed = evaluateNode(node.children[i], event, prefix + QString::number(i) + u']', out);
        result = all ? (result && passed) : (result || passed);
    }
    return result;
}

} // namespace

Evaluation RuleEngine::evaluate(const Rule &rule, const QJsonObject &event)
{
    return evaluate(rule, EventView(event));
}

Evaluation RuleEngine::evaluate(const Rule &rule, const EventView &event)
{
    Evaluation evaluation;
    evaluation.fired = evaluateNode(rule.criteria, event, QStringLiteral("criteria"), evaluation.conditions);
    return evaluation;
}

bool RuleEngine::holds(const RuleCondition &condition, const EventView &event, QString *value)
{
    QString seen;
    bool passed = false;
    switch (condition.kind) {
    case RuleCondition::Kind::Match: {
        const QStringList values = valuesOf(condition.field, event);
        for (const QString &v : values) {
            const bool in = matchesAny(condition.patterns, v);
            passed = passed || (condition.op == RuleCondition::Op::NotIn ? !in : in);
        }
        seen = values.isEmpty() ? tr("no images") : quotedList(values, values.size());
        if (values.size() == 1)
            seen = quoted(values.constFirst());
        break;
    }
    case RuleCondition::Kind::Risk: {
        const QStringList risks = event.allRisks();
        for (const QString &raw : risks)
            passed = passed || EventView::classifyRisk(raw) == condition.risk;
        seen = risks.isEmpty() ? tr("no risks") : risks.join(QStringLiteral(", "));
        break;
    }
    case RuleCondition::Kind::SeverityAtLeast: {
        const auto worst = event.worstSeverity();
        passed = worst && *worst != Severity::Unknown && int(*worst) >= int(condition.severity);
        seen = worst ? SeverityNames::toString(*worst) : tr("no vulnerabilities");
        break;
    }
    case RuleCondition::Kind::VulnerabilitiesAtLeast: {
        const double count = event.vulnerabilityCount();
        passed = count >= double(condition.count);
        seen = JsText::number(count);
        break;
    }
    }
    if (value)
        *value = seen;
    return passed;
}

QString RuleEngine::describe(const RuleCondition &condition)
{
    switch (condition.kind) {
    case RuleCondition::Kind::Match:
        switch (condition.op) {
        case RuleCondition::Op::Matches:
            return tr("%1 matches %2").arg(fieldLabel(condition.field), quoted(condition.patterns.value(0)));
        case RuleCondition::Op::In:
            return tr("%1 is one of %2").arg(fieldLabel(condition.field), quotedList(condition.patterns));
        case RuleCondition::Op::NotIn:
            return tr("%1 is none of %2").arg(fieldLabel(condition.field), quotedList(condition.patterns));
        }
        break;
    case RuleCondition::Kind::Risk:
        return tr("the workload or an image has the risk %1").arg(EventView::riskDisplayName(condition.risk));
    case RuleCondition::Kind::SeverityAtLeast:
        return tr("a vulnerability is %1 or worse").arg(SeverityNames::toString(condition.severity));
    case RuleCondition::Kind::VulnerabilitiesAtLeast:
        return tr("at least %n vulnerabilities", nullptr, int(std::min<qint64>(condition.count, INT_MAX)));
    }
    return {};
}
