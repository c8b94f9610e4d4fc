#pragma once

#include "findingstore.h"
#include "imagetag.h"

#include <QJsonObject>
#include <QString>

// The prefilled ticket for a finding: Build Owner, Deployed By, digests (with the
// integrity runtime vs expected digests), risks, workloads and the triage. The user edits title
// and body before sending; the wire form (TicketDraft::issueFields) adds the idempotency marker.
struct TicketDraft
{
    QString title;
    QString body; // Markdown

    static TicketDraft prefill(const ImageTag &tag, const Finding &finding);

    // The outbox payload (what is stored): title and body only.
    QJsonObject payload() const;
    static TicketDraft fromPayload(const QJsonObject &payload);
    bool validate(QString *error) const;

    static constexpr qsizetype maxTitle = 250; // Jira's summary limit is 255
    static constexpr qsizetype maxBody = 30000; // Jira's description limit is 32,767
};
