#pragma once

#include "tagquery.h"

#include <QString>
#include <QVariantList>

// Turns a TagQuery (chips, full text and a parsed filter) into SQL over a generation's tag list
// (`tag_list t`, cache v4), with conditions on the image (registry, repository, name) in one
// subquery over `image_rows`. Every value is bound, never written into the SQL.
//
// Keyed terms that have a full-text column (names, people, CVEs, workloads, digest) are first
// narrowed through the FTS5 index; the exact condition (LIKE on the column) then decides.
namespace TagFilterSql {

// Generation: every tag of a generation is scanned (one pass per related table). OneImage: the
// few tags of one image that matched; per-tag lookups, and its image conditions hold already.
enum class Scope { Generation, OneImage };

// " FROM tag_list t WHERE t.generation = ? AND ..."
QString fromWhere(qint64 generation, const TagQuery &query, QVariantList *values);
// The conditions alone, over `t`, joined with AND ("1" when there are none); values appended in order.
QString conditions(qint64 generation, const TagQuery &query, QVariantList *values,
                   Scope scope = Scope::Generation);
// When every condition is on the image (registry:, repo:, image:), those conditions over
// `image_rows i`: each matching image lists all its tags. Empty otherwise.
QString imageConditions(const TagQuery &query, QVariantList *values);
// True when the query has no condition at all (every tag of the generation matches).
bool isUnfiltered(const TagQuery &query);

// ORDER BY text: for the tags of one image (over t), for tags of every image (over t and its
// image row i), and for images (over image_rows i).
QString tagOrder(TagQuery::Order order, bool descending);
QString flatTagOrder(TagQuery::Order order, bool descending);
QString imageOrder(TagQuery::Order order, bool descending);

// A LIKE pattern (ESCAPE '\') for a filter value: * is a wildcard; a bare value is a prefix.
QString likePattern(const FilterValue &value);
// The FTS5 expression for what a user typed: every word must match as a prefix.
QString matchExpression(const QString &text);
// An FTS5 phrase that every row matching `value` in that column also matches, or empty when
// the value gives the index nothing to narrow by (a leading wildcard, only punctuation).
QString prefilterPhrase(const FilterValue &value);

} // namespace TagFilterSql
