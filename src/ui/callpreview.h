#pragma once

#include "messagepreview.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// A planned call as its recipient sees it (MessagePreview from the masked call), for the preview
// cards; a Slack message's blocks are the call's SlackBlockModel.
class CallPreview
{
    Q_GADGET
    QML_VALUE_TYPE(callPreview)
    Q_PROPERTY(QString type MEMBER type) // slack, email, webhook, teams, pagerduty, splunk
    Q_PROPERTY(QString error MEMBER error) // the body did not parse: the preview is empty
    Q_PROPERTY(QString notificationText MEMBER notificationText) // Slack
    Q_PROPERTY(QString from MEMBER from) // e-mail
    Q_PROPERTY(QStringList to MEMBER to)
    Q_PROPERTY(QString subject MEMBER subject)
    Q_PROPERTY(QString body MEMBER body)
    Q_PROPERTY(QString eventType MEMBER eventType) // webhook
    Q_PROPERTY(QString webhookId MEMBER webhookId)
    Q_PROPERTY(bool isSigned MEMBER isSigned)
    Q_PROPERTY(QString prettyJson MEMBER prettyJson)
    Q_PROPERTY(QStringList facts MEMBER facts) // Teams, PagerDuty, Splunk: "Name: value"

public:
    QString type;
    QString error;
    QString notificationText;
    QString from;
    QStringList to;
    QString subject;
    QString body;
    QString eventType;
    QString webhookId;
    bool isSigned = false;
    QString prettyJson;
    QStringList facts;

    static CallPreview fromMessage(const MessagePreview &preview);
};

Q_DECLARE_METATYPE(CallPreview)
