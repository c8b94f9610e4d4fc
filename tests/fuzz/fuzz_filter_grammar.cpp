// FUZZ-1e (the images filter grammar): what a user types into the filter field, as FilterParser
// parses it and TagFilterSql compiles it.
// Invariants: the limits of filterparser.h hold (terms, values, value length, errors); every term
// and error lies inside the text; text over the length limit is an error; a valid expression
// compiles to SQL whose `?` placeholders are exactly the bound values, and no value of the text
// is ever written into the SQL.
#include "filterparser.h"
#include "fuzzsupport.h"
#include "tagfiltersql.h"
#include "tagquery.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

namespace {

// The SQL without its two fixed literals (the LIKE escape and an empty string): no quote is left.
bool quoteFree(QString sql)
{
    sql.remove(QStringLiteral("ESCAPE '\\'")).remove(QStringLiteral("''"));
    return !sql.contains(u'\'') && !sql.contains(u'"') && !sql.contains(u';');
}

bool inside(qsizetype start, qsizetype length, qsizetype size)
{
    return start >= 0 && length >= 0 && start + length <= size;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const FilterExpression expression = FilterParser::parse(text);
    FUZZ_CHECK(expression.errors.size() <= FilterParser::maxErrors);
    FUZZ_CHECK(expression.terms.size() <= FilterParser::maxTerms);
    if (text.size() > FilterParser::maxLength)
        FUZZ_CHECK(!expression.isValid());
    for (const FilterError &e : expression.errors) {
        FUZZ_CHECK(inside(e.start, e.length, text.size()));
        FUZZ_CHECK(!e.message.isEmpty() && !e.message.contains(u'\n'));
    }
    if (!expression.isValid())
        return 0;
    for (const FilterTerm &t : expression.terms) {
        FUZZ_CHECK(inside(t.start, t.length, text.size()));
        FUZZ_CHECK(t.values.size() <= FilterParser::maxValues);
        for (const FilterValue &v : t.values)
            FUZZ_CHECK(v.text.size() <= FilterParser::maxValueLength);
    }

    TagQuery query;
    query.terms = expression.terms;
    for (TagFilterSql::Scope scope : { TagFilterSql::Scope::Generation, TagFilterSql::Scope::OneImage }) {
        QVariantList values;
        const QString sql = TagFilterSql::conditions(42, query, &values, scope);
        FUZZ_CHECK(sql.count(u'?') == values.size());
        // Typed text reaches SQLite only as bound values: no quote can come from it.
        FUZZ_CHECK(quoteFree(sql));
    }
    QVariantList imageValues;
    const QString imageSql = TagFilterSql::imageConditions(query, &imageValues);
    FUZZ_CHECK(imageSql.count(u'?') == imageValues.size());
    FUZZ_CHECK(quoteFree(imageSql));
    return 0;
}
