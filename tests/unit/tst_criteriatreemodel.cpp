// CriteriaTreeModel: the rule editor's criteria tree as a Qt model (checked by
// QAbstractItemModelTester), its node numbers, the problem of each node as a role, and which edits
// reset the model (the structure) and which do not (a value being typed).
#include "criteriatreemodel.h"
#include "ruledraft.h"
#include "ruleproblems.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

CriteriaNode leaf(const QString &pattern)
{
    RuleCondition c;
    c.field = RuleCondition::Field::Namespace;
    c.patterns = { pattern };
    return CriteriaNode::leaf(c);
}

// all of: prod*, any of: (a, b)
RuleDraft draft()
{
    RuleDraft d;
    d.rule.criteria = CriteriaNode::all({ leaf(QStringLiteral("prod*")) });
    d.rule.criteria.children.append(CriteriaNode {
        CriteriaNode::Type::Any, { leaf(QStringLiteral("a")), leaf(QStringLiteral("b")) }, {} });
    d.saved = d.rule;
    d.loaded = true;
    return d;
}

QVariant role(const CriteriaTreeModel &model, int node, int role)
{
    return model.data(model.indexOf(node), role);
}

} // namespace

class TestCriteriaTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tree()
    {
        RuleDraft d = draft();
        RuleProblems problems;
        CriteriaTreeModel model(d, problems);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();

        QCOMPARE(model.rowCount(), 1); // the root group
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 2);
        QCOMPARE(model.data(root, CriteriaTreeModel::TypeRole).toString(), QStringLiteral("all"));
        QCOMPARE(model.data(root, CriteriaTreeModel::JsonPathRole).toString(), QStringLiteral("criteria"));
        const QModelIndex group = model.index(1, 0, root);
        QCOMPARE(model.parent(group), root);
        QCOMPARE(model.data(group, CriteriaTreeModel::TypeRole).toString(), QStringLiteral("any"));
        QCOMPARE(model.data(group, CriteriaTreeModel::ChildCountRole).toInt(), 2);
        QCOMPARE(model.data(group, CriteriaTreeModel::LastRole).toBool(), true);
        // Nodes in depth-first order: root 0, prod* 1, the group 2, a 3, b 4.
        QCOMPARE(model.data(group, CriteriaTreeModel::NodeRole).toInt(), 2);
        QCOMPARE(model.indexOf(2), group);
        QCOMPARE(role(model, 4, CriteriaTreeModel::JsonPathRole).toString(),
                 QStringLiteral("criteria.all[1].any[1]"));
        QCOMPARE(role(model, 4, CriteriaTreeModel::PatternRole).toString(), QStringLiteral("b"));
        QCOMPARE(role(model, 4, CriteriaTreeModel::DepthRole).toInt(), 2);
        QVERIFY(!model.indexOf(5).isValid());
        QVERIFY(model.text().contains(QStringLiteral("any of:")));
    }

    void errorsAreRoles()
    {
        RuleDraft d = draft();
        RuleProblems problems;
        CriteriaTreeModel model(d, problems);
        model.reload();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        problems.setList({ QStringLiteral("criteria.all[1].any[0].pattern: bad"),
                           QStringLiteral("criteria.all[1].any: an empty \"any\" never holds") });
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constFirst().at(2).value<QList<int>>(), QList<int> { CriteriaTreeModel::ErrorRole });
        // A condition's problem with the rest of its path; a group's own problem, not its children's.
        QCOMPARE(role(model, 3, CriteriaTreeModel::ErrorRole).toString(), QStringLiteral("pattern: bad"));
        QCOMPARE(role(model, 2, CriteriaTreeModel::ErrorRole).toString(),
                 QStringLiteral("an empty \"any\" never holds"));
        QCOMPARE(role(model, 0, CriteriaTreeModel::ErrorRole).toString(), QString());
        QCOMPARE(role(model, 4, CriteriaTreeModel::ErrorRole).toString(), QString());
    }

    void structuralEditsReset()
    {
        RuleDraft d = draft();
        RuleProblems problems;
        CriteriaTreeModel model(d, problems);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy edited(&model, &CriteriaTreeModel::edited);

        model.addCondition(0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(d.rule.criteria.children.size(), 3);
        model.move(2, -1); // the group above prod*
        QCOMPARE(d.rule.criteria.children[0].type, CriteriaNode::Type::Any);
        QCOMPARE(role(model, 1, CriteriaTreeModel::TypeRole).toString(), QStringLiteral("any"));
        model.addCondition(5); // a condition is not a group: nothing changes
        QCOMPARE(reset.size(), 2);
        QCOMPARE(edited.size(), 2);

        // A typed value changes the rule and nothing else; a condition's kind changes its row.
        model.setCondition(2, QStringLiteral("pattern"), QStringLiteral("a*"));
        QCOMPARE(d.rule.criteria.children[0].children[0].condition.patterns,
                 QStringList { QStringLiteral("a*") });
        QCOMPARE(reset.size(), 2);
        QCOMPARE(edited.size(), 3);
        model.setCondition(2, QStringLiteral("kind"), QStringLiteral("risk"));
        QCOMPARE(reset.size(), 3);
        QCOMPARE(role(model, 2, CriteriaTreeModel::KindRole).toString(), QStringLiteral("risk"));
        model.setGroupType(0, true);
        QCOMPARE(role(model, 0, CriteriaTreeModel::TypeRole).toString(), QStringLiteral("any"));
        QCOMPARE(role(model, 2, CriteriaTreeModel::JsonPathRole).toString(),
                 QStringLiteral("criteria.any[0].any[0]"));
    }

    void emptyWhenNothingIsLoaded()
    {
        RuleDraft d;
        RuleProblems problems;
        CriteriaTreeModel model(d, problems);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOf(0).isValid());
        model.addCondition(0);
        QCOMPARE(model.text(), QString());
    }

    void options()
    {
        RuleDraft d;
        RuleProblems problems;
        CriteriaTreeModel model(d, problems);
        QCOMPARE(model.kinds()->rowCount(), 4);
        QCOMPARE(model.fields()->indexOf(QStringLiteral("cluster")), 1);
        QCOMPARE(model.ops()->indexOf(QStringLiteral("not_in")), 2);
        QCOMPARE(model.risks()->indexOf(QStringLiteral("nonsense")), -1);
        QCOMPARE(
            model.severities()->data(model.severities()->index(0), OptionListModel::ValueRole).toString(),
            QStringLiteral("Critical"));
    }
};

QTEST_GUILESS_MAIN(TestCriteriaTreeModel)
#include "tst_criteriatreemodel.moc"
