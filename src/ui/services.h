#pragma once

#include "alarmharnessforeign.h"
#include "connectioncontroller.h"
#include "drillcontroller.h"
#include "findingservice.h"
#include "inventory.h"
#include "ownertrailcontroller.h"
#include "peoplecontroller.h"
#include "rulescontroller.h"
#include "synccontroller.h"
#include "viewpreferences.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// What QML reaches of the services main.cpp built: a QML singleton over instances, the
// declarative way to publish them (no context properties). Pages create their own
// controllers and bind them to these.
class Services : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ConnectionController *connection READ connection CONSTANT)
    Q_PROPERTY(SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(Inventory *inventory READ inventory CONSTANT)
    Q_PROPERTY(RulesController *rules READ rules CONSTANT)
    Q_PROPERTY(ViewPreferences *views READ views CONSTANT)
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(QString openReference READ openReference CONSTANT)
    // Documenting findings: FindingPanel and TrackerSettings bind their controllers to it.
    Q_PROPERTY(FindingService *findings READ findings CONSTANT)
    // The alarm test harness: HarnessController binds to it.
    Q_PROPERTY(AlarmHarness *alarms READ alarms CONSTANT)
    // "Keep an owner trail on the platform": the trail's repository, setup, status.
    Q_PROPERTY(OwnerTrailController *ownerTrail READ ownerTrail CONSTANT)
    // The people directory: the People page and the detailed view's Contact.
    Q_PROPERTY(PeopleController *people READ people CONSTANT)
    // Fire drills: the rule editor's drill tab, the rules list's badge, the top bar's status.
    Q_PROPERTY(DrillController *drills READ drills CONSTANT)

public:
    struct Parts
    {
        ConnectionController *connection = nullptr;
        SyncController *sync = nullptr;
        Inventory *inventory = nullptr;
        QString startPage = QStringLiteral("images");
        QString openReference;
        FindingService *findings = nullptr;
        RulesController *rules = nullptr;
        AlarmHarness *alarms = nullptr;
        ViewPreferences *views = nullptr;
        OwnerTrailController *ownerTrail = nullptr;
        PeopleController *people = nullptr;
        DrillController *drills = nullptr;
    };

    explicit Services(const Parts &parts, QObject *parent = nullptr);
    ~Services() override;

    // main.cpp (or a test) publishes the instance before the QML engine first asks for it.
    static void setInstance(Services *services);
    static Services *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    ConnectionController *connection() const { return m_parts.connection; }
    SyncController *sync() const { return m_parts.sync; }
    Inventory *inventory() const { return m_parts.inventory; }
    RulesController *rules() const { return m_parts.rules; }
    ViewPreferences *views() const { return m_parts.views; }
    QString startPage() const { return m_parts.startPage; }
    QString openReference() const { return m_parts.openReference; }
    FindingService *findings() const { return m_parts.findings; }
    AlarmHarness *alarms() const { return m_parts.alarms; }
    OwnerTrailController *ownerTrail() const { return m_parts.ownerTrail; }
    PeopleController *people() const { return m_parts.people; }
    DrillController *drills() const { return m_parts.drills; }

private:
    Parts m_parts;
};
