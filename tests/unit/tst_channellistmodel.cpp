// ChannelListModel: the rule editor's channels as a Qt model: unique ids and secret names for added
// channels, each channel's secrets as a model of its own with the keychain's status, problems as a
// role, and typed values that change the rule without resetting the model.
#include "channellistmodel.h"
#include "ruledraft.h"
#include "ruleproblems.h"
#include "secretstore.h"
#include "testenvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

QString roleText(const ChannelListModel &model, int row, int role)
{
    return model.data(model.index(row), role).toString();
}

ChannelSecretModel *secretsAt(const ChannelListModel &model, int row)
{
    return model.data(model.index(row), ChannelListModel::SecretsRole).value<ChannelSecretModel *>();
}

} // namespace

class TestChannelListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void addSetRemove()
    {
        RuleDraft d;
        d.rule.id = QStringLiteral("r1");
        d.loaded = true;
        RuleProblems problems;
        ChannelListModel model(d, problems);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy edited(&model, &ChannelListModel::edited);

        model.add(QStringLiteral("slack"));
        model.add(QStringLiteral("webhook"));
        model.add(QStringLiteral("slack"));
        model.add(QStringLiteral("pigeon")); // no such channel type
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.size(), 3);
        QCOMPARE(edited.size(), 3);
        QCOMPARE(roleText(model, 0, ChannelListModel::TypeRole), QStringLiteral("slack"));
        QCOMPARE(roleText(model, 2, ChannelListModel::ChannelIdRole), QStringLiteral("slack-2"));
        QCOMPARE(roleText(model, 2, ChannelListModel::JsonPathRole), QStringLiteral("channels[2]"));
        ChannelSecretModel *secrets = secretsAt(model, 2);
        QVERIFY(secrets);
        QCOMPARE(secrets->rowCount(), 1);
        QCOMPARE(secrets->data(secrets->index(0), ChannelSecretModel::NameRole).toString(),
                 QStringLiteral("SLACK_WEBHOOK_URL_2"));
        QCOMPARE(secretsAt(model, 1)->rowCount(), 2); // the webhook's URL and signing key

        // A typed value changes the rule, not the rows; a renamed secret is listed anew.
        model.set(0, QStringLiteral("to"), QStringLiteral("ignored for slack, "));
        model.set(1, QStringLiteral("id"), QStringLiteral("hook"));
        QCOMPARE(d.rule.channels[1].id, QStringLiteral("hook"));
        QCOMPARE(reset.size(), 3);
        QCOMPARE(edited.size(), 5);
        model.set(0, QStringLiteral("urlSecret"), QStringLiteral("OTHER_URL"));
        QCOMPARE(
            secretsAt(model, 0)->data(secretsAt(model, 0)->index(0), ChannelSecretModel::NameRole).toString(),
            QStringLiteral("OTHER_URL"));

        // Problems are the rows' error role.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        problems.setList({ QStringLiteral("channels[1].url_secret: a secret name is needed") });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(roleText(model, 1, ChannelListModel::ErrorRole),
                 QStringLiteral("url_secret: a secret name is needed"));
        QCOMPARE(roleText(model, 0, ChannelListModel::ErrorRole), QString());

        model.move(2, -2);
        QCOMPARE(d.rule.channels[0].id, QStringLiteral("slack-2"));
        model.remove(0);
        model.remove(7);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.size(), 5);
    }

    void secretsGoToTheKeychain()
    {
        RuleDraft d;
        d.rule.id = QStringLiteral("r2");
        d.loaded = true;
        RuleProblems problems;
        MemorySecretStore store;
        ChannelListModel model(d, problems);
        model.setSecretStore(&store);
        model.add(QStringLiteral("email"));
        QVERIFY(!model.isSecretStored(QStringLiteral("MAIL_API_KEY")));
        QSignalSpy outcome(&model, &ChannelListModel::outcome);
        model.setSecret(QStringLiteral("NOT_OF_THIS_RULE"), QStringLiteral("x"));
        model.setSecret(QStringLiteral("MAIL_API_KEY"), QStringLiteral("SG.secret"));
        QTRY_VERIFY(model.isSecretStored(QStringLiteral("MAIL_API_KEY")));
        QCOMPARE(outcome.size(), 1);
        QCOMPARE(outcome.constFirst().at(1).toBool(), false);
        ChannelSecretModel *secrets = secretsAt(model, 0);
        QCOMPARE(secrets->data(secrets->index(0), ChannelSecretModel::StoredRole).toBool(), true);
        QVERIFY(!model.isSecretStored(QStringLiteral("NOT_OF_THIS_RULE")));

        // Loading the rule again reads the keychain again.
        model.reload();
        QTRY_VERIFY(model.isSecretStored(QStringLiteral("MAIL_API_KEY")));
        model.forgetSecret(QStringLiteral("MAIL_API_KEY"));
        QTRY_VERIFY(!model.isSecretStored(QStringLiteral("MAIL_API_KEY")));
    }
};

QTEST_GUILESS_MAIN(TestChannelListModel)
#include "tst_channellistmodel.moc"
