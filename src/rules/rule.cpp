#include "rule.h"

#include <QUuid>

QStringList Rule::secretNames() const
{
    QStringList names;
    auto add = [&names](const QString &name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    };
    for (const RuleChannel &channel : channels) {
        add(channel.urlSecret);
        add(channel.signingSecret);
        add(channel.apiKeySecret);
    }
    return names;
}

QString Rule::newId()
{
    return QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
}
