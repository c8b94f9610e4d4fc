// RuleEditorController: the rule as variants for QML, and the edits QML forwards.
#include "criteriaedit.h"
#include "ruleeditorcontroller.h"
#include "rulejson.h"
#include "ruletemplates.h"

namespace {

using Field = RuleCondition::Field;
using Op = RuleCondition::Op;
using Kind = RuleCondition::Kind;

CriteriaEdit::Path toPath(const QVariantList &list)
{
    CriteriaEdit::Path path;
    for (const QVariant &v : list)
        path.append(v.toInt());
    return path;
}

QVariantList fromPath(const QList<int> &path)
{
    QVariantList list;
    for (int i : path)
        list.append(i);
    return list;
}

QVariantMap option(const QString &value, const QString &label)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("label"), label } };
}

QString typeName(RuleChannel::Type type)
{
    return RuleJson::channelTypeName(type);
}

// Values of an "is one of" list as typed: separated by commas, trimmed, empty ones dropped.
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

// --- setters --------------------------------------------------------------------------------------

void RuleEditorController::setName(const QString &name)
{
    if (name == m_rule.name)
        return;
    m_rule.name = name;
    changed(false, false);
}

void RuleEditorController::setDescription(const QString &description)
{
    if (description == m_rule.description)
        return;
    m_rule.description = description;
    changed(false, false);
}

void RuleEditorController::setMessageTitle(const QString &title)
{
    if (title == m_rule.message.title)
        return;
    m_rule.message.title = title;
    changed(false, false);
}

void RuleEditorController::setMessageText(const QString &text)
{
    if (text == m_rule.message.text)
        return;
    m_rule.message.text = text;
    changed(false, false);
}

void RuleEditorController::setCooldownSeconds(int seconds)
{
    if (seconds == m_rule.cooldownSeconds)
        return;
    m_rule.cooldownSeconds = seconds;
    changed(false, false);
}

void RuleEditorController::setDedupeKey(const QString &key)
{
    if (key == m_rule.dedupeKey)
        return;
    m_rule.dedupeKey = key;
    changed(false, false);
}

// --- variants -------------------------------------------------------------------------------------

QVariantMap RuleEditorController::nodeVariant(const CriteriaNode &node, const QList<int> &path) const
{
    QVariantMap v { { QStringLiteral("path"), fromPath(path) },
                    { QStringLiteral("jsonPath"), CriteriaEdit::jsonPath(m_rule.criteria, path) } };
    if (node.type != CriteriaNode::Type::Condition) {
        v.insert(QStringLiteral("type"),
                 node.type == CriteriaNode::Type::All ? QStringLiteral("all") : QStringLiteral("any"));
        QVariantList children;
        for (qsizetype i = 0; i < node.children.size(); ++i)
            children.append(nodeVariant(node.children[i], path + QList<int> { int(i) }));
        v.insert(QStringLiteral("children"), children);
        return v;
    }
    const RuleCondition &c = node.condition;
    v.insert(QStringLiteral("type"), QStringLiteral("condition"));
    v.insert(QStringLiteral("kind"), RuleJson::kindName(c.kind));
    v.insert(QStringLiteral("field"), RuleJson::fieldName(c.field));
    v.insert(QStringLiteral("op"), RuleJson::opName(c.op));
    v.insert(QStringLiteral("pattern"),
             c.op == Op::Matches ? c.patterns.value(0) : c.patterns.join(QStringLiteral(", ")));
    v.insert(QStringLiteral("risk"), RiskNames::canonical(c.risk));
    v.insert(QStringLiteral("severity"), SeverityNames::toString(c.severity));
    v.insert(QStringLiteral("count"), c.count);
    return v;
}

QVariantMap RuleEditorController::criteria() const
{
    return m_loaded ? nodeVariant(m_rule.criteria, {}) : QVariantMap();
}

QVariantList RuleEditorController::channels() const
{
    QVariantList list;
    for (qsizetype i = 0; i < m_rule.channels.size(); ++i) {
        const RuleChannel &ch = m_rule.channels[i];
        QVariantList secrets;
        auto secret = [&secrets](const QString &key, const QString &name, const QString &label) {
            secrets.append(QVariantMap { { QStringLiteral("key"), key },
                                         { QStringLiteral("name"), name },
                                         { QStringLiteral("label"), label } });
        };
        switch (ch.type) {
        case RuleChannel::Type::Slack:
            secret(QStringLiteral("urlSecret"), ch.urlSecret, tr("Incoming webhook URL"));
            break;
        case RuleChannel::Type::Webhook:
            secret(QStringLiteral("urlSecret"), ch.urlSecret, tr("Endpoint URL"));
            secret(QStringLiteral("signingSecret"), ch.signingSecret, tr("Signing key"));
            break;
        case RuleChannel::Type::Email:
            secret(QStringLiteral("apiKeySecret"), ch.apiKeySecret, tr("Mail API key"));
            break;
        }
        list.append(QVariantMap { { QStringLiteral("index"), int(i) },
                                  { QStringLiteral("jsonPath"), QStringLiteral("channels[%1]").arg(i) },
                                  { QStringLiteral("id"), ch.id },
                                  { QStringLiteral("type"), typeName(ch.type) },
                                  { QStringLiteral("baseUrl"), ch.baseUrl },
                                  { QStringLiteral("fromEmail"), ch.fromEmail },
                                  { QStringLiteral("fromName"), ch.fromName },
                                  { QStringLiteral("to"), ch.to.join(QStringLiteral(", ")) },
                                  { QStringLiteral("secrets"), secrets } });
    }
    return list;
}

QVariantList RuleEditorController::conditionKinds() const
{
    return { option(QStringLiteral("match"), tr("Field matches")),
             option(QStringLiteral("risk"), tr("Has risk")),
             option(QStringLiteral("severity_at_least"), tr("Severity at least")),
             option(QStringLiteral("vulnerabilities_at_least"), tr("Vulnerabilities at least")) };
}

QVariantList RuleEditorController::matchFields() const
{
    return { option(QStringLiteral("change_type"), tr("Change type")),
             option(QStringLiteral("cluster"), tr("Cluster")),
             option(QStringLiteral("namespace"), tr("Namespace")),
             option(QStringLiteral("workload"), tr("Workload")),
             option(QStringLiteral("image"), tr("Image name")),
             option(QStringLiteral("registry"), tr("Registry")),
             option(QStringLiteral("build_owner"), tr("Build owner")),
             option(QStringLiteral("deployed_by"), tr("Deployed by")) };
}

QVariantList RuleEditorController::matchOps() const
{
    return { option(QStringLiteral("matches"), tr("matches")), option(QStringLiteral("in"), tr("is one of")),
             option(QStringLiteral("not_in"), tr("is none of")) };
}

QVariantList RuleEditorController::riskOptions() const
{
    return { option(RiskNames::canonical(Risk::IntegrityViolation), tr("Integrity violation")),
             option(RiskNames::canonical(Risk::UntrustedRegistry), tr("Untrusted registry")),
             option(RiskNames::canonical(Risk::Malicious), tr("Malicious package")),
             option(RiskNames::canonical(Risk::CriticalApplicableCves), tr("Critical applicable CVEs")) };
}

QVariantList RuleEditorController::severityOptions() const
{
    QVariantList list;
    for (Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low })
        list.append(option(SeverityNames::toString(s), SeverityNames::toString(s)));
    return list;
}

// --- criteria edits -------------------------------------------------------------------------------

void RuleEditorController::addCondition(const QVariantList &groupPath)
{
    if (CriteriaEdit::addCondition(m_rule.criteria, toPath(groupPath)))
        changed(true, false);
}

void RuleEditorController::addGroup(const QVariantList &groupPath, bool any)
{
    if (CriteriaEdit::addGroup(m_rule.criteria, toPath(groupPath),
                               any ? CriteriaNode::Type::Any : CriteriaNode::Type::All))
        changed(true, false);
}

void RuleEditorController::removeNode(const QVariantList &path)
{
    if (CriteriaEdit::remove(m_rule.criteria, toPath(path)))
        changed(true, false);
}

void RuleEditorController::moveNode(const QVariantList &path, int delta)
{
    if (CriteriaEdit::move(m_rule.criteria, toPath(path), delta))
        changed(true, false);
}

void RuleEditorController::groupNode(const QVariantList &path)
{
    if (CriteriaEdit::group(m_rule.criteria, toPath(path)))
        changed(true, false);
}

void RuleEditorController::ungroupNode(const QVariantList &path)
{
    if (CriteriaEdit::ungroup(m_rule.criteria, toPath(path)))
        changed(true, false);
}

void RuleEditorController::setGroupType(const QVariantList &path, bool any)
{
    if (CriteriaEdit::setType(m_rule.criteria, toPath(path),
                              any ? CriteriaNode::Type::Any : CriteriaNode::Type::All))
        changed(true, false);
}

void RuleEditorController::setCondition(const QVariantList &path, const QString &key, const QVariant &value)
{
    const CriteriaNode *node = CriteriaEdit::at(m_rule.criteria, toPath(path));
    if (!node || node->type != CriteriaNode::Type::Condition)
        return;
    RuleCondition c = node->condition;
    const QString text = value.toString();
    bool structural = false; // the row's controls change with the kind and the op
    if (key == u"kind") {
        for (Kind kind : { Kind::Match, Kind::Risk, Kind::SeverityAtLeast, Kind::VulnerabilitiesAtLeast }) {
            if (RuleJson::kindName(kind) == text && kind != c.kind) {
                c = kind == Kind::Match ? CriteriaEdit::newCondition() : RuleCondition {};
                c.kind = kind;
                c.risk = Risk::IntegrityViolation;
                c.severity = Severity::Critical;
                c.count = kind == Kind::VulnerabilitiesAtLeast ? 1 : 0;
                structural = true;
            }
        }
    } else if (key == u"field") {
        for (int f = int(Field::ChangeType); f <= int(Field::DeployedBy); ++f) {
            if (RuleJson::fieldName(Field(f)) == text)
                c.field = Field(f);
        }
    } else if (key == u"op") {
        for (Op op : { Op::Matches, Op::In, Op::NotIn }) {
            if (RuleJson::opName(op) != text || op == c.op)
                continue;
            // One pattern <-> a list: keep what was typed.
            if (op == Op::Matches)
                c.patterns = { c.patterns.join(QStringLiteral(", ")) };
            else if (c.op == Op::Matches)
                c.patterns = splitList(c.patterns.value(0));
            c.op = op;
            structural = true;
        }
    } else if (key == u"pattern") {
        c.patterns = c.op == Op::Matches ? QStringList { text } : splitList(text);
    } else if (key == u"risk") {
        c.risk = RiskNames::fromString(text).value_or(c.risk);
    } else if (key == u"severity") {
        const Severity severity = SeverityNames::fromString(text);
        if (severity != Severity::Unknown)
            c.severity = severity;
    } else if (key == u"count") {
        c.count = std::max<qint64>(0, value.toLongLong());
    }
    if (c == node->condition)
        return;
    CriteriaEdit::setCondition(m_rule.criteria, toPath(path), c);
    changed(structural, false);
}

// --- channel edits --------------------------------------------------------------------------------

QString RuleEditorController::uniqueChannelId(const QString &base) const
{
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : base + u'-' + QString::number(n);
        if (std::none_of(m_rule.channels.cbegin(), m_rule.channels.cend(),
                         [&id](const RuleChannel &c) { return c.id == id; }))
            return id;
    }
}

QString RuleEditorController::uniqueSecretName(const QString &base) const
{
    const QStringList used = m_rule.secretNames();
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : base + u'_' + QString::number(n);
        if (!used.contains(name))
            return name;
    }
}

void RuleEditorController::addChannel(const QString &type)
{
    const QList<RuleChannel> defaults = RuleTemplates::defaultChannels();
    for (RuleChannel channel : defaults) {
        if (typeName(channel.type) != type)
            continue;
        channel.id = uniqueChannelId(channel.id);
        if (!channel.urlSecret.isEmpty())
            channel.urlSecret = uniqueSecretName(channel.urlSecret);
        if (!channel.signingSecret.isEmpty())
            channel.signingSecret = uniqueSecretName(channel.signingSecret);
        if (!channel.apiKeySecret.isEmpty())
            channel.apiKeySecret = uniqueSecretName(channel.apiKeySecret);
        m_rule.channels.append(channel);
        changed(false, true);
        refreshSecrets();
        return;
    }
}

void RuleEditorController::removeChannel(int index)
{
    if (index < 0 || index >= m_rule.channels.size())
        return;
    m_rule.channels.removeAt(index);
    changed(false, true);
    refreshSecrets();
}

void RuleEditorController::moveChannel(int index, int delta)
{
    const int target = index + delta;
    if (index < 0 || index >= m_rule.channels.size() || target < 0 || target >= m_rule.channels.size()
        || delta == 0)
        return;
    m_rule.channels.move(index, target);
    changed(false, true);
}

void RuleEditorController::setChannel(int index, const QString &key, const QVariant &value)
{
    if (index < 0 || index >= m_rule.channels.size())
        return;
    RuleChannel &ch = m_rule.channels[index];
    const RuleChannel before = ch;
    const QString text = value.toString();
    if (key == u"id")
        ch.id = text;
    else if (key == u"urlSecret")
        ch.urlSecret = text;
    else if (key == u"signingSecret")
        ch.signingSecret = text;
    else if (key == u"apiKeySecret")
        ch.apiKeySecret = text;
    else if (key == u"baseUrl")
        ch.baseUrl = text;
    else if (key == u"fromEmail")
        ch.fromEmail = text;
    else if (key == u"fromName")
        ch.fromName = text;
    else if (key == u"to")
        ch.to = splitList(text);
    if (ch == before)
        return;
    const bool renamedSecret = key.endsWith(u"Secret"); // another keychain entry: the card shows its status
    changed(false, renamedSecret);
    if (renamedSecret)
        refreshSecrets();
}
