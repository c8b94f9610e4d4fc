#pragma once

#include "evidencepack.h"

#include <QByteArray>

// The four documents of an evidence pack, as bytes (EvidencePack writes and checksums them).
namespace EvidenceDocuments {
QByteArray markdown(const EvidencePack::Input &input, const QDateTime &now);
QByteArray json(const EvidencePack::Input &input, const QDateTime &now);
QByteArray vulnerabilitiesCsv(const ImageTag &tag);
QByteArray workloadsCsv(const ImageTag &tag);
} // namespace EvidenceDocuments
