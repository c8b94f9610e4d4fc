#pragma once

#include "imagetag.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// AFTER_WORKLOAD_STATE_CHANGE events for the editor's live preview: the documented sample, two
// variants of it with one guide risk each, and events made from cached image tags.
class SampleEvents
{
    Q_DECLARE_TR_FUNCTIONS(SampleEvents)

public:
    struct Sample
    {
        QString title;
        QJsonObject event;
    };

    // The documented sample (docs/jfrog-api.md 4.3), then the same workload with an integrity violation,
    // then with an image from an untrusted registry.
    static QList<Sample> builtIn();
    // The event a change of the tag's first workload would carry (the tag as the only image).
    static QJsonObject fromTag(const ImageTag &tag);
};
