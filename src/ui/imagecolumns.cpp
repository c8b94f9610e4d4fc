#include "imagecolumns.h"

ImageColumns::ImageColumns(ImagesViewState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{ }

int ImageColumns::defaultWidth(const QString &column)
{
    static const QHash<QString, int> widths {
        { QStringLiteral("name"), 240 },           { QStringLiteral("risk"), 176 },
        { QStringLiteral("vulnerabilities"), 60 }, { QStringLiteral("status"), 100 },
        { QStringLiteral("workloads"), 92 },       { QStringLiteral("clusters"), 76 },
        { QStringLiteral("architecture"), 70 },    { QStringLiteral("repository"), 190 },
        { QStringLiteral("registry"), 170 },
    };
    return widths.value(column, 100);
}

int ImageColumns::width(const QString &column) const
{
    if (column != QLatin1StringView("name") && m_state->hiddenColumns.contains(column))
        return 0;
    return m_state->widths.value(column, defaultWidth(column));
}

ImageColumnWidths ImageColumns::widths() const
{
    ImageColumnWidths w;
    w.name = width(QStringLiteral("name"));
    w.risk = width(QStringLiteral("risk"));
    w.vulnerabilities = width(QStringLiteral("vulnerabilities"));
    w.status = width(QStringLiteral("status"));
    w.workloads = width(QStringLiteral("workloads"));
    w.clusters = width(QStringLiteral("clusters"));
    w.architecture = width(QStringLiteral("architecture"));
    w.repository = width(QStringLiteral("repository"));
    w.registry = width(QStringLiteral("registry"));
    return w;
}

int ImageColumns::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ImagesViewState::columns().size());
}

QVariant ImageColumns::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &column = ImagesViewState::columns().at(index.row());
    switch (role) {
    case KeyRole:
        return column;
    case WidthRole:
        return width(column);
    case ShownRole:
        return column == QLatin1StringView("name") || !m_state->hiddenColumns.contains(column);
    case SortedRole:
        return column == m_state->sortColumn;
    case NumericRole:
        return column == QLatin1StringView("vulnerabilities") || column == QLatin1StringView("workloads")
            || column == QLatin1StringView("clusters");
    }
    return {};
}

QHash<int, QByteArray> ImageColumns::roleNames() const
{
    return { { KeyRole, "key" },
             { WidthRole, "columnWidth" },
             { ShownRole, "shown" },
             { SortedRole, "sorted" },
             { NumericRole, "numeric" } };
}

void ImageColumns::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT sortChanged();
    Q_EMIT hiddenChanged();
    Q_EMIT widthsChanged();
}

void ImageColumns::rowChanged(const QString &column)
{
    const int row = int(ImagesViewState::columns().indexOf(column));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void ImageColumns::sortBy(const QString &column)
{
    if (!ImagesViewState::orderOf(column))
        return;
    if (m_state->sortColumn == column) {
        m_state->descending = !m_state->descending;
    } else {
        m_state->sortColumn = column;
        m_state->descending = ImagesViewState::descendingFirst(column);
    }
    Q_EMIT sortEdited();
}

void ImageColumns::toggle(const QString &column)
{
    if (!ImagesViewState::columns().contains(column) || column == QLatin1StringView("name"))
        return;
    if (!m_state->hiddenColumns.removeOne(column))
        m_state->hiddenColumns.append(column);
    rowChanged(column);
    Q_EMIT hiddenChanged();
    Q_EMIT widthsChanged();
    Q_EMIT columnsEdited();
}

void ImageColumns::setWidth(const QString &column, int width)
{
    if (!ImagesViewState::columns().contains(column))
        return;
    const int clamped = std::clamp(width, minimumWidth, maximumWidth);
    if (m_state->widths.value(column) == clamped)
        return;
    m_state->widths.insert(column, clamped);
    rowChanged(column);
    Q_EMIT widthsChanged();
    Q_EMIT columnsEdited();
}
