// `rules plan|signing-key`.
#include "displaytext.h"
#include "jsonwriter.h"
#include "notificationplanner.h"
#include "peoplestore.h"
#include "rulecommands.h"
#include "ruleengine.h"
#include "standardwebhooks.h"

#include <QCoreApplication>
#include <QDateTime>

namespace RuleCommands {

int runPlan(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore store(*db);
    int exit = 0;
    const auto s = resolve(cx, store, p.positionalArguments().value(0), &exit);
    if (!s)
        return exit;
    if (!p.isSet(QStringLiteral("event")) || !p.isSet(QStringLiteral("secrets")))
        return cx.fail(CliContext::Usage,
                       QCoreApplication::translate("rules", "plan needs --event FILE and --secrets FILE"));
    const auto event = readObject(cx, p.value(QStringLiteral("event")), &exit);
    if (!event)
        return exit;
    const auto secretsJson = readObject(cx, p.value(QStringLiteral("secrets")), &exit);
    if (!secretsJson)
        return exit;
    QHash<QString, QString> secrets;
    for (auto it = secretsJson->begin(); it != secretsJson->end(); ++it) {
        if (!it.value().isString())
            return cx.fail(CliContext::Data,
                           QCoreApplication::translate("rules", "secret %1: expected a string")
                               .arg(DisplayText::visible(it.key())));
        secrets.insert(it.key(), it.value().toString());
    }
    PlanContext context;
    context.unixTime = QDateTime::currentSecsSinceEpoch();
    context.people = PeopleStore(*db).directory();
    if (p.isSet(QStringLiteral("time"))) {
        bool ok = false;
        context.unixTime = p.value(QStringLiteral("time")).toLongLong(&ok);
        if (!ok || context.unixTime < 0)
            return cx.fail(CliContext::Usage,
                           QCoreApplication::translate("rules", "--time takes unix seconds"));
    }
    const Rule &rule = *s->rule;
    for (const QString &problem : NotificationPlanner::problems(rule, secrets))
        cx.err << "warning: " << problem << Qt::endl;
    QList<PlannedCall> calls = NotificationPlanner::plan(rule, *event, secrets, context);
    if (p.isSet(QStringLiteral("mask")))
        calls = NotificationPlanner::masked(calls, secrets);
    if (p.value(formatOption) == u"json") {
        cx.out << NotificationPlanner::toJson(calls) << Qt::endl;
        return CliContext::Ok;
    }
    const Evaluation evaluation = RuleEngine::evaluate(rule, *event);
    cx.out << (evaluation.fired ? "fires" : "does not fire") << "\n";
    for (const ConditionVerdict &v : evaluation.conditions)
        cx.out << "  " << (v.passed ? "pass " : "fail ") << DisplayText::visible(v.text) << "  (saw "
               << DisplayText::visible(v.value) << ")\n";
    for (const PlannedCall &call : NotificationPlanner::masked(calls, secrets)) {
        cx.out << "\n"
               << call.channel << ": " << call.method << " " << DisplayText::visible(call.url) << "\n";
        for (const auto &header : call.headers)
            cx.out << "  " << header.first << ": " << header.second << "\n";
        cx.out << "  " << DisplayText::visible(QString::fromUtf8(call.body)) << "\n";
    }
    return CliContext::Ok;
}

int runSigningKey(CliContext &cx, QCommandLineParser &p)
{
    const QByteArray key = StandardWebhooks::generateKey();
    if (p.value(formatOption) == u"json") {
        JsonWriter w(2);
        w.beginObject().key(u"worker_secret").value(QString::fromLatin1(key));
        w.key(u"receiver_secret").value(StandardWebhooks::toWhsec(key)).endObject();
        cx.out << w.data() << Qt::endl;
    } else {
        cx.out << "worker secret (raw):      " << key << "\n"
               << "receiver secret (whsec_): " << StandardWebhooks::toWhsec(key) << "\n";
    }
    return CliContext::Ok;
}

} // namespace RuleCommands
