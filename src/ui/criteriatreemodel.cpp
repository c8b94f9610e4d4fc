#include "criteriatreemodel.h"

#include "ruledraft.h"
#include "ruleengine.h"
#include "rulejson.h"
#include "ruleproblems.h"

#include <QCoreApplication>

// The labels and the criteria in words keep the rule editor's translation context.

struct CriteriaTreeModel::Item
{
    const Item *parent = nullptr;
    int row = 0;
    int node = -1;
    CriteriaEdit::Path path;
    std::vector<std::unique_ptr<Item>> children;
};

namespace {

using Field = RuleCondition::Field;
using Op = RuleCondition::Op;
using Kind = RuleCondition::Kind;

// Values of an "is one of" list as typed: separated by commas, trimmed, empty ones dropped.
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

void describe(QStringList &lines, const CriteriaNode &node, int depth)
{
    const QString indent(depth * 4, u' ');
    if (node.type == CriteriaNode::Type::Condition) {
        lines.append(indent + QStringLiteral("• ") + RuleEngine::describe(node.condition));
        return;
    }
    const bool all = node.type == CriteriaNode::Type::All;
    if (node.children.isEmpty()) {
        lines.append(
            indent
            + (all ? QCoreApplication::translate("RuleEditorController", "always (an empty \"all of\")")
                   : QCoreApplication::translate("RuleEditorController", "never (an empty \"any of\")")));
        return;
    }
    lines.append(indent
                 + (all ? QCoreApplication::translate("RuleEditorController", "all of:")
                        : QCoreApplication::translate("RuleEditorController", "any of:")));
    for (const CriteriaNode &child : node.children)
        describe(lines, child, depth + 1);
}

QList<OptionListModel::Option> severityOptions()
{
    QList<OptionListModel::Option> options;
    for (Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low })
        options.append({ SeverityNames::toString(s), SeverityNames::toString(s) });
    return options;
}

} // namespace

CriteriaTreeModel::CriteriaTreeModel(RuleDraft &draft, const RuleProblems &problems, QObject *parent)
    : QAbstractItemModel(parent)
    , m_draft(draft)
    , m_problems(problems)
    , m_kinds(new OptionListModel(
          { { QStringLiteral("match"), QCoreApplication::translate("RuleEditorController", "Field matches") },
            { QStringLiteral("risk"), QCoreApplication::translate("RuleEditorController", "Has risk") },
            { QStringLiteral("severity_at_least"),
              QCoreApplication::translate("RuleEditorController", "Severity at least") },
            { QStringLiteral("vulnerabilities_at_least"),
              QCoreApplication::translate("RuleEditorController", "Vulnerabilities at least") } },
          this))
    , m_fields(new OptionListModel(
          { { QStringLiteral("change_type"),
              QCoreApplication::translate("RuleEditorController", "Change type") },
            { QStringLiteral("cluster"), QCoreApplication::translate("RuleEditorController", "Cluster") },
            { QStringLiteral("namespace"), QCoreApplication::translate("RuleEditorController", "Namespace") },
            { QStringLiteral("workload"), QCoreApplication::translate("RuleEditorController", "Workload") },
            { QStringLiteral("image"), QCoreApplication::translate("RuleEditorController", "Image name") },
            { QStringLiteral("registry"), QCoreApplication::translate("RuleEditorController", "Registry") },
            { QStringLiteral("build_owner"),
              QCoreApplication::translate("RuleEditorController", "Build owner") },
            { QStringLiteral("deployed_by"),
              QCoreApplication::translate("RuleEditorController", "Deployed by") } },
          this))
    , m_ops(new OptionListModel(
          { { QStringLiteral("matches"), QCoreApplication::translate("RuleEditorController", "matches") },
            { QStringLiteral("in"), QCoreApplication::translate("RuleEditorController", "is one of") },
            { QStringLiteral("not_in"), QCoreApplication::translate("RuleEditorController", "is none of") } },
          this))
    , m_risks(new OptionListModel(
          { { RiskNames::canonical(Risk::IntegrityViolation),
              QCoreApplication::translate("RuleEditorController", "Integrity violation") },
            { RiskNames::canonical(Risk::UntrustedRegistry),
              QCoreApplication::translate("RuleEditorController", "Untrusted registry") },
            { RiskNames::canonical(Risk::Malicious),
              QCoreApplication::translate("RuleEditorController", "Malicious package") },
            { RiskNames::canonical(Risk::CriticalApplicableCves),
              QCoreApplication::translate("RuleEditorController", "Critical applicable CVEs") } },
          this))
    , m_severities(new OptionListModel(severityOptions(), this))
{
    connect(&m_problems, &RuleProblems::changed, this, &CriteriaTreeModel::problemsChanged);
    rebuild();
}

CriteriaTreeModel::~CriteriaTreeModel() = default;

void CriteriaTreeModel::reload()
{
    beginResetModel();
    rebuild();
    endResetModel();
    Q_EMIT textChanged();
}

void CriteriaTreeModel::rebuild()
{
    m_top = std::make_unique<Item>();
    m_items.clear();
    if (!m_draft.loaded)
        return;
    std::function<void(Item *, const CriteriaNode &, const CriteriaEdit::Path &)> add =
        [&](Item *parent, const CriteriaNode &node, const CriteriaEdit::Path &path) {
            auto item = std::make_unique<Item>();
            item->parent = parent;
            item->row = int(parent->children.size());
            item->node = int(m_items.size());
            item->path = path;
            m_items.push_back(item.get());
            Item *self = item.get();
            parent->children.push_back(std::move(item));
            for (qsizetype i = 0; i < node.children.size(); ++i)
                add(self, node.children[i], path + CriteriaEdit::Path { int(i) });
        };
    add(m_top.get(), m_draft.rule.criteria, {});
}

const CriteriaTreeModel::Item *CriteriaTreeModel::item(int node) const
{
    return node >= 0 && node < int(m_items.size()) ? m_items[node] : nullptr;
}

QString CriteriaTreeModel::text() const
{
    if (!m_draft.loaded)
        return {};
    QStringList lines;
    describe(lines, m_draft.rule.criteria, 0);
    return QCoreApplication::translate("RuleEditorController",
                                       "Fires on an AFTER_WORKLOAD_STATE_CHANGE event when %1")
        .arg(lines.join(u'\n'));
}

QModelIndex CriteriaTreeModel::indexOf(int node) const
{
    const Item *found = item(node);
    return found ? createIndex(found->row, 0, found) : QModelIndex();
}

bool CriteriaTreeModel::restructure(
    int node, const std::function<bool(CriteriaNode &, const CriteriaEdit::Path &)> &edit)
{
    const Item *found = item(node);
    if (!found)
        return false;
    CriteriaNode criteria = m_draft.rule.criteria;
    if (!edit(criteria, found->path))
        return false;
    beginResetModel();
    m_draft.rule.criteria = std::move(criteria);
    rebuild();
    endResetModel();
    Q_EMIT textChanged();
    Q_EMIT edited();
    return true;
}

void CriteriaTreeModel::addCondition(int group)
{
    restructure(group, CriteriaEdit::addCondition);
}

void CriteriaTreeModel::addGroup(int group, bool any)
{
    restructure(group, [any](CriteriaNode &root, const CriteriaEdit::Path &path) {
        return CriteriaEdit::addGroup(root, path, any ? CriteriaNode::Type::Any : CriteriaNode::Type::All);
    });
}

void CriteriaTreeModel::remove(int node)
{
    restructure(node, CriteriaEdit::remove);
}

void CriteriaTreeModel::move(int node, int delta)
{
    restructure(node, [delta](CriteriaNode &root, const CriteriaEdit::Path &path) {
        return CriteriaEdit::move(root, path, delta);
    });
}

void CriteriaTreeModel::group(int node)
{
    restructure(node, CriteriaEdit::group);
}

void CriteriaTreeModel::ungroup(int node)
{
    restructure(node, CriteriaEdit::ungroup);
}

void CriteriaTreeModel::setGroupType(int node, bool any)
{
    restructure(node, [any](CriteriaNode &root, const CriteriaEdit::Path &path) {
        return CriteriaEdit::setType(root, path, any ? CriteriaNode::Type::Any : CriteriaNode::Type::All);
    });
}

void CriteriaTreeModel::setCondition(int node, const QString &key, const QString &value)
{
    const Item *found = item(node);
    const CriteriaNode *target = found ? CriteriaEdit::at(m_draft.rule.criteria, found->path) : nullptr;
    if (!target || target->type != CriteriaNode::Type::Condition)
        return;
    RuleCondition c = target->condition;
    bool structural = false; // the row's controls change with the kind and the op
    if (key == u"kind") {
        for (Kind kind : { Kind::Match, Kind::Risk, Kind::SeverityAtLeast, Kind::VulnerabilitiesAtLeast }) {
            if (RuleJson::kindName(kind) == value && kind != c.kind) {
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
            if (RuleJson::fieldName(Field(f)) == value)
                c.field = Field(f);
        }
    } else if (key == u"op") {
        for (Op op : { Op::Matches, Op::In, Op::NotIn }) {
            if (RuleJson::opName(op) != value || op == c.op)
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
        c.patterns = c.op == Op::Matches ? QStringList { value } : splitList(value);
    } else if (key == u"risk") {
        c.risk = RiskNames::fromString(value).value_or(c.risk);
    } else if (key == u"severity") {
        const Severity severity = SeverityNames::fromString(value);
        if (severity != Severity::Unknown)
            c.severity = severity;
    } else if (key == u"count") {
        c.count = std::max<qint64>(0, value.toLongLong());
    }
    if (c == target->condition)
        return;
    if (structural) {
        restructure(node, [&c](CriteriaNode &root, const CriteriaEdit::Path &path) {
            return CriteriaEdit::setCondition(root, path, c);
        });
        return;
    }
    CriteriaEdit::setCondition(m_draft.rule.criteria, found->path, c);
    Q_EMIT textChanged();
    Q_EMIT edited();
}

void CriteriaTreeModel::problemsChanged()
{
    errorsChanged(m_top.get());
}

void CriteriaTreeModel::errorsChanged(const Item *parent)
{
    if (!parent || parent->children.empty())
        return;
    const QModelIndex parentIndex =
        parent == m_top.get() ? QModelIndex() : createIndex(parent->row, 0, parent);
    Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(parent->children.size()) - 1, 0, parentIndex),
                       { ErrorRole });
    for (const auto &child : parent->children)
        errorsChanged(child.get());
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *p = parent.isValid() ? static_cast<const Item *>(parent.internalPointer()) : m_top.get();
    if (!p || column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item *p = static_cast<const Item *>(child.internalPointer())->parent;
    return !p || p == m_top.get() ? QModelIndex() : createIndex(p->row, 0, p);
}

int CriteriaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Item *p = parent.isValid() ? static_cast<const Item *>(parent.internalPointer()) : m_top.get();
    return p ? int(p->children.size()) : 0;
}

int CriteriaTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CriteriaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *it = static_cast<const Item *>(index.internalPointer());
    const CriteriaNode *node = CriteriaEdit::at(m_draft.rule.criteria, it->path);
    if (!node)
        return {};
    const bool condition = node->type == CriteriaNode::Type::Condition;
    const RuleCondition &c = node->condition;
    switch (role) {
    case NodeRole:
        return it->node;
    case TypeRole:
        return condition                            ? QStringLiteral("condition")
            : node->type == CriteriaNode::Type::All ? QStringLiteral("all")
                                                    : QStringLiteral("any");
    case JsonPathRole:
        return CriteriaEdit::jsonPath(m_draft.rule.criteria, it->path);
    case DepthRole:
        return int(it->path.size());
    case FirstRole:
        return it->row == 0;
    case LastRole:
        return it->row == int(it->parent->children.size()) - 1;
    case ChildCountRole:
        return int(it->children.size());
    case ErrorRole: {
        const QString path = CriteriaEdit::jsonPath(m_draft.rule.criteria, it->path);
        if (condition)
            return m_problems.at(path);
        return m_problems.at(
            path + (node->type == CriteriaNode::Type::Any ? QStringLiteral(".any") : QStringLiteral(".all")),
            true);
    }
    case KindRole:
        return condition ? RuleJson::kindName(c.kind) : QString();
    case FieldRole:
        return condition ? RuleJson::fieldName(c.field) : QString();
    case OpRole:
        return condition ? RuleJson::opName(c.op) : QString();
    case PatternRole:
        return !condition         ? QString()
            : c.op == Op::Matches ? c.patterns.value(0)
                                  : c.patterns.join(QStringLiteral(", "));
    case RiskRole:
        return condition ? RiskNames::canonical(c.risk) : QString();
    case SeverityRole:
        return condition ? SeverityNames::toString(c.severity) : QString();
    case CountRole:
        return condition ? int(c.count) : 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> CriteriaTreeModel::roleNames() const
{
    return { { NodeRole, "node" },
             { TypeRole, "type" },
             { JsonPathRole, "jsonPath" },
             { DepthRole, "depth" },
             { FirstRole, "first" },
             { LastRole, "last" },
             { ChildCountRole, "childCount" },
             { ErrorRole, "error" },
             { KindRole, "kind" },
             { FieldRole, "field" },
             { OpRole, "op" },
             { PatternRole, "pattern" },
             { RiskRole, "risk" },
             { SeverityRole, "severity" },
             { CountRole, "count" } };
}
