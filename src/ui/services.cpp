#include "services.h"

#include "connectioncontroller.h"
#include "inventory.h"
#include "synccontroller.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace {
QPointer<Services> s_instance;
}

Services::Services(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{ }

Services::~Services() = default;

void Services::setInstance(Services *services)
{
    s_instance = services;
}

Services *Services::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Services::create", "main.cpp must publish the services before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}
