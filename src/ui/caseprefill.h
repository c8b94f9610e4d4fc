#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

// What "Save as golden case" starts from: the rule, a name for the case, what the rule does with
// the simulated event now, and the texts its messages must contain (one a line).
class CasePrefill
{
    Q_GADGET
    QML_VALUE_TYPE(casePrefill)
    Q_PROPERTY(QString ruleId MEMBER ruleId)
    Q_PROPERTY(QString ruleName MEMBER ruleName)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString expectation MEMBER expectation) // "fires, sends to slack, email"
    Q_PROPERTY(QString texts MEMBER texts)

public:
    QString ruleId;
    QString ruleName;
    QString name;
    QString expectation;
    QString texts;
};

Q_DECLARE_METATYPE(CasePrefill)
