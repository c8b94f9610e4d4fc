#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Where the filter text stops making sense: the span to underline and what is wrong there.
// A default one (valid false) means the text parses.
struct ImageFilterError
{
    Q_GADGET
    QML_VALUE_TYPE(imageFilterError)
    Q_PROPERTY(bool valid READ valid)
    Q_PROPERTY(int start MEMBER start)
    Q_PROPERTY(int length MEMBER length)
    Q_PROPERTY(QString message MEMBER message)

public:
    int start = 0;
    int length = 0;
    QString message;

    bool valid() const { return !message.isEmpty(); }
    bool operator==(const ImageFilterError &) const = default;
};
Q_DECLARE_METATYPE(ImageFilterError)
