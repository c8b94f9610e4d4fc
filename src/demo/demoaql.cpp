#include "demoaql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Reads the query left to right; the first error sticks.
class Reader
{
public:
    explicit Reader(QString text)
        : m_text(std::move(text))
    { }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    bool take(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // What is between '(' and its ')': brackets nest, strings (with escapes) are skipped whole.
    std::optional<QString> arguments()
    {
        if (!take(u'(')) {
            fail(QStringLiteral("expected ( at position %1").arg(m_pos));
            return std::nullopt;
        }
        const qsizetype start = m_pos;
        int depth = 0;
        bool inString = false;
        for (; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (inString) {
                if (c == u'\\')
                    ++m_pos;
                else if (c == u'"')
                    inString = false;
            } else if (c == u'"') {
                inString = true;
            } else if (c == u'(' || c == u'{' || c == u'[') {
                ++depth;
            } else if (c == u'}' || c == u']' || (c == u')' && depth > 0)) {
                if (--depth < 0)
                    break;
            } else if (c == u')') {
                return m_text.mid(start, m_pos++ - start);
            }
        }
        fail(QStringLiteral("unbalanced parentheses after position %1").arg(start));
        return std::nullopt;
    }

private:
    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

std::optional<QJsonValue> json(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("bad JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

std::optional<qint64> instant(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

// "K" or {"$eq": "K"}.
std::optional<QString> equalTo(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    if (object.size() == 1 && object.value(QLatin1StringView("$eq")).isString())
        return object.value(QLatin1StringView("$eq")).toString();
    return std::nullopt;
}

bool readCriteria(const QJsonObject &criteria, DemoAqlQuery *query, QString *error)
{
    static const QList<QPair<QString, DemoAqlQuery::Compare>> operators {
        { QStringLiteral("$gt"), DemoAqlQuery::Compare::Greater },
        { QStringLiteral("$gte"), DemoAqlQuery::Compare::GreaterOrEqual },
        { QStringLiteral("$eq"), DemoAqlQuery::Compare::Equal },
        { QStringLiteral("$lt"), DemoAqlQuery::Compare::Less },
        { QStringLiteral("$lte"), DemoAqlQuery::Compare::LessOrEqual }
    };
    for (auto it = criteria.begin(); it != criteria.end(); ++it) {
        const QString &field = it.key();
        if (field == u"repo") {
            query->repo = equalTo(it.value());
            if (!query->repo) {
                *error = QStringLiteral("repo takes a string or {\"$eq\": string}");
                return false;
            }
        } else if (field == u"type") {
            const std::optional<QString> type = equalTo(it.value());
            if (!type || !(*type == u"file" || *type == u"folder" || *type == u"any")) {
                *error = QStringLiteral("type takes file, folder or any");
                return false;
            }
            query->type = *type;
        } else if (field == u"modified") {
            if (it.value().isString()) {
                const std::optional<qint64> at = instant(it.value());
                if (!at) {
                    *error = QStringLiteral("modified: not an ISO 8601 time: %1").arg(it.value().toString());
                    return false;
                }
                query->modified.append({ DemoAqlQuery::Compare::Equal, *at });
                continue;
            }
            const QJsonObject comparisons = it.value().toObject();
            if (comparisons.isEmpty()) {
                *error = QStringLiteral("modified takes a time or an object of comparisons");
                return false;
            }
            for (auto c = comparisons.begin(); c != comparisons.end(); ++c) {
                const auto op = std::find_if(operators.cbegin(), operators.cend(),
                                             [&c](const auto &known) { return known.first == c.key(); });
                if (op == operators.cend()) {
                    *error = QStringLiteral("unsupported operator %1 on modified").arg(c.key());
                    return false;
                }
                const std::optional<qint64> at = instant(c.value());
                if (!at) {
                    *error = QStringLiteral("modified: not an ISO 8601 time: %1")
                                 .arg(QString::fromUtf8(
                                     QJsonDocument(QJsonArray { c.value() }).toJson(QJsonDocument::Compact)));
                    return false;
                }
                query->modified.append({ op->second, *at });
            }
        } else {
            *error = QStringLiteral("unsupported criterion %1 (the demo answers repo, type and modified)")
                         .arg(field);
            return false;
        }
    }
    return true;
}

bool readInclude(const QString &arguments, DemoAqlQuery *query, QString *error)
{
    const std::optional<QJsonValue> list = json(u'[' + arguments + u']', error);
    if (!list)
        return false;
    for (const QJsonValue &field : list->toArray()) {
        if (!field.isString() || !DemoAqlQuery::fields().contains(field.toString())) {
            *error = QStringLiteral("include: unknown field %1")
                         .arg(QString::fromUtf8(
                             QJsonDocument(QJsonArray { field }).toJson(QJsonDocument::Compact)));
            return false;
        }
        if (!query->include.contains(field.toString()))
            query->include.append(field.toString());
    }
    if (query->include.isEmpty()) {
        *error = QStringLiteral("include needs at least one field");
        return false;
    }
    return true;
}

bool readSort(const QString &arguments, DemoAqlQuery *query, QString *error)
{
    const std::optional<QJsonValue> value = json(arguments, error);
    if (!value)
        return false;
    const QJsonObject sort = value->toObject();
    const QString direction = sort.size() == 1 ? sort.begin().key() : QString();
    if (direction != u"$asc" && direction != u"$desc") {
        *error = QStringLiteral("sort takes {\"$asc\": [fields]} or {\"$desc\": [fields]}");
        return false;
    }
    query->descending = direction == u"$desc";
    for (const QJsonValue &field : sort.begin().value().toArray()) {
        if (!field.isString() || !DemoAqlQuery::sortableFields().contains(field.toString())) {
            *error = QStringLiteral("sort: unsupported field %1").arg(field.toString());
            return false;
        }
        query->sortFields.append(field.toString());
    }
    if (query->sortFields.isEmpty()) {
        *error = QStringLiteral("sort needs at least one field");
        return false;
    }
    return true;
}

std::optional<qint64> count(const QString &arguments)
{
    bool ok = false;
    const qint64 n = arguments.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

const QStringList &DemoAqlQuery::fields()
{
    static const QStringList names { QStringLiteral("repo"),        QStringLiteral("path"),
                                     QStringLiteral("name"),        QStringLiteral("type"),
                                     QStringLiteral("size"),        QStringLiteral("created"),
                                     QStringLiteral("created_by"),  QStringLiteral("modified"),
                                     QStringLiteral("modified_by"), QStringLiteral("updated") };
    return names;
}

const QStringList &DemoAqlQuery::sortableFields()
{
    static const QStringList names { QStringLiteral("modified"), QStringLiteral("created"),
                                     QStringLiteral("updated"),  QStringLiteral("path"),
                                     QStringLiteral("name"),     QStringLiteral("repo"),
                                     QStringLiteral("size") };
    return names;
}

std::optional<DemoAqlQuery> DemoAqlQuery::parse(const QByteArray &text, QString *error)
{
    Reader reader(QString::fromUtf8(text));
    DemoAqlQuery query;
    QString reason;
    auto failed = [&](const QString &message) -> std::optional<DemoAqlQuery> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QString domain = reader.word();
    if (domain != u"items")
        return failed(domain.isEmpty()
                          ? QStringLiteral("expected a domain such as items.find(...)")
                          : QStringLiteral("unsupported domain %1 (the demo answers items)").arg(domain));
    if (!reader.take(u'.') || reader.word() != u"find")
        return failed(QStringLiteral("expected items.find(...)"));
    const std::optional<QString> find = reader.arguments();
    if (!find)
        return failed(reader.error());
    const std::optional<QJsonValue> criteria = json(*find, &reason);
    if (!criteria)
        return failed(QStringLiteral("find: ") + reason);
    if (!criteria->isObject())
        return failed(QStringLiteral("find takes a JSON object"));
    if (!readCriteria(criteria->toObject(), &query, &reason))
        return failed(reason);

    static const QStringList methods { QStringLiteral("include"), QStringLiteral("sort"),
                                       QStringLiteral("offset"), QStringLiteral("limit") };
    qsizetype next = 0; // methods come in this order, each at most once
    while (!reader.atEnd()) {
        if (!reader.take(u'.'))
            return failed(QStringLiteral("expected .include, .sort, .offset or .limit"));
        const QString method = reader.word();
        const qsizetype at = methods.indexOf(method);
        if (at < 0)
            return failed(QStringLiteral("unsupported method %1").arg(method));
        if (at < next)
            return failed(
                QStringLiteral("%1 is out of order (include, sort, offset, limit) or repeated").arg(method));
        next = at + 1;
        const std::optional<QString> arguments = reader.arguments();
        if (!arguments)
            return failed(reader.error());
        if (method == u"include" && !readInclude(*arguments, &query, &reason))
            return failed(reason);
        if (method == u"sort" && !readSort(*arguments, &query, &reason))
            return failed(reason);
        if (method == u"offset" || method == u"limit") {
            const std::optional<qint64> n = count(*arguments);
            if (!n)
                return failed(QStringLiteral("%1 takes a non-negative integer").arg(method));
            if (method == u"offset")
                query.offset = *n;
            else
                query.limit = *n;
        }
    }
    return query;
}
