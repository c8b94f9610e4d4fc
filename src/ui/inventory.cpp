#include "inventory.h"

#include "database.h"

#include <QLocale>

Inventory::Inventory(std::unique_ptr<Database> cache, QObject *parent)
    : QObject(parent)
    , m_db(std::move(cache))
    , m_generations(std::make_unique<GenerationStore>(*m_db))
    , m_tags(std::make_unique<TagStore>(*m_db))
    , m_images(std::make_unique<ImageStore>(*m_db))
    , m_workloads(std::make_unique<WorkloadStore>(*m_db))
{
    m_current = m_generations->current();
}

Inventory::~Inventory()
{
    m_tags.reset();
    m_images.reset();
    m_workloads.reset();
    m_generations.reset();
}

QString Inventory::source() const
{
    return m_current ? m_current->source.section(u'|', 0, 0) : QString();
}

QString Inventory::asOfText() const
{
    return m_current ? QLocale().toString(m_current->finishedAt.toLocalTime(), QLocale::ShortFormat)
                     : QString();
}

QString Inventory::timePeriod() const
{
    // SyncJob::source() is "origin|period", with "default" when no period was asked for.
    const QString period = m_current ? m_current->source.section(u'|', 1, 1) : QString();
    return period == QLatin1StringView("default") ? QString() : period;
}

void Inventory::reload()
{
    m_current = m_generations->current();
    m_trailRead = OwnerTrailStore(*m_db).lastRead();
    Q_EMIT changed();
}
