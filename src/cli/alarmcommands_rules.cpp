// `rules test`, `rules cases add|list|remove`, `rules backtest`: golden cases and "would have fired".
#include "backtest.h"
#include "caserunner.h"
#include "casestore.h"
#include "displaytext.h"
#include "eventshape.h"
#include "jsonwriter.h"
#include "rulecommands.h"
#include "simulation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace RuleCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rules", text);
}

std::optional<GoldenCase> resolveCase(CliContext &cx, CaseStore &store, const QString &ref, int *exit)
{
    if (ref.size() < 4) {
        *exit = cx.fail(CliContext::Usage, tr("give at least 4 characters of the case id"));
        return std::nullopt;
    }
    const QStringList ids = store.idsStartingWith(ref);
    if (ids.size() != 1) {
        *exit = ids.isEmpty() ? cx.fail(CliContext::Data, tr("no case %1").arg(DisplayText::visible(ref)))
                              : cx.fail(CliContext::Usage,
                                        tr("%1 is the start of %2 case ids; give more of it")
                                            .arg(DisplayText::visible(ref))
                                            .arg(ids.size()));
        return std::nullopt;
    }
    return store.find(ids.constFirst());
}

void writeCase(JsonWriter &w, const GoldenCase &c)
{
    w.beginObject().key(u"id").value(c.id).key(u"rule_id").value(c.ruleId).key(u"name").value(c.name);
    w.key(u"expect_fire").value(c.expectFire).key(u"expect_channels");
    if (c.expectChannels)
        w.stringList(*c.expectChannels);
    else
        w.null();
    w.key(u"expect_texts").stringList(c.expectTexts).key(u"time").value(c.planTime);
    w.key(u"created_at").value(isoMs(c.createdAt)).key(u"updated_at").value(isoMs(c.updatedAt));
    w.key(u"event");
    EventShape::writeTo(w, c.event);
    w.endObject();
}

int caseAdd(CliContext &cx, QCommandLineParser &p, Database &db)
{
    RuleStore rules(db);
    int exit = 0;
    const auto stored = resolve(cx, rules, p.positionalArguments().value(1), &exit);
    if (!stored)
        return exit;
    if (!p.isSet(QStringLiteral("event")))
        return cx.fail(CliContext::Usage, tr("cases add needs --event FILE"));
    if (p.isSet(QStringLiteral("expect-fire")) && p.isSet(QStringLiteral("expect-quiet")))
        return cx.fail(CliContext::Usage, tr("give --expect-fire or --expect-quiet, not both"));
    const QString path = p.value(QStringLiteral("event"));
    const auto bytes = readFile(cx, path, &exit);
    if (!bytes)
        return exit;
    const EventShape::Parsed parsed = EventShape::parse(*bytes);
    if (!parsed.event)
        return cx.fail(CliContext::Data,
                       path + QStringLiteral(": ") + DisplayText::visible(parsed.errors.value(0)));
    qint64 time = QDateTime::currentSecsSinceEpoch();
    if (p.isSet(QStringLiteral("time"))) {
        bool ok = false;
        time = p.value(QStringLiteral("time")).toLongLong(&ok);
        if (!ok || time < 0)
            return cx.fail(CliContext::Usage, tr("--time takes unix seconds"));
    }
    const Rule &rule = *stored->rule;
    // Without expectations, the case records what the rule does now ("save this simulation").
    const RuleSimulation now =
        Simulation::simulate({ rule, QString(), CaseRunner::standInSecrets(rule) }, *parsed.event, time);
    GoldenCase c = GoldenCase::fromSimulation(now, *parsed.event, time,
                                              p.value(QStringLiteral("name")).isEmpty()
                                                  ? QFileInfo(path).completeBaseName()
                                                  : p.value(QStringLiteral("name")));
    if (p.isSet(QStringLiteral("expect-fire")) || p.isSet(QStringLiteral("expect-quiet"))) {
        c.expectFire = p.isSet(QStringLiteral("expect-fire"));
        c.expectChannels.reset();
    }
    if (p.isSet(QStringLiteral("expect-channel")))
        c.expectChannels = p.values(QStringLiteral("expect-channel"));
    c.expectTexts = p.values(QStringLiteral("expect-text"));
    for (const QString &channel : c.expectChannels.value_or(QStringList())) {
        const bool known = std::any_of(rule.channels.cbegin(), rule.channels.cend(),
                                       [&](const RuleChannel &ch) { return ch.id == channel; });
        if (!known)
            return cx.fail(CliContext::Usage,
                           tr("the rule has no channel %1").arg(DisplayText::visible(channel)));
    }
    CaseStore store(db);
    if (!store.insert(c))
        return cx.fail(CliContext::Data, tr("cannot save the case: %1").arg(db.lastError().message));
    for (const QString &reason : CaseRunner::failures(c, rule))
        cx.err << "warning: the case fails now: " << DisplayText::visible(reason) << Qt::endl;
    cx.out << c.id << Qt::endl;
    return CliContext::Ok;
}

int caseList(CliContext &cx, QCommandLineParser &p, Database &db)
{
    QString ruleId;
    if (!p.positionalArguments().value(1).isEmpty()) {
        RuleStore rules(db);
        int exit = 0;
        const auto stored = resolve(cx, rules, p.positionalArguments().value(1), &exit);
        if (!stored)
            return exit;
        ruleId = stored->id;
    }
    CaseStore store(db);
    const QList<GoldenCase> cases = ruleId.isEmpty() ? store.all() : store.forRule(ruleId);
    if (p.value(formatOption) == u"json") {
        JsonWriter w(2);
        w.beginArray();
        for (const GoldenCase &c : cases)
            writeCase(w, c);
        w.endArray();
        cx.out << w.data() << Qt::endl;
        return CliContext::Ok;
    }
    cx.out << QStringLiteral("%1 %2 %3 %4\n")
                  .arg(QStringLiteral("CASE"), -10)
                  .arg(QStringLiteral("RULE"), -10)
                  .arg(QStringLiteral("EXPECTS"), -30)
                  .arg(QStringLiteral("NAME"));
    for (const GoldenCase &c : cases) {
        QString expects = c.expectFire ? QStringLiteral("fire") : QStringLiteral("quiet");
        if (c.expectFire && c.expectChannels)
            expects += u' ' + c.expectChannels->join(u',');
        if (!c.expectTexts.isEmpty())
            expects += QStringLiteral(" +%1 text").arg(c.expectTexts.size());
        cx.out << QStringLiteral("%1 %2 %3 %4\n")
                      .arg(c.id.left(8), -10)
                      .arg(c.ruleId.left(8), -10)
                      .arg(DisplayText::cell(expects, 30), -30)
                      .arg(DisplayText::visible(c.name));
    }
    return CliContext::Ok;
}

} // namespace

int runCases(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    const QString action = p.positionalArguments().value(0);
    if (action == u"add")
        return caseAdd(cx, p, *db);
    if (action == u"list")
        return caseList(cx, p, *db);
    if (action == u"remove") {
        CaseStore store(*db);
        int exit = 0;
        const auto c = resolveCase(cx, store, p.positionalArguments().value(1), &exit);
        if (!c)
            return exit;
        if (!store.remove(c->id))
            return cx.fail(CliContext::Data, tr("cannot remove the case: %1").arg(db->lastError().message));
        return CliContext::Ok;
    }
    return cx.fail(CliContext::Usage, tr("rules cases takes add, list or remove"));
}

int runTest(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    CaseRunner runner(*db);
    CaseCheck check;
    if (!p.positionalArguments().value(0).isEmpty()) {
        RuleStore rules(*db);
        int exit = 0;
        const auto stored = resolve(cx, rules, p.positionalArguments().value(0), &exit);
        if (!stored)
            return exit;
        check = runner.check(stored->id);
    } else {
        check = runner.checkAll();
    }
    if (p.value(formatOption) == u"json") {
        JsonWriter w(2);
        w.beginObject()
            .key(u"ok")
            .value(check.ok)
            .key(u"cases")
            .value(check.cases)
            .key(u"passed")
            .value(check.passed);
        w.key(u"failures").beginArray();
        for (const CaseFailure &f : std::as_const(check.failures))
            w.beginObject()
                .key(u"case")
                .value(f.caseId)
                .key(u"name")
                .value(f.caseName)
                .key(u"rule")
                .value(f.ruleId)
                .key(u"reason")
                .value(f.reason)
                .endObject();
        w.endArray().key(u"error").value(check.error).endObject();
        cx.out << w.data() << Qt::endl;
    } else {
        for (const QString &line : check.lines())
            cx.out << "FAIL " << DisplayText::visible(line) << "\n";
        cx.out << check.passed << " of " << check.cases << " cases passed\n";
    }
    if (!check.ok)
        return cx.fail(CliContext::Data,
                       check.error.isEmpty()
                           ? tr("%1 of %2 cases failed").arg(check.cases - check.passed).arg(check.cases)
                           : check.error);
    return CliContext::Ok;
}

int runBacktest(CliContext &cx, QCommandLineParser &p)
{
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    RuleStore rules(*db);
    int exit = 0;
    const auto stored = resolve(cx, rules, p.positionalArguments().value(0), &exit);
    if (!stored)
        return exit;
    const std::unique_ptr<Database> cache = cx.openCache();
    if (!cache)
        return CliContext::Data;
    const BacktestResult result = Backtest::run(*stored->rule, *cache);
    if (!result.error.isEmpty())
        return cx.fail(CliContext::Data, result.error);
    if (p.value(formatOption) == u"json") {
        cx.out << result.toJson() << Qt::endl;
        return CliContext::Ok;
    }
    cx.out << "replayed " << result.events << " workload events from " << result.changedTags
           << " changed tags over " << result.generations.size() << " generations\n";
    for (const QString &note : result.notes)
        cx.out << "note: " << DisplayText::visible(note) << "\n";
    for (const BacktestAlarm &a : result.alarms) {
        cx.out << a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
               << DisplayText::visible(a.workload) << "  "
               << DisplayText::visible(a.changes.join(QStringLiteral("; ")))
               << "\n    why: " << DisplayText::visible(a.why.join(QStringLiteral("; ")))
               << "\n    to: " << a.channels.join(QStringLiteral(", ")) << "\n";
    }
    cx.out << result.alarms.size() << " alarms would have fired";
    if (result.suppressed > 0)
        cx.out << " (" << result.suppressed << " more silenced by the cooldown)";
    cx.out << "\n";
    return CliContext::Ok;
}

} // namespace RuleCommands
