#pragma once

#include <QMetaType>
#include <QtQml/qqmlregistration.h>

// The width of each column of the Images list, by column key; a hidden column is 0 wide. The name
// column is the minimum the name gets: the list gives it whatever room the others leave.
struct ImageColumnWidths
{
    Q_GADGET
    QML_VALUE_TYPE(imageColumnWidths)
    Q_PROPERTY(int name MEMBER name)
    Q_PROPERTY(int risk MEMBER risk)
    Q_PROPERTY(int vulnerabilities MEMBER vulnerabilities)
    Q_PROPERTY(int status MEMBER status)
    Q_PROPERTY(int workloads MEMBER workloads)
    Q_PROPERTY(int clusters MEMBER clusters)
    Q_PROPERTY(int architecture MEMBER architecture)
    Q_PROPERTY(int repository MEMBER repository)
    Q_PROPERTY(int registry MEMBER registry)
    // The columns other than the name, together.
    Q_PROPERTY(int others READ others)

public:
    int name = 0;
    int risk = 0;
    int vulnerabilities = 0;
    int status = 0;
    int workloads = 0;
    int clusters = 0;
    int architecture = 0;
    int repository = 0;
    int registry = 0;

    int others() const
    {
        return risk + vulnerabilities + status + workloads + clusters + architecture + repository + registry;
    }
    bool operator==(const ImageColumnWidths &) const = default;
};
Q_DECLARE_METATYPE(ImageColumnWidths)
