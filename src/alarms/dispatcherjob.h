#pragma once

// Internal to Dispatcher (dispatcher.cpp, dispatcher_send.cpp): one delivery in progress.
#include "dispatcher.h"

#include <QElapsedTimer>
#include <QUrl>

class QNetworkReply;
class QTimer;

struct Dispatcher::Job
{
    quint64 id = 0;
    QString batch;
    int index = 0;
    DispatchRequest request;
    QUrl url;
    OutboundAddressPolicy::Verdict verdict;
    QHostAddress address;
    std::unique_ptr<QObject> guard = std::make_unique<QObject>(); // context of every connection
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr;
    QTimer *wait = nullptr;
    QElapsedTimer attemptClock;
    QByteArray answer;
    QStringList sslErrors;
    bool timedOut = false;
    bool queued = false;
    bool inFlight = false;
    int attempts = 0;
    qint64 latencyMs = 0;

    bool isSlack() const { return request.channelType == RuleChannel::Type::Slack; }
    QString laneKey() const { return request.call.url; }
};
