#include "trackersetup.h"

#include "trackerconfig.h"

TrackerSetup TrackerSetup::of(const TrackerConfig &config, bool ready)
{
    TrackerSetup setup;
    setup.url = config.url;
    setup.project = config.project;
    setup.user = config.user;
    setup.caFile = config.caFile;
    setup.ready = ready;
    return setup;
}
