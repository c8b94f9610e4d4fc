// CriteriaEdit: the visual editor's operations on the criteria tree, and the JSON paths that tie
// RuleJson's validation errors to the node they are about.
#include "criteriaedit.h"
#include "rulejson.h"

#include <QtTest>

namespace {

RuleCondition match(RuleCondition::Field field, const QString &pattern)
{
    RuleCondition c;
    c.field = field;
    c.patterns = { pattern };
    return c;
}

CriteriaNode leaf(const QString &pattern)
{
    return CriteriaNode::leaf(match(RuleCondition::Field::Namespace, pattern));
}

QString patternAt(const CriteriaNode &root, const CriteriaEdit::Path &path)
{
    const CriteriaNode *node = CriteriaEdit::at(root, path);
    return node && node->type == CriteriaNode::Type::Condition ? node->condition.patterns.value(0)
                                                               : QString();
}

} // namespace

class TestCriteriaEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndRemove()
    {
        CriteriaNode root = CriteriaNode::all({});
        QVERIFY(CriteriaEdit::addCondition(root, {}));
        QVERIFY(CriteriaEdit::addGroup(root, {}, CriteriaNode::Type::Any));
        QCOMPARE(root.children.size(), 2);
        QCOMPARE(root.children[0].condition, CriteriaEdit::newCondition());
        // A new "any" group holds one condition: an empty "any" never holds and does not validate.
        QCOMPARE(root.children[1].type, CriteriaNode::Type::Any);
        QCOMPARE(root.children[1].children.size(), 1);
        QVERIFY(CriteriaEdit::addCondition(root, { 1 }));
        QCOMPARE(root.children[1].children.size(), 2);
        QVERIFY(!CriteriaEdit::addCondition(root, { 0 })); // a condition is not a group
        QVERIFY(!CriteriaEdit::addCondition(root, { 5 }));
        QVERIFY(!CriteriaEdit::remove(root, {})); // never the root
        QVERIFY(CriteriaEdit::remove(root, { 1, 0 }));
        QCOMPARE(root.children[1].children.size(), 1);
        QVERIFY(CriteriaEdit::remove(root, { 1 }));
        QCOMPARE(root.children.size(), 1);
        QVERIFY(!CriteriaEdit::remove(root, { 1 }));
    }

    void moveWithinSiblings()
    {
        CriteriaNode root = CriteriaNode::all(
            { leaf(QStringLiteral("a")), leaf(QStringLiteral("b")), leaf(QStringLiteral("c")) });
        QVERIFY(CriteriaEdit::move(root, { 0 }, 1));
        QCOMPARE(patternAt(root, { 0 }), QStringLiteral("b"));
        QCOMPARE(patternAt(root, { 1 }), QStringLiteral("a"));
        QVERIFY(CriteriaEdit::move(root, { 2 }, -2));
        QCOMPARE(patternAt(root, { 0 }), QStringLiteral("c"));
        QVERIFY(!CriteriaEdit::move(root, { 0 }, -1)); // already first
        QVERIFY(!CriteriaEdit::move(root, { 2 }, 1)); // already last
        QVERIFY(!CriteriaEdit::move(root, {}, 1));
    }

    void groupAndUngroup()
    {
        CriteriaNode root = CriteriaNode::all(
            { leaf(QStringLiteral("a")), leaf(QStringLiteral("b")), leaf(QStringLiteral("c")) });
        // b and c into an "any" (the other kind than their "all" parent): a AND (b OR c).
        QVERIFY(CriteriaEdit::group(root, { 1 }));
        QCOMPARE(root.children.size(), 2);
        QCOMPARE(root.children[1].type, CriteriaNode::Type::Any);
        QCOMPARE(patternAt(root, { 1, 0 }), QStringLiteral("b"));
        QCOMPARE(patternAt(root, { 1, 1 }), QStringLiteral("c"));
        // The last child of a group is grouped alone, as the opposite kind again.
        QVERIFY(CriteriaEdit::group(root, { 1, 1 }));
        QCOMPARE(root.children[1].children[1].type, CriteriaNode::Type::All);
        QCOMPARE(patternAt(root, { 1, 1, 0 }), QStringLiteral("c"));
        QVERIFY(CriteriaEdit::ungroup(root, { 1, 1 }));
        QCOMPARE(patternAt(root, { 1, 1 }), QStringLiteral("c"));
        QVERIFY(CriteriaEdit::ungroup(root, { 1 }));
        QCOMPARE(root,
                 CriteriaNode::all(
                     { leaf(QStringLiteral("a")), leaf(QStringLiteral("b")), leaf(QStringLiteral("c")) }));
        QVERIFY(!CriteriaEdit::ungroup(root, { 0 })); // a condition
        QVERIFY(!CriteriaEdit::ungroup(root, {})); // the root
        QVERIFY(CriteriaEdit::setType(root, {}, CriteriaNode::Type::Any));
        QCOMPARE(root.type, CriteriaNode::Type::Any);
        QVERIFY(!CriteriaEdit::setType(root, { 0 }, CriteriaNode::Type::All));
        QVERIFY(CriteriaEdit::setCondition(root, { 2 },
                                           match(RuleCondition::Field::Cluster, QStringLiteral("eu-*"))));
        QCOMPARE(CriteriaEdit::at(root, { 2 })->condition.field, RuleCondition::Field::Cluster);
        QVERIFY(!CriteriaEdit::setCondition(root, {}, CriteriaEdit::newCondition()));
    }

    // The paths name nodes as RuleJson's errors do, so an error can be shown on its node.
    void jsonPathsMatchValidationErrors()
    {
        Rule rule;
        rule.id = QStringLiteral("0123456789abcdef0123456789abcdef");
        rule.name = QStringLiteral("r");
        rule.message = { QStringLiteral("t"), QStringLiteral("x") };
        rule.criteria = CriteriaNode::all(
            { leaf(QStringLiteral("a")), CriteriaNode::any({ leaf(QStringLiteral("b")) }) });
        RuleCondition bad;
        bad.op = RuleCondition::Op::In; // "in" with no values
        QVERIFY(CriteriaEdit::setCondition(rule.criteria, { 1, 0 }, bad));
        const QString path = CriteriaEdit::jsonPath(rule.criteria, { 1, 0 });
        QCOMPARE(path, QStringLiteral("criteria.all[1].any[0]"));
        QCOMPARE(RuleJson::validate(rule),
                 QStringList { path + QStringLiteral(".values: expected at least one entry") });
        QCOMPARE(CriteriaEdit::jsonPath(rule.criteria, {}), QStringLiteral("criteria"));
        QCOMPARE(CriteriaEdit::jsonPath(rule.criteria, { 7 }), QString());
    }
};

QTEST_GUILESS_MAIN(TestCriteriaEdit)
#include "tst_criteriaedit.moc"
