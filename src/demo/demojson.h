#pragma once

#include "demodataset.h"

#include <QByteArray>

// The demo server's image tag document, written with JsonWriter straight into the page's bytes
// (UTF-8, compact), about ten times faster than building QJsonObjects. Output parses to the same
// objects as RuntimeJson::toJson; tst_demodataset checks that.
namespace DemoJson {

// One image_tags[] element; DemoTagView::Detail adds clusters_count and workloads_count. An empty
// digest or build owner is left out, as platforms that do not have one send it.
void appendImageTag(QByteArray &out, const ImageTag &tag, DemoTagView view);

} // namespace DemoJson
