#pragma once

#include <QObject>
#include <QString>

class DemoPlatform;

// What tst_harnesspage.qml cannot see from QML, by design: the unmasked requests the harness sent and
// what the demo sinks received. Exposed to the test as the context property `harnessProbe`.
class HarnessProbe : public QObject
{
    Q_OBJECT

public:
    explicit HarnessProbe(DemoPlatform *platform, QObject *parent = nullptr);

    Q_INVOKABLE int sinkCount() const;
    Q_INVOKABLE void clearSinks();
    // "" when every planned request of `ruleId` in the controller's last simulation arrived at its
    // sink exactly (method, path, query, Host, every planned header in order and no other but
    // transport ones, body byte for byte), each sink verified it, and the webhook's Standard
    // Webhooks signature verifies with the receiver's whsec_ key; else the first difference.
    Q_INVOKABLE QString checkDelivered(QObject *harnessController, const QString &ruleId) const;
    // The next request to the Slack sink answers `status` (a one-shot fault rule).
    Q_INVOKABLE void failSlack(int status);
    // "" when the DrillController's report of its last drill says, channel by channel, what the
    // sinks answered to the drill's requests (the newest of each sink), and every body they got is
    // marked [DRILL]; with `slackStatus` the Slack sink's answer; else the first difference.
    Q_INVOKABLE QString checkDrill(QObject *drillController, int slackStatus) const;

private:
    DemoPlatform *m_platform;
};
