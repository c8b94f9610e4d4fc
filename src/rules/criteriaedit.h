#pragma once

#include "rule.h"

#include <QList>
#include <QString>

// Edits of a rule's criteria tree, as the visual editor makes them. A path is the list of child
// indexes from the root group ({} is the root, {1, 0} the first child of the root's second child).
// Every operation returns false and changes nothing when the path does not fit it.
namespace CriteriaEdit {

using Path = QList<int>;

const CriteriaNode *at(const CriteriaNode &root, const Path &path);
CriteriaNode *at(CriteriaNode &root, const Path &path);

// What a new condition starts as: namespace matches "*" (holds for every event until edited).
RuleCondition newCondition();
// Appends a condition, or an empty group (an "any" group starts with one condition, since an empty
// "any" never holds), to the group at `group`.
bool addCondition(CriteriaNode &root, const Path &group);
bool addGroup(CriteriaNode &root, const Path &group, CriteriaNode::Type type);
bool remove(CriteriaNode &root, const Path &path); // never the root
// Swaps the node with the sibling `delta` places away (-1 up, +1 down).
bool move(CriteriaNode &root, const Path &path, int delta);
// Puts the node and its next sibling (or the node alone when it is the last) into a new group of
// the other kind than their parent: in an "all", grouping gives "A and (B or C)".
bool group(CriteriaNode &root, const Path &path);
// Replaces the group at `path` by its children (not the root).
bool ungroup(CriteriaNode &root, const Path &path);
bool setType(CriteriaNode &root, const Path &path, CriteriaNode::Type type);
bool setCondition(CriteriaNode &root, const Path &path, const RuleCondition &condition);

// Where the node sits in the rule document, as RuleJson names it in errors: "criteria.all[1].any[0]".
QString jsonPath(const CriteriaNode &root, const Path &path);

} // namespace CriteriaEdit
