#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(RuntimeDesk_CorePlugin)
Q_IMPORT_QML_PLUGIN(RuntimeDeskPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/RuntimeDesk/Main.qml")));
    return engine.rootObjects().isEmpty() ? 1 : app.exec();
}
