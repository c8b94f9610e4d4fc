#include "tagfiltersql.h"

#include <QRegularExpression>

namespace TagFilterSql {
namespace {

using Field = FilterTerm::Field;

const QString kLike = QStringLiteral(" LIKE ? ESCAPE '\\'");

// Conditions and their values: on the tag's list row (t), on its image row (one subquery), and
// the full-text parts, which become one MATCH.
struct Builder
{
    qint64 generation = 0;
    Scope scope = Scope::Generation;
    QStringList sql;
    QVariantList values;
    QStringList imageSql; // over image_rows i
    QVariantList imageValues;
    QStringList ftsAll; // every row must match each of these
    QStringList ftsNone; // no row may match any of these

    void add(const QString &condition, const QVariantList &bound = {})
    {
        sql.append(condition);
        values += bound;
    }
    void addImage(const QString &condition, const QVariantList &bound)
    {
        imageSql.append(condition);
        imageValues += bound;
    }
};

bool hasTokenCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// An FTS5 string: inside double quotes, a double quote is doubled.
QString ftsString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool isImageField(Field field)
{
    return field == Field::Registry || field == Field::Repository || field == Field::Image;
}

QString column(Field field)
{
    switch (field) {
    case Field::Registry:
        return QStringLiteral("i.registry");
    case Field::Repository:
        return QStringLiteral("i.repository_path");
    case Field::Image:
        return QStringLiteral("i.name");
    case Field::Tag:
        return QStringLiteral("t.tag");
    case Field::Owner:
        return QStringLiteral("coalesce(t.build_owner, '')");
    case Field::Deployer:
        return QStringLiteral("coalesce(t.deployed_by, '')");
    case Field::Architecture:
        return QStringLiteral("t.architecture");
    case Field::Digest:
        return QStringLiteral("t.digest");
    case Field::Namespace:
        return QStringLiteral("w.namespace");
    case Field::Cluster:
        return QStringLiteral("w.cluster");
    case Field::Cve:
        return QStringLiteral("v.cve_id");
    default:
        return {};
    }
}

// The FTS5 column that holds the field's words, if any.
QString ftsColumn(Field field)
{
    switch (field) {
    case Field::Registry:
        return QStringLiteral("registry");
    case Field::Repository:
        return QStringLiteral("repository_path");
    case Field::Image:
        return QStringLiteral("name");
    case Field::Tag:
        return QStringLiteral("tag");
    case Field::Owner:
    case Field::Deployer:
        return QStringLiteral("people");
    case Field::Digest:
        return QStringLiteral("digest");
    case Field::Namespace:
    case Field::Cluster:
        return QStringLiteral("workloads");
    case Field::Cve:
        return QStringLiteral("cves");
    default:
        return {};
    }
}

FilterValue withoutDigestPrefix(FilterValue value)
{
    if (value.text.startsWith(QLatin1StringView("sha256:"), Qt::CaseInsensitive))
        value.text = value.text.mid(7);
    return value;
}

// A condition on what a tag hangs off (workloads, vulnerabilities): correlated when the index has
// already narrowed the rows to a few, else one pass over the table.
// Measured at 100,000 tags: one pass over the (narrow) related table beats narrowing through the
// index and then one lookup per candidate, because namespace and CVE words are common.
// For one image's few tags, a lookup per tag instead. The unary + keeps SQLite from probing the
// list's key with every pair of the IN lists (measured: 400,000 probes for one filter).
QString relatedCondition(Scope scope, Field field, const QString &alternatives, bool negated)
{
    const bool workloads = field == Field::Namespace || field == Field::Cluster;
    const QString table = workloads ? QStringLiteral("tag_workloads w") : QStringLiteral("vulnerabilities v");
    const QString alias = workloads ? QStringLiteral("w") : QStringLiteral("v");
    const QString no = negated ? QStringLiteral("NOT ") : QString();
    if (scope == Scope::OneImage)
        return QStringLiteral("%1EXISTS (SELECT 1 FROM %2 WHERE %3.tag_row = t.tag_row AND %4)")
            .arg(no, table, alias, alternatives);
    return QStringLiteral("+t.tag_row %1IN (SELECT %2.tag_row FROM %3 WHERE %4)")
        .arg(no, alias, table, alternatives);
}

void addText(Builder &b, const FilterTerm &t)
{
    const FilterValue &v = t.values.constFirst();
    if (!hasTokenCharacter(v.text)) {
        // Only punctuation: the index has no words for it, so look in the names themselves.
        const QString in = QStringLiteral("instr(lower(%1), lower(?)) > 0");
        QStringList image;
        for (const char *c : { "i.name", "i.registry", "i.repository_path" })
            image.append(in.arg(QLatin1StringView(c)));
        QStringList tag;
        for (const char *c :
             { "t.tag", "t.digest", "coalesce(t.build_owner, '')", "coalesce(t.deployed_by, '')" })
            tag.append(in.arg(QLatin1StringView(c)));
        const QString condition =
            QStringLiteral("(+t.image_id IN (SELECT i.id FROM image_rows i WHERE i.generation = ? AND "
                           "(%1)) OR %2)")
                .arg(image.join(QStringLiteral(" OR ")), tag.join(QStringLiteral(" OR ")));
        b.add(t.negated ? QStringLiteral("NOT ") + condition : condition,
              { b.generation, v.text, v.text, v.text, v.text, v.text, v.text, v.text });
        return;
    }
    const QString phrase = v.exact ? ftsString(v.text) : ftsString(v.text) + u'*';
    (t.negated ? b.ftsNone : b.ftsAll).append(phrase);
}

void addKeyed(Builder &b, const FilterTerm &t)
{
    QStringList alternatives;
    QVariantList bound;
    QStringList phrases;
    // The index narrows tag fields whose words are rare (people, tags, digests); image fields are
    // decided over the image rows, and workloads and CVEs in one pass over their tables.
    // A whole CVE id (CVE-2024-12345) is rare in the index: narrowing by it and then one lookup
    // per candidate beats a pass over every vulnerability; a year alone (CVE-2023) does not.
    static const QRegularExpression wholeCve(QStringLiteral("^cve-\\d{4}-\\d{4,}\\*?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const bool preciseCve = t.field == Field::Cve && !t.negated
        && std::all_of(t.values.cbegin(), t.values.cend(),
                       [](const FilterValue &v) { return wholeCve.match(v.text).hasMatch(); });
    const bool related = t.field == Field::Namespace || t.field == Field::Cluster || t.field == Field::Cve;
    bool narrowable =
        !t.negated && (!related || preciseCve) && !isImageField(t.field) && !ftsColumn(t.field).isEmpty();
    for (const FilterValue &raw : t.values) {
        const FilterValue v = t.field == Field::Digest ? withoutDigestPrefix(raw) : raw;
        const QString pattern = likePattern(v);
        alternatives << column(t.field) + kLike;
        bound << pattern;
        if (t.field == Field::Digest) { // stored with or without the algorithm
            alternatives << column(t.field) + kLike;
            bound << QString(QStringLiteral("sha256:") + pattern);
        }
        const QString phrase = prefilterPhrase(v);
        narrowable = narrowable && !phrase.isEmpty();
        phrases.append(phrase);
    }
    const QString any = u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    if (narrowable)
        b.ftsAll.append(ftsColumn(t.field) + QStringLiteral(" : (") + phrases.join(QStringLiteral(" OR "))
                        + u')');
    const QString no = t.negated ? QStringLiteral("NOT ") : QString();
    if (isImageField(t.field))
        b.addImage(no + any, bound);
    else if (related)
        b.add(relatedCondition(narrowable ? Scope::OneImage : b.scope, t.field, any, t.negated), bound);
    else
        b.add(no + any, bound);
}

void addTerm(Builder &b, const FilterTerm &t)
{
    const QString no = t.negated ? QStringLiteral("NOT ") : QString();
    switch (t.field) {
    case Field::Text:
        addText(b, t);
        return;
    case Field::Risk:
        b.add(
            QStringLiteral("(t.risks & ?) %1 0").arg(t.negated ? QStringLiteral("=") : QStringLiteral("!=")),
            { int(t.risks.toInt()) });
        return;
    case Field::Severity: {
        static const char *ops[] = { ">=", ">", "<=", "<", "=" };
        b.add(no + QStringLiteral("(t.max_severity %1 ?)").arg(QLatin1StringView(ops[int(t.compare)])),
              { int(t.severity) });
        return;
    }
    case Field::Status: {
        QStringList marks;
        QVariantList bound;
        for (const FilterValue &v : t.values) {
            marks.append(QStringLiteral("?"));
            bound.append(v.text);
        }
        b.add(no + QStringLiteral("(lower(t.runtime_status) IN (%1))").arg(marks.join(u',')), bound);
        return;
    }
    case Field::Changed:
        b.add(QStringLiteral("t.changed = ?"), { (t.changed != t.negated) ? 1 : 0 });
        return;
    default:
        addKeyed(b, t);
        return;
    }
}

void addChips(Builder &b, const TagQuery &query)
{
    if (query.anyRisk)
        b.add(QStringLiteral("(t.risks & ?) != 0"), { int(query.anyRisk.toInt()) });
    const QString match = matchExpression(query.text);
    if (!match.isEmpty())
        b.ftsAll.append(u'(' + match + u')');
    auto inList = [&](const QString &name, const QStringList &list) {
        if (list.isEmpty())
            return;
        QStringList marks;
        QVariantList bound;
        for (const QString &item : list) {
            marks.append(QStringLiteral("?"));
            bound.append(item);
        }
        b.add(relatedCondition(b.scope, Field::Namespace,
                               QStringLiteral("w.%1 IN (%2)").arg(name, marks.join(u',')), false),
              bound);
    };
    inList(QStringLiteral("cluster"), query.clusters);
    inList(QStringLiteral("namespace"), query.namespaces);
    if (query.minSeverity != Severity::Unknown)
        b.add(QStringLiteral("t.max_severity >= ?"), { int(query.minSeverity) });
    if (query.changedOnly)
        b.add(QStringLiteral("t.changed = 1"));
}

} // namespace

QString likePattern(const FilterValue &value)
{
    QString pattern;
    pattern.reserve(value.text.size() + 1);
    for (const QChar c : value.text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            pattern += u'\\';
        pattern += c == u'*' ? u'%' : c;
    }
    if (!value.exact && !pattern.endsWith(u'%'))
        pattern += u'%';
    return pattern;
}

QString prefilterPhrase(const FilterValue &value)
{
    const qsizetype star = value.text.indexOf(u'*');
    const QString literal = star < 0 ? value.text : value.text.left(star);
    if (!hasTokenCharacter(literal))
        return {};
    // A literal that ends inside a word can only be a prefix of that word.
    return value.exact && star < 0 ? ftsString(literal) : ftsString(literal) + u'*';
}

QString matchExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(u' ');
}

bool isUnfiltered(const TagQuery &query)
{
    return !query.anyRisk && matchExpression(query.text).isEmpty() && query.clusters.isEmpty()
        && query.namespaces.isEmpty() && query.minSeverity == Severity::Unknown && !query.changedOnly
        && query.terms.isEmpty();
}

QString conditions(qint64 generation, const TagQuery &query, QVariantList *values, Scope scope)
{
    Builder b;
    b.generation = generation;
    b.scope = scope;
    addChips(b, query);
    for (const FilterTerm &t : query.terms)
        addTerm(b, t);
    QStringList all;
    if (!b.ftsAll.isEmpty()) {
        QString expression = b.ftsAll.join(QStringLiteral(" AND "));
        if (!b.ftsNone.isEmpty())
            expression =
                u'(' + expression + QStringLiteral(") NOT (") + b.ftsNone.join(QStringLiteral(" OR ")) + u')';
        all.append(
            scope == Scope::OneImage
                ? QStringLiteral(
                    "EXISTS (SELECT 1 FROM tag_search WHERE tag_search MATCH ? AND rowid = t.tag_row)")
                : QStringLiteral("+t.tag_row IN (SELECT rowid FROM tag_search WHERE tag_search MATCH ?)"));
        values->append(expression);
    } else if (!b.ftsNone.isEmpty()) {
        all.append(
            scope == Scope::OneImage
                ? QStringLiteral(
                    "NOT EXISTS (SELECT 1 FROM tag_search WHERE tag_search MATCH ? AND rowid = t.tag_row)")
                : QStringLiteral(
                    "+t.tag_row NOT IN (SELECT rowid FROM tag_search WHERE tag_search MATCH ?)"));
        values->append(b.ftsNone.join(QStringLiteral(" OR ")));
    }
    all += b.sql;
    *values += b.values;
    // One image's tags: it matched, so its own conditions hold for every one of them.
    if (!b.imageSql.isEmpty() && scope == Scope::Generation) {
        all.append(QStringLiteral("+t.image_id IN (SELECT i.id FROM image_rows i WHERE i.generation = ? AND ")
                   + b.imageSql.join(QStringLiteral(" AND ")) + u')');
        values->append(generation);
        *values += b.imageValues;
    }
    return all.isEmpty() ? QStringLiteral("1") : all.join(QStringLiteral(" AND "));
}

QString imageConditions(const TagQuery &query, QVariantList *values)
{
    if (query.anyRisk || !matchExpression(query.text).isEmpty() || !query.clusters.isEmpty()
        || !query.namespaces.isEmpty() || query.minSeverity != Severity::Unknown || query.changedOnly
        || query.terms.isEmpty())
        return {};
    Builder b;
    for (const FilterTerm &t : query.terms) {
        if (!isImageField(t.field))
            return {};
        addKeyed(b, t);
    }
    *values += b.imageValues;
    return b.imageSql.join(QStringLiteral(" AND "));
}

QString fromWhere(qint64 generation, const TagQuery &query, QVariantList *values)
{
    values->append(generation);
    return QStringLiteral(" FROM tag_list t WHERE t.generation = ? AND ")
        + conditions(generation, query, values);
}

} // namespace TagFilterSql
