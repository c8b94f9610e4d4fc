#include "peoplefile.h"

#include "displaytext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace PeopleFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PeopleFile", text);
}

const QStringList &columns()
{
    static const QStringList list { QStringLiteral("name"), QStringLiteral("email"),
                                    QStringLiteral("slack_id"), QStringLiteral("team") };
    return list;
}

struct Record
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
};

// RFC 4180: comma-separated fields, a quoted field may hold commas, line breaks and "" for a quote;
// CRLF or LF ends a record. Blank lines are skipped.
bool splitCsv(const QString &text, QList<Record> *records, QString *error)
{
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        Record record;
        record.line = line;
        QString field;
        bool recordDone = false;
        while (!recordDone) {
            field.clear();
            if (i < n && text[i] == u'"') {
                ++i;
                for (;;) {
                    if (i >= n) {
                        *error = tr("line %1: a quoted field is not closed").arg(record.line);
                        return false;
                    }
                    if (text[i] == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == u'\n')
                        ++line;
                    field += text[i++];
                }
                if (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                    *error = tr("line %1: text after a closing quote").arg(line);
                    return false;
                }
            } else {
                while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                    if (text[i] == u'"') {
                        *error = tr("line %1: a quote inside an unquoted field").arg(line);
                        return false;
                    }
                    field += text[i++];
                }
            }
            record.fields.append(field);
            if (i < n && text[i] == u',') {
                ++i;
                continue;
            }
            if (i < n && text[i] == u'\r')
                ++i;
            if (i < n && text[i] == u'\n')
                ++i;
            ++line;
            recordDone = true;
        }
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            records->append(record);
    }
    return true;
}

bool add(Parsed &parsed, QHash<QString, qsizetype> &index, Person person, const QString &where)
{
    person.source = Person::Source::Yours;
    const QString problem = person.problem();
    if (!problem.isEmpty()) {
        parsed.error = where + QStringLiteral(": ") + problem;
        return false;
    }
    if (const auto it = index.constFind(person.name); it != index.constEnd()) {
        parsed.people[*it] = person;
        return true;
    }
    if (parsed.people.size() >= maxEntries) {
        parsed.error = tr("%1: more than %2 entries").arg(where).arg(maxEntries);
        return false;
    }
    index.insert(person.name, parsed.people.size());
    parsed.people.append(person);
    return true;
}

Parsed parseCsv(const QString &text)
{
    Parsed parsed;
    QList<Record> records;
    if (!splitCsv(text, &records, &parsed.error))
        return parsed;
    if (records.isEmpty()) {
        parsed.error = tr("line 1: no header row (name,email,slack_id,team)");
        return parsed;
    }
    const Record header = records.takeFirst();
    QHash<QString, int> at;
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields[c].trimmed().toLower();
        if (!columns().contains(name) || at.contains(name)) {
            parsed.error = tr("line %1: the header has \"%2\"; the columns are name, email, slack_id, team")
                               .arg(header.line)
                               .arg(DisplayText::visible(header.fields[c].left(40)));
            return parsed;
        }
        at.insert(name, c);
    }
    if (!at.contains(QStringLiteral("name"))) {
        parsed.error = tr("line %1: the header has no name column").arg(header.line);
        return parsed;
    }
    QHash<QString, qsizetype> index;
    for (const Record &record : std::as_const(records)) {
        const QString where = tr("line %1").arg(record.line);
        if (record.fields.size() != header.fields.size()) {
            parsed.error = tr("%1: %2 fields, the header has %3")
                               .arg(where)
                               .arg(record.fields.size())
                               .arg(header.fields.size());
            return parsed;
        }
        const auto field = [&](const char *column) {
            const int c = at.value(QLatin1StringView(column), -1);
            return c < 0 ? QString() : record.fields[c].trimmed();
        };
        Person person;
        person.name = field("name");
        person.email = field("email");
        person.slackId = field("slack_id");
        person.team = field("team");
        if (!add(parsed, index, person, where))
            return parsed;
    }
    return parsed;
}

Parsed parseJson(const QByteArray &bytes)
{
    Parsed parsed;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parsed.error = tr("not JSON at offset %1: %2").arg(jsonError.offset).arg(jsonError.errorString());
        return parsed;
    }
    if (!document.isArray()) {
        parsed.error = tr("the JSON is not an array of people");
        return parsed;
    }
    QHash<QString, qsizetype> index;
    const QJsonArray array = document.array();
    for (qsizetype e = 0; e < array.size(); ++e) {
        const QString where = tr("entry %1").arg(e + 1);
        if (!array[e].isObject()) {
            parsed.error = tr("%1: not an object").arg(where);
            return parsed;
        }
        const QJsonObject object = array[e].toObject();
        Person person;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!columns().contains(it.key())) {
                parsed.error = tr("%1: unknown key \"%2\"; the keys are name, email, slack_id, team")
                                   .arg(where, DisplayText::visible(it.key().left(40)));
                return parsed;
            }
            if (!it->isString() && !it->isNull()) {
                parsed.error = tr("%1: \"%2\" is not a string").arg(where, it.key());
                return parsed;
            }
        }
        person.name = object.value(QLatin1StringView("name")).toString().trimmed();
        person.email = object.value(QLatin1StringView("email")).toString().trimmed();
        person.slackId = object.value(QLatin1StringView("slack_id")).toString().trimmed();
        person.team = object.value(QLatin1StringView("team")).toString().trimmed();
        if (!add(parsed, index, person, where))
            return parsed;
    }
    return parsed;
}

} // namespace

Format formatOf(const QString &fileName, const QByteArray &bytes)
{
    if (fileName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (fileName.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    const QByteArray start = bytes.trimmed().left(1);
    return start == "[" || start == "{" ? Format::Json : Format::Csv;
}

Parsed parse(const QByteArray &bytes, Format format)
{
    Parsed parsed;
    if (bytes.size() > maxBytes) {
        parsed.error = tr("the file is larger than %1 MiB").arg(maxBytes / (1024 * 1024));
        return parsed;
    }
    if (format == Format::Json)
        return parseJson(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        parsed.error = tr("the file is not UTF-8 text");
        return parsed;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return parseCsv(text);
}

} // namespace PeopleFile
