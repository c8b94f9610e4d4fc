#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The choices of a combo box: the value the rule stores and the label shown (a ComboBox takes it
// with textRole "label" and valueRole "value").
class OptionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OptionListModel belongs to the rule editor")

public:
    struct Option
    {
        QString value;
        QString label;
    };
    enum Role {
        ValueRole = Qt::UserRole + 1,
        LabelRole,
    };
    Q_ENUM(Role)

    explicit OptionListModel(const QList<Option> &options, QObject *parent = nullptr);

    // The row of a value (a combo box's currentIndex); -1 when it is not one of the choices.
    Q_INVOKABLE int indexOf(const QString &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Option> m_options;
};
