#include "criteriaedit.h"

namespace CriteriaEdit {

namespace {

bool isGroup(const CriteriaNode *node)
{
    return node && node->type != CriteriaNode::Type::Condition;
}

// The parent group of `path` and the index in it; nullptr for the root or a path that does not fit.
CriteriaNode *parentOf(CriteriaNode &root, const Path &path, int *index)
{
    if (path.isEmpty())
        return nullptr;
    CriteriaNode *parent = at(root, path.mid(0, path.size() - 1));
    *index = path.constLast();
    if (!isGroup(parent) || *index < 0 || *index >= parent->children.size())
        return nullptr;
    return parent;
}

} // namespace

const CriteriaNode *at(const CriteriaNode &root, const Path &path)
{
    const CriteriaNode *node = &root;
    for (int index : path) {
        if (!isGroup(node) || index < 0 || index >= node->children.size())
            return nullptr;
        node = &node->children[index];
    }
    return node;
}

CriteriaNode *at(CriteriaNode &root, const Path &path)
{
    return const_cast<CriteriaNode *>(at(std::as_const(root), path));
}

RuleCondition newCondition()
{
    RuleCondition c;
    c.kind = RuleCondition::Kind::Match;
    c.field = RuleCondition::Field::Namespace;
    c.op = RuleCondition::Op::Matches;
    c.patterns = { QStringLiteral("*") };
    return c;
}

bool addCondition(CriteriaNode &root, const Path &group)
{
    CriteriaNode *node = at(root, group);
    if (!isGroup(node))
        return false;
    node->children.append(CriteriaNode::leaf(newCondition()));
    return true;
}

bool addGroup(CriteriaNode &root, const Path &group, CriteriaNode::Type type)
{
    CriteriaNode *node = at(root, group);
    if (!isGroup(node) || type == CriteriaNode::Type::Condition)
        return false;
    CriteriaNode child { type, {}, {} };
    if (type == CriteriaNode::Type::Any)
        child.children.append(CriteriaNode::leaf(newCondition()));
    node->children.append(child);
    return true;
}

bool remove(CriteriaNode &root, const Path &path)
{
    int index = 0;
    CriteriaNode *parent = parentOf(root, path, &index);
    if (!parent)
        return false;
    parent->children.removeAt(index);
    return true;
}

bool move(CriteriaNode &root, const Path &path, int delta)
{
    int index = 0;
    CriteriaNode *parent = parentOf(root, path, &index);
    const int target = index + delta;
    if (!parent || delta == 0 || target < 0 || target >= parent->children.size())
        return false;
    parent->children.move(index, target);
    return true;
}

bool group(CriteriaNode &root, const Path &path)
{
    int index = 0;
    CriteriaNode *parent = parentOf(root, path, &index);
    if (!parent)
        return false;
    const auto type =
        parent->type == CriteriaNode::Type::All ? CriteriaNode::Type::Any : CriteriaNode::Type::All;
    CriteriaNode wrapper { type, { parent->children[index] }, {} };
    if (index + 1 < parent->children.size()) {
        wrapper.children.append(parent->children[index + 1]);
        parent->children.removeAt(index + 1);
    }
    parent->children[index] = wrapper;
    return true;
}

bool ungroup(CriteriaNode &root, const Path &path)
{
    int index = 0;
    CriteriaNode *parent = parentOf(root, path, &index);
    if (!parent || !isGroup(&parent->children[index]))
        return false;
    const QList<CriteriaNode> children = parent->children[index].children;
    parent->children.removeAt(index);
    for (qsizetype i = 0; i < children.size(); ++i)
        parent->children.insert(index + i, children[i]);
    return true;
}

bool setType(CriteriaNode &root, const Path &path, CriteriaNode::Type type)
{
    CriteriaNode *node = at(root, path);
    if (!isGroup(node) || type == CriteriaNode::Type::Condition)
        return false;
    node->type = type;
    return true;
}

bool setCondition(CriteriaNode &root, const Path &path, const RuleCondition &condition)
{
    CriteriaNode *node = at(root, path);
    if (!node || node->type != CriteriaNode::Type::Condition)
        return false;
    node->condition = condition;
    return true;
}

QString jsonPath(const CriteriaNode &root, const Path &path)
{
    QString out = QStringLiteral("criteria");
    const CriteriaNode *node = &root;
    for (int index : path) {
        if (!isGroup(node) || index < 0 || index >= node->children.size())
            return {};
        out += (node->type == CriteriaNode::Type::All ? QStringLiteral(".all[") : QStringLiteral(".any["))
            + QString::number(index) + u']';
        node = &node->children[index];
    }
    return out;
}

} // namespace CriteriaEdit
