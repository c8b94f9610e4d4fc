#include "logging.h"

Q_LOGGING_CATEGORY(lcNetwork, "rtdesk.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "rtdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "rtdesk.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRules, "rtdesk.rules", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlarms, "rtdesk.alarms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "rtdesk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "rtdesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "rtdesk.ui", QtInfoMsg)
