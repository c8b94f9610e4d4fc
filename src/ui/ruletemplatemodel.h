#pragma once

#include "ruletemplates.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The guide's rule templates a new rule can start from (the "New rule" menu, the gallery).
class RuleTemplateModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleTemplateModel belongs to RulesController")

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // what createFromTemplate() takes
        TitleRole,
        DescriptionRole,
    };
    Q_ENUM(Role)

    explicit RuleTemplateModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<RuleTemplates::Info> m_templates;
};
