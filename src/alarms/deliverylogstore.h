#pragma once

#include "deliveryresult.h"

#include <QList>
#include <QString>

class Database;

// One row of the delivery log: what the harness (or `simulate --send`) sent and how it went.
struct DeliveryRecord
{
    qint64 id = 0;
    qint64 atMs = 0; // when the delivery finished, unix ms
    QString batch; // one "send" of the harness or the CLI
    QString ruleId;
    QString ruleName;
    QString channel;
    QString channelType; // slack, webhook, email
    QString origin; // never the path
    QString outcome; // DeliveryClassifier::outcomeName
    bool delivered = false;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    int attempts = 0;
    QString message;
    QString webhookId;
};

// The delivery log in the local database (table `deliveries`, migration Migrations::localAlarms).
// Holds no secret (DeliveryResult holds none). Keeps the newest `maxRows` rows.
class DeliveryLogStore
{
public:
    static constexpr int maxRows = 10000;

    explicit DeliveryLogStore(Database &local);

    bool append(const QString &batch, const DeliveryResult &result);
    // Newest first; `ruleId` and `batch` filter when not empty.
    QList<DeliveryRecord> recent(int limit = 100, const QString &ruleId = {}, const QString &batch = {});

private:
    Database &m_db;
    int m_appended = 0;
};
