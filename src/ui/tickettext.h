#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct TicketDraft;

// The title and Markdown body of a ticket about to be filed, prefilled for the user to edit.
class TicketText
{
    Q_GADGET
    QML_VALUE_TYPE(ticketText)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString body MEMBER body)

public:
    static TicketText of(const TicketDraft &draft);

    QString title;
    QString body;
};
