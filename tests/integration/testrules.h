#pragma once

#include "rule.h"

#include <QHash>
#include <QList>
#include <QString>

// The rules the worker tests run: the three templates, a kitchen sink (every condition kind, field,
// op and placeholder, nested groups, two webhooks, every channel type, e-mail and Slack routed to
// people, no cooldown) and a hostile rule whose texts try
// to start lines with `import` and to break out of comments and strings.
namespace TestRules {
QHash<QString, QString> secrets();
Rule kitchenSink();
Rule hostile();
QList<Rule> all(); // templates in RuleTemplates::list() order, then kitchenSink, then hostile
QStringList names();
} // namespace TestRules
