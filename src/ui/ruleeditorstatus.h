#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The outcome of the rule editor's last save, export or keychain write: one line, and whether it
// failed (shown in red).
struct RuleEditorStatus
{
    Q_GADGET
    QML_VALUE_TYPE(ruleEditorStatus)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(bool failed MEMBER failed)

public:
    QString text;
    bool failed = false;

    friend bool operator==(const RuleEditorStatus &, const RuleEditorStatus &) = default;
};
Q_DECLARE_METATYPE(RuleEditorStatus)
