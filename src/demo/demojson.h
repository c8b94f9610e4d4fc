#pragma once

#include "demodataset.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

// A direct JSON writer for the demo server's hot path: a 100-tag page is written straight into a
// QByteArray (UTF-8, compact), about ten times faster than building QJsonObjects. Output parses to
// the same objects as RuntimeJson::toJson; tst_demodataset checks that.
namespace DemoJson {

void appendString(QByteArray &out, QStringView text);
void appendValue(QByteArray &out, const QJsonValue &value); // any JSON value, compact
// One image_tags[] element; DemoTagView::Detail adds clusters_count and workloads_count. An empty
// digest or build owner is left out, as platforms that do not have one send it.
void appendImageTag(QByteArray &out, const ImageTag &tag, DemoTagView view);

} // namespace DemoJson
