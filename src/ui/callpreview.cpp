#include "callpreview.h"

#include "rulejson.h"

CallPreview CallPreview::fromMessage(const MessagePreview &preview)
{
    CallPreview p;
    p.type = RuleJson::channelTypeName(preview.type);
    p.error = preview.error;
    p.notificationText = preview.notificationText;
    p.from = preview.from;
    p.to = preview.to;
    p.subject = preview.subject;
    p.body = preview.body;
    p.eventType = preview.eventType;
    p.webhookId = preview.webhookId;
    p.isSigned = preview.signedWithKey;
    p.prettyJson = preview.prettyJson;
    p.facts = preview.facts;
    return p;
}
