#pragma once

#include "criteriaedit.h"
#include "optionlistmodel.h"

#include <QAbstractItemModel>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <vector>

struct RuleDraft;
class RuleProblems;

// The criteria tree of the edited rule: one top-level row, the root group, and under every group its
// conditions and groups. QML draws it with a DelegateModel per group (rootIndex: indexOf(node)) and
// forwards edits by node number (`node` role: the place in depth-first order, 0 for the root).
//
// Structural edits (add, remove, move, group, a group's type, a condition's kind or op) reset the
// model; value edits (a pattern, a count) only change the rule and the `error` roles, so a field being
// typed in is not rebuilt under the cursor.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CriteriaTreeModel belongs to a RuleEditorController")
    Q_PROPERTY(QString text READ text NOTIFY textChanged) // the criteria in words
    Q_PROPERTY(OptionListModel *kinds READ kinds CONSTANT)
    Q_PROPERTY(OptionListModel *fields READ fields CONSTANT)
    Q_PROPERTY(OptionListModel *ops READ ops CONSTANT)
    Q_PROPERTY(OptionListModel *risks READ risks CONSTANT)
    Q_PROPERTY(OptionListModel *severities READ severities CONSTANT)

public:
    enum Role {
        NodeRole = Qt::UserRole + 1,
        TypeRole, // all, any, condition
        JsonPathRole, // "criteria.all[1].any[0]"
        DepthRole,
        FirstRole,
        LastRole,
        ChildCountRole,
        ErrorRole, // a condition's problem (with the rest of its path), or a group's own
        KindRole, // match, risk, severity_at_least, vulnerabilities_at_least
        FieldRole,
        OpRole,
        PatternRole, // for "in"/"not in": the values separated by commas
        RiskRole,
        SeverityRole,
        CountRole,
    };
    Q_ENUM(Role)

    CriteriaTreeModel(RuleDraft &draft, const RuleProblems &problems, QObject *parent = nullptr);
    ~CriteriaTreeModel() override;

    QString text() const;
    OptionListModel *kinds() const { return m_kinds; }
    OptionListModel *fields() const { return m_fields; }
    OptionListModel *ops() const { return m_ops; }
    OptionListModel *risks() const { return m_risks; }
    OptionListModel *severities() const { return m_severities; }

    // After the draft was replaced (load, revert, delete).
    void reload();

    Q_INVOKABLE QModelIndex indexOf(int node) const;
    Q_INVOKABLE void addCondition(int group);
    Q_INVOKABLE void addGroup(int group, bool any);
    Q_INVOKABLE void remove(int node);
    Q_INVOKABLE void move(int node, int delta);
    Q_INVOKABLE void group(int node);
    Q_INVOKABLE void ungroup(int node);
    Q_INVOKABLE void setGroupType(int node, bool any);
    // key: kind, field, op, pattern (for "in"/"not in": values separated by commas), risk, severity, count
    Q_INVOKABLE void setCondition(int node, const QString &key, const QString &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void textChanged();
    void edited();

private:
    struct Item;
    void rebuild();
    void problemsChanged();
    void errorsChanged(const Item *parent);
    const Item *item(int node) const;
    // Applies a structural edit to a copy of the criteria; the model resets only when it changed.
    bool restructure(int node, const std::function<bool(CriteriaNode &, const CriteriaEdit::Path &)> &edit);

    RuleDraft &m_draft;
    const RuleProblems &m_problems;
    std::unique_ptr<Item> m_top; // invisible: its one child is the root group
    std::vector<const Item *> m_items; // by node number
    OptionListModel *m_kinds;
    OptionListModel *m_fields;
    OptionListModel *m_ops;
    OptionListModel *m_risks;
    OptionListModel *m_severities;
};
