#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct ImageTag;

// The build an image tag came from, as the platform names it; empty strings where it does not.
class TagBuild
{
    Q_GADGET
    QML_VALUE_TYPE(tagBuild)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString number MEMBER number)
    Q_PROPERTY(QString repository MEMBER repository)

public:
    static TagBuild of(const ImageTag &tag);

    QString name;
    QString number;
    QString repository;
};
