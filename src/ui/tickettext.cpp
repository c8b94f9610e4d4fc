#include "tickettext.h"

#include "ticketdraft.h"

TicketText TicketText::of(const TicketDraft &draft)
{
    TicketText text;
    text.title = draft.title;
    text.body = draft.body;
    return text;
}
