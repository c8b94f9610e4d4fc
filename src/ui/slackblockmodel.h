#pragma once

#include "messagepreview.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The blocks of one planned Slack message, in order, as the channel shows them.
class SlackBlockModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SlackBlockModel belongs to a PlannedCallModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // header, section, context, divider, …
        FormatRole, // plain_text or mrkdwn
        DisplayTextRole, // the escapes undone: what the reader reads
        FieldsRole, // a section's fields
        ElementsRole, // a context block's text elements
        RichTextRole, // mrkdwn as Slack draws it (bold, italic, links, mention chips), as Qt rich text
    };
    Q_ENUM(Role)

    explicit SlackBlockModel(QObject *parent = nullptr);

    void setBlocks(const QList<MessagePreview::SlackBlock> &blocks);
    const QList<MessagePreview::SlackBlock> &blocks() const { return m_blocks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<MessagePreview::SlackBlock> m_blocks;
};
