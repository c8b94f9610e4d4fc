#include "ruleproblems.h"

RuleProblems::RuleProblems(QObject *parent)
    : QObject(parent)
{ }

void RuleProblems::setList(const QStringList &list)
{
    m_list = list;
    Q_EMIT changed(); // also when equal: a place's message can move with the same list of texts
}

QString RuleProblems::at(const QString &jsonPath, bool own) const
{
    for (const QString &error : m_list) {
        // "criteria.all[0].pattern: …" belongs to criteria.all[0]; "criteria.all[0]: …" too.
        // The rest of the path stays, so the user sees which field: "from.email: not an e-mail address".
        if (error.startsWith(jsonPath + u':'))
            return error.mid(jsonPath.size() + 1).trimmed();
        if (!own && (error.startsWith(jsonPath + u'.') || error.startsWith(jsonPath + u'[')))
            return error.mid(jsonPath.size() + (error.at(jsonPath.size()) == u'.' ? 1 : 0));
    }
    return {};
}
