#include "findingcommands.h"

#include "displaytext.h"
#include "evidencepack.h"
#include "findingactions.h"
#include "generationstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool parse(CliContext &cx, QCommandLineParser &parser, const QStringList &args, int *exit)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        *exit = cx.fail(CliContext::Usage, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        *exit = CliContext::Ok;
        return false;
    }
    return true;
}

// The one tag REF names in the current generation, or an exit code after printing why.
struct Target
{
    StoredTag tag;
    GenerationInfo generation;
};

std::optional<Target> resolve(CliContext &cx, const QCommandLineParser &parser, int *exit)
{
    if (parser.positionalArguments().size() != 1) {
        *exit =
            cx.fail(CliContext::Usage,
                    QStringLiteral("give exactly one REF (a digest, name:tag or registry/path/name:tag)"));
        return std::nullopt;
    }
    std::unique_ptr<Database> cache = cx.openCache();
    if (!cache) {
        *exit = CliContext::Data;
        return std::nullopt;
    }
    GenerationStore generations(*cache);
    const auto current = generations.current();
    if (!current) {
        *exit = cx.fail(CliContext::Data, QStringLiteral("the cache is empty: run `sync` first"));
        return std::nullopt;
    }
    TagStore tags(*cache);
    const FindingActions::Resolved r =
        FindingActions::resolve(tags, current->id, parser.positionalArguments().constFirst());
    if (!r.tag) {
        *exit = cx.fail(r.ambiguous ? CliContext::Usage : CliContext::Data, r.error);
        return std::nullopt;
    }
    return Target { *r.tag, *current };
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

int printFinding(CliContext &cx, FindingActions &actions, const ImageTag &tag, bool json)
{
    FindingStore &store = actions.findings();
    const Finding f = store.finding(tag);
    const QList<FindingNote> notes = store.notes(f.subject);
    const QList<JournalEntry> journal = store.journalOf(f.subject);
    if (json) {
        QJsonArray n;
        for (const FindingNote &note : notes)
            n.append(QJsonObject { { QStringLiteral("id"), note.id },
                                   { QStringLiteral("markdown"), note.markdown },
                                   { QStringLiteral("created_at"), when(note.createdAt) },
                                   { QStringLiteral("edited_at"),
                                     note.editedAt ? QJsonValue(when(note.editedAt)) : QJsonValue() } });
        QJsonArray j;
        for (const JournalEntry &e : journal)
            j.append(QJsonObject { { QStringLiteral("at"), when(e.at) },
                                   { QStringLiteral("action"), e.action },
                                   { QStringLiteral("detail"), e.detail } });
        const QJsonObject o {
            { QStringLiteral("reference"), tag.reference() },
            { QStringLiteral("digest"), tag.digest },
            { QStringLiteral("status"), Triage::name(f.status) },
            { QStringLiteral("accepted_until"),
              f.acceptedUntil.isValid() ? QJsonValue(f.acceptedUntil.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("ticket"),
              f.ticketUrl.isEmpty() ? QJsonValue()
                                    : QJsonValue(QJsonObject { { QStringLiteral("tracker"), f.ticketTracker },
                                                               { QStringLiteral("key"), f.ticketKey },
                                                               { QStringLiteral("url"), f.ticketUrl } }) },
            { QStringLiteral("notes"), n },
            { QStringLiteral("journal"), j }
        };
        cx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return CliContext::Ok;
    }
    cx.out << DisplayText::visible(tag.reference()) << ": " << Triage::name(f.status);
    if (f.acceptedUntil.isValid())
        cx.out << " until " << f.acceptedUntil.toString(Qt::ISODate);
    cx.out << "\n";
    if (!f.ticketUrl.isEmpty())
        cx.out << "  ticket: " << f.ticketKey << " " << f.ticketUrl << "\n";
    for (const FindingNote &note : notes)
        cx.out << "  note #" << note.id << " (" << when(note.createdAt) << (note.editedAt ? ", edited" : "")
               << "): " << DisplayText::cell(note.markdown, 100) << "\n";
    for (const JournalEntry &e : journal)
        cx.out << "  " << when(e.at) << "  " << e.action << "  " << DisplayText::visible(e.detail) << "\n";
    return CliContext::Ok;
}

} // namespace

int runTriage(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sets the triage status of an image tag and adds a note; "
                                                    "without --status or --note, shows the finding."));
    parser.addOptions({
        { QStringLiteral("status"), QStringLiteral("new, investigating, ticketed, accepted or resolved."),
          QStringLiteral("status") },
        { QStringLiteral("until"),
          QStringLiteral("With --status accepted: accepted until this date (YYYY-MM-DD)."),
          QStringLiteral("date") },
        { QStringLiteral("note"), QStringLiteral("Add this note (Markdown)."), QStringLiteral("text") },
        { QStringLiteral("format"), QStringLiteral("text or json (when showing)."), QStringLiteral("format"),
          QStringLiteral("text") },
    });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The image tag."));
    int exit = 0;
    if (!parse(cx, parser, args, &exit))
        return exit;
    std::optional<Triage::Status> status;
    if (parser.isSet(QStringLiteral("status"))) {
        status = Triage::fromName(parser.value(QStringLiteral("status")));
        if (!status)
            return cx.fail(CliContext::Usage,
                           QStringLiteral("unknown status \"%1\" (use %2)")
                               .arg(DisplayText::visible(parser.value(QStringLiteral("status"))),
                                    Triage::names().join(u'|')));
    }
    QDate until;
    if (parser.isSet(QStringLiteral("until"))) {
        until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!until.isValid())
            return cx.fail(CliContext::Usage, QStringLiteral("--until takes a date as YYYY-MM-DD"));
        if (status != Triage::Status::Accepted)
            return cx.fail(CliContext::Usage, QStringLiteral("--until goes with --status accepted"));
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return cx.fail(
            CliContext::Usage,
            QStringLiteral("unknown --format %1 (use text|json)").arg(DisplayText::visible(format)));
    const std::optional<Target> target = resolve(cx, parser, &exit);
    if (!target)
        return exit;
    Database *local = cx.local();
    if (!local)
        return CliContext::Data;
    FindingActions actions(*local);
    const ImageTag &tag = target->tag.tag;
    if (!status && !parser.isSet(QStringLiteral("note")))
        return printFinding(cx, actions, tag, format == u"json");

    QString error;
    if (status && !actions.findings().setStatus(tag, *status, until, &error))
        return cx.fail(status == Triage::Status::Accepted && error.contains(u"date") ? CliContext::Usage
                                                                                     : CliContext::Data,
                       error);
    if (parser.isSet(QStringLiteral("note"))) {
        bool queued = false;
        const qint64 id = actions.addNote(tag, parser.value(QStringLiteral("note")), &error, &queued);
        if (id == 0)
            return cx.fail(error.contains(u"empty") || error.contains(u"longer") ? CliContext::Usage
                                                                                 : CliContext::Data,
                           error);
        cx.err << "note #" << id << " added"
               << (queued ? "; queued as a ticket comment (`outbox --send`)" : "") << Qt::endl;
    }
    const Finding f = actions.findings().finding(tag);
    cx.out << DisplayText::visible(tag.reference()) << ": " << Triage::name(f.status)
           << (f.acceptedUntil.isValid() ? QStringLiteral(" until ") + f.acceptedUntil.toString(Qt::ISODate)
                                         : QString())
           << Qt::endl;
    return CliContext::Ok;
}

int runExport(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the evidence pack of an image tag: <DIR>/<image>-<tag>-<digest>/ with "
                       "evidence.md, evidence.json, "
                       "vulnerabilities.csv, workloads.csv and SHA256SUMS."));
    parser.addOption({ QStringLiteral("evidence"), QStringLiteral("The folder to write the pack into."),
                       QStringLiteral("dir") });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The image tag."));
    int exit = 0;
    if (!parse(cx, parser, args, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("evidence")))
        return cx.fail(CliContext::Usage, QStringLiteral("export needs --evidence DIR"));
    const std::optional<Target> target = resolve(cx, parser, &exit);
    if (!target)
        return exit;
    Database *local = cx.local();
    if (!local)
        return CliContext::Data;
    FindingActions actions(*local);
    const EvidencePack::Result result =
        actions.exportEvidence(parser.value(QStringLiteral("evidence")), target->tag, target->generation);
    if (!result.error.isEmpty())
        return cx.fail(CliContext::Data, result.error);
    cx.out << result.path << Qt::endl;
    return CliContext::Ok;
}
