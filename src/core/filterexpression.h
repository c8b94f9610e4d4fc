#pragma once

#include "risk.h"

#include <QList>
#include <QString>

// What FilterParser makes of the images filter text: a list of terms that must all hold, and
// the errors with where they are. Positions are UTF-16 code units into the text, as a text
// field counts them.

struct FilterValue
{
    QString text;
    bool exact = false; // quoted: the whole field, not a prefix
    bool operator==(const FilterValue &) const = default;
};

struct FilterTerm
{
    enum class Field : quint8 {
        Text, // a bare word or quoted phrase: full-text search
        Risk, // risk:
        Namespace, // ns:, namespace:
        Cluster, // cluster:
        Owner, // owner: (Build Owner)
        Deployer, // deployer:, deployed: (Deployed By)
        Registry, // registry:
        Repository, // repo:
        Severity, // severity:, sev: (the highest severity of the tag's vulnerabilities)
        Cve, // cve:
        Tag, // tag:
        Image, // image:, name:
        Status, // status: (runtime status)
        Changed, // changed: (since the last sync)
        Architecture, // arch:
        Digest, // digest:
    };
    enum class Compare : quint8 { AtLeast, Above, AtMost, Below, Equal };

    Field field = Field::Text;
    bool negated = false;
    QList<FilterValue> values; // alternatives: any of them matches (a,b,c)
    Risks risks; // Field::Risk: any of these
    Severity severity = Severity::Unknown;
    Compare compare = Compare::AtLeast;
    bool changed = true; // Field::Changed
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const FilterTerm &) const = default;
};

struct FilterError
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString message;
    bool operator==(const FilterError &) const = default;
};

struct FilterExpression
{
    QList<FilterTerm> terms;
    QList<FilterError> errors;
    bool isValid() const { return errors.isEmpty(); }
    bool isEmpty() const { return terms.isEmpty(); }
};
