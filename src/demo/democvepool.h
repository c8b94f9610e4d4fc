#pragma once

#include "imagetag.h"

#include <QList>

// The vulnerabilities the demo estate draws from: a few famous CVEs and a seeded set of
// plausible ones (CVE and Xray ids, severity, CVSS v2/v3 strings, one component with an `id`
// such as "npm://lodash:4.17.21"). Applicability is per tag, so it is left empty here.
class DemoCvePool
{
public:
    explicit DemoCvePool(quint64 seed, int size = 900);

    int size() const { return int(m_entries.size()); }
    const Vulnerability &at(int index) const { return m_entries.at(index); }
    // Severity of an entry without touching its strings (hot path of the dataset).
    Severity severity(int index) const { return m_entries.at(index).severity; }

private:
    void addKnown();
    QList<Vulnerability> m_entries;
};
