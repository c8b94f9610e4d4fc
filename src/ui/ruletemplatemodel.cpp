#include "ruletemplatemodel.h"

RuleTemplateModel::RuleTemplateModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_templates(RuleTemplates::list())
{ }

int RuleTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant RuleTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const RuleTemplates::Info &info = m_templates[index.row()];
    switch (role) {
    case NameRole:
        return info.name;
    case TitleRole:
        return info.title;
    case DescriptionRole:
        return info.description;
    default:
        return {};
    }
}

QHash<int, QByteArray> RuleTemplateModel::roleNames() const
{
    return { { NameRole, "name" }, { TitleRole, "title" }, { DescriptionRole, "description" } };
}
