#include "filterparser.h"

#include "displaytext.h"
#include "filterkeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace FilterParser {
namespace {

using Field = FilterTerm::Field;

// Named like QCoreApplication::translate so that lupdate finds the messages.
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

// A value quoted in a message: control and bidi characters made visible, at most 40 characters.
QString shown(const QString &value)
{
    return DisplayText::cell(value, 40);
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// `value` names exactly one of `names`, or is a prefix of exactly one of them.
int choose(const QString &value, std::initializer_list<const char *> names)
{
    const QString v = value.toLower();
    int found = -1;
    int index = 0;
    for (const char *name : names) {
        const QLatin1StringView n(name);
        if (v == n)
            return index;
        if (!v.isEmpty() && n.startsWith(v))
            found = found == -1 ? index : -2;
        ++index;
    }
    return found >= 0 ? found : -1;
}

struct RawValue
{
    QString text;
    bool quoted = false;
    qsizetype start = 0;
    qsizetype end = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
        , m_size(text.size())
    { }

    FilterExpression run()
    {
        if (m_size > maxLength) {
            error(maxLength, m_size - maxLength,
                  translate("FilterParser", "The filter is longer than %1 characters.").arg(maxLength));
            return m_result;
        }
        int terms = 0;
        while (m_result.errors.size() < maxErrors) {
            skipSeparators();
            if (m_pos >= m_size)
                break;
            if (++terms > maxTerms) {
                error(m_pos, m_size - m_pos,
                      translate("FilterParser", "A filter has at most %1 terms.").arg(maxTerms));
                break;
            }
            term();
        }
        return m_result;
    }

private:
    void error(qsizetype start, qsizetype length, const QString &message)
    {
        if (m_result.errors.size() < maxErrors)
            m_result.errors.append(FilterError { start, std::max<qsizetype>(length, 1), message });
    }

    void skipSeparators()
    {
        while (m_pos < m_size && isSeparator(m_text[m_pos]))
            ++m_pos;
    }

    void skipToSeparator()
    {
        while (m_pos < m_size && !isSeparator(m_text[m_pos]))
            ++m_pos;
    }

    void term()
    {
        const qsizetype start = m_pos;
        FilterTerm t;
        if (m_text[m_pos] == u'!') {
            t.negated = true;
            ++m_pos;
            if (m_pos >= m_size || isSeparator(m_text[m_pos])) {
                error(start, 1,
                      translate("FilterParser",
                                "\"!\" must be followed by a term, as in !registry:docker.io."));
                return;
            }
        }
        qsizetype keyEnd = m_pos;
        while (keyEnd < m_size && isAsciiLetter(m_text[keyEnd]))
            ++keyEnd;
        if (keyEnd > m_pos && keyEnd < m_size && m_text[keyEnd] == u':' && m_text[m_pos] != u'"') {
            keyed(t, start, m_text.mid(m_pos, keyEnd - m_pos), keyEnd);
            return;
        }
        // Full text: a bare word, or a quoted phrase.
        QList<RawValue> values;
        if (!readValue(&values, false))
            return;
        if (values.constFirst().text.isEmpty()) {
            error(start, m_pos - start,
                  translate("FilterParser", "Empty quotes match nothing; remove them."));
            return;
        }
        if (values.constFirst().text.size() > maxValueLength) {
            error(start, m_pos - start,
                  translate("FilterParser", "A value is longer than %1 characters.").arg(maxValueLength));
            return;
        }
        t.field = Field::Text;
        t.values = { FilterValue { values.constFirst().text, values.constFirst().quoted } };
        finish(t, start);
    }

    void keyed(FilterTerm &t, qsizetype start, const QString &rawKey, qsizetype keyEnd)
    {
        const QString key = rawKey.toLower();
        const std::optional<Field> field = FilterKeys::field(key);
        m_pos = keyEnd + 1;
        if (!field) {
            unknownKey(rawKey, key);
            skipToSeparatorRespectingQuotes();
            return;
        }
        t.field = *field;
        QList<RawValue> values;
        if (m_pos >= m_size || isSeparator(m_text[m_pos])) {
            error(start, m_pos - start, translate("FilterParser", "\"%1:\" needs a value.").arg(key));
            return;
        }
        while (true) {
            if (!readValue(&values, true))
                return;
            if (values.constLast().text.size() > maxValueLength) {
                error(values.constLast().start, values.constLast().end - values.constLast().start,
                      translate("FilterParser", "A value is longer than %1 characters.").arg(maxValueLength));
                return;
            }
            if (m_pos < m_size && m_text[m_pos] == u',') {
                ++m_pos;
                if (m_pos >= m_size || isSeparator(m_text[m_pos]) || m_text[m_pos] == u',') {
                    error(m_pos - 1, 1, translate("FilterParser", "Empty value between commas."));
                    skipToSeparator();
                    return;
                }
                if (values.size() >= maxValues) {
                    error(start, m_pos - start,
                          translate("FilterParser", "At most %1 values per key.").arg(maxValues));
                    skipToSeparatorRespectingQuotes();
                    return;
                }
                continue;
            }
            break;
        }
        for (const RawValue &v : std::as_const(values)) {
            if (v.text.isEmpty()) {
                error(v.start, v.end - v.start,
                      translate("FilterParser", "Empty quotes match nothing; remove them."));
                return;
            }
        }
        if (interpret(t, values, key))
            finish(t, start);
    }

    void unknownKey(const QString &rawKey, const QString &key)
    {
        const qsizetype keyStart = m_pos - 1 - rawKey.size();
        const QString best = FilterKeys::closest(key);
        if (!best.isEmpty())
            error(keyStart, rawKey.size() + 1,
                  translate("FilterParser", "Unknown key \"%1:\". Did you mean \"%2:\"?")
                      .arg(shown(rawKey), best));
        else
            error(keyStart, rawKey.size() + 1,
                  translate("FilterParser",
                            "Unknown key \"%1:\". Keys: %2. Put text that contains a colon in quotes.")
                      .arg(shown(rawKey), keys().join(QStringLiteral(", "))));
    }

    void skipToSeparatorRespectingQuotes()
    {
        bool inQuotes = false;
        while (m_pos < m_size && (inQuotes || !isSeparator(m_text[m_pos]))) {
            if (m_text[m_pos] == u'\\' && inQuotes)
                ++m_pos;
            else if (m_text[m_pos] == u'"')
                inQuotes = !inQuotes;
            ++m_pos;
        }
    }

    // One value at m_pos; in a keyed term a bare value ends at a comma too.
    bool readValue(QList<RawValue> *values, bool keyed)
    {
        RawValue v;
        v.start = m_pos;
        if (m_pos < m_size && m_text[m_pos] == u'"') {
            v.quoted = true;
            ++m_pos;
            bool closed = false;
            while (m_pos < m_size) {
                const QChar c = m_text[m_pos];
                if (c == u'\\' && m_pos + 1 < m_size
                    && (m_text[m_pos + 1] == u'"' || m_text[m_pos + 1] == u'\\')) {
                    v.text += m_text[m_pos + 1];
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                if (c == u'"') {
                    closed = true;
                    break;
                }
                v.text += c;
            }
            if (!closed) {
                error(v.start, m_size - v.start, translate("FilterParser", "This quote is not closed."));
                m_pos = m_size;
                return false;
            }
            if (m_pos < m_size && !isSeparator(m_text[m_pos]) && !(keyed && m_text[m_pos] == u',')) {
                error(m_pos, 1, translate("FilterParser", "Put a space after a closing quote."));
                skipToSeparatorRespectingQuotes();
                return false;
            }
        } else {
            while (m_pos < m_size && !isSeparator(m_text[m_pos]) && !(keyed && m_text[m_pos] == u','))
                ++m_pos;
            v.text = m_text.mid(v.start, m_pos - v.start);
        }
        v.end = m_pos;
        values->append(v);
        return true;
    }

    bool interpret(FilterTerm &t, const QList<RawValue> &values, const QString &key)
    {
        switch (t.field) {
        case Field::Risk:
            for (const RawValue &v : values) {
                static constexpr Risk risks[] = { Risk::Malicious, Risk::IntegrityViolation,
                                                  Risk::UntrustedRegistry, Risk::CriticalApplicableCves };
                int index = choose(v.text, { "malicious", "integrity", "untrusted", "critical" });
                std::optional<Risk> risk = index >= 0 ? std::optional<Risk>(risks[index]) : std::nullopt;
                if (!risk && v.text.contains(u'_'))
                    risk = RiskNames::fromString(v.text); // integrity_violation, untrusted_registry, ...
                if (!risk) {
                    error(v.start, v.end - v.start,
                          translate("FilterParser",
                                    "\"%1\" is not a risk: use malicious, integrity, untrusted or critical.")
                              .arg(shown(v.text)));
                    return false;
                }
                t.risks |= *risk;
            }
            return true;
        case Field::Severity:
            return severity(t, values);
        case Field::Status:
            for (const RawValue &v : values) {
                const int index = choose(v.text, { "running", "stopped", "unknown" });
                if (index < 0) {
                    error(v.start, v.end - v.start,
                          translate("FilterParser",
                                    "\"%1\" is not a runtime status: use running, stopped or unknown.")
                              .arg(shown(v.text)));
                    return false;
                }
                static const char *names[] = { "running", "stopped", "unknown" };
                t.values.append(FilterValue { QString::fromLatin1(names[index]), true });
            }
            return true;
        case Field::Changed: {
            const int index =
                values.size() == 1 ? choose(values.constFirst().text, { "yes", "no", "true", "false" }) : -1;
            if (index < 0) {
                error(values.constFirst().start, values.constLast().end - values.constFirst().start,
                      translate("FilterParser", "\"%1:\" takes yes or no.").arg(key));
                return false;
            }
            t.changed = index == 0 || index == 2;
            return true;
        }
        default:
            for (const RawValue &v : values)
                t.values.append(FilterValue { v.text, v.quoted });
            return true;
        }
    }

    bool severity(FilterTerm &t, const QList<RawValue> &values)
    {
        const RawValue &v = values.constFirst();
        if (values.size() > 1) {
            error(v.start, values.constLast().end - v.start,
                  translate("FilterParser", "\"severity:\" takes one level, as in severity:>=high."));
            return false;
        }
        struct Op
        {
            const char *text;
            FilterTerm::Compare compare;
        };
        static constexpr Op ops[] = { { ">=", FilterTerm::Compare::AtLeast },
                                      { "<=", FilterTerm::Compare::AtMost },
                                      { ">", FilterTerm::Compare::Above },
                                      { "<", FilterTerm::Compare::Below },
                                      { "=", FilterTerm::Compare::Equal } };
        QString level = v.text;
        for (const Op &op : ops) {
            if (level.startsWith(QLatin1StringView(op.text))) {
                t.compare = op.compare;
                level = level.mid(qsizetype(qstrlen(op.text)));
                break;
            }
        }
        static constexpr Severity levels[] = { Severity::Critical, Severity::High, Severity::Medium,
                                               Severity::Low };
        const int index = choose(level, { "critical", "high", "medium", "low" });
        if (index < 0) {
            error(v.start, v.end - v.start,
                  translate("FilterParser",
                            "\"%1\" is not a severity: use critical, high, medium or low, optionally after "
                            ">=, >, <=, < or =.")
                      .arg(shown(v.text)));
            return false;
        }
        t.severity = levels[index];
        return true;
    }

    void finish(FilterTerm &t, qsizetype start)
    {
        t.start = start;
        t.length = m_pos - start;
        m_result.terms.append(t);
    }

    const QString &m_text;
    const qsizetype m_size;
    qsizetype m_pos = 0;
    FilterExpression m_result;
};

} // namespace

FilterExpression parse(const QString &text)
{
    return Parser(text).run();
}

QString quoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

QStringList keys()
{
    return FilterKeys::names();
}

} // namespace FilterParser
