#include "slackblockmodel.h"

SlackBlockModel::SlackBlockModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SlackBlockModel::setBlocks(const QList<MessagePreview::SlackBlock> &blocks)
{
    beginResetModel();
    m_blocks = blocks;
    endResetModel();
    Q_EMIT countChanged();
}

int SlackBlockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant SlackBlockModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blocks.size())
        return {};
    const MessagePreview::SlackBlock &b = m_blocks.at(index.row());
    switch (role) {
    case TypeRole:
        return b.type;
    case FormatRole:
        return b.format;
    case DisplayTextRole:
        return b.displayText;
    case FieldsRole:
        return b.fields;
    case RichTextRole:
        return b.richText;
    case ElementsRole:
        return b.elements;
    }
    return {};
}

QHash<int, QByteArray> SlackBlockModel::roleNames() const
{
    return { { TypeRole, "blockType" }, { FormatRole, "format" },     { DisplayTextRole, "displayText" },
             { FieldsRole, "fields" },  { ElementsRole, "elements" }, { RichTextRole, "richText" } };
}
