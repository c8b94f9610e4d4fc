#include "findingticket.h"

#include "findingstore.h"

#include <QUrl>

FindingTicket FindingTicket::of(const Finding &finding)
{
    FindingTicket ticket;
    ticket.key = finding.ticketKey;
    // A tracker's answer: only an https link is offered to open.
    if (QUrl(finding.ticketUrl).scheme() == u"https")
        ticket.url = finding.ticketUrl;
    ticket.tracker = finding.ticketTracker;
    return ticket;
}
