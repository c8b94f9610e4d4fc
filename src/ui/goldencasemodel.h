#pragma once

#include "goldencase.h"
#include "rulestore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class AlarmHarness;

// The golden cases of every rule with whether each passes against the rule as stored, the summary
// over all of them, and the outcome of the last save or removal.
class GoldenCaseModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GoldenCaseModel belongs to a HarnessController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY countChanged)
    Q_PROPERTY(bool allPass READ allPass NOTIFY countChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageFailed READ messageFailed NOTIFY messageChanged)

public:
    struct Entry
    {
        GoldenCase goldenCase;
        QString ruleName;
        QStringList failures; // empty when it passes
    };

    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        NameRole,
        RuleIdRole,
        RuleNameRole,
        PassedRole,
        ReasonsRole, // why it fails
        ExpectationRole, // "fires, sends to slack, email"
        TextsRole, // texts every message must contain
        SavedAtRole,
    };
    Q_ENUM(Role)

    explicit GoldenCaseModel(QObject *parent = nullptr);

    // Every case of `rules`, each run against its rule as stored.
    void reload(AlarmHarness *alarms, const QList<StoredRule> &rules);
    void setMessage(const QString &message, bool failed);
    const QList<Entry> &entries() const { return m_entries; }

    QString summary() const;
    bool allPass() const;
    QString message() const { return m_message; }
    bool messageFailed() const { return m_messageFailed; }

    // "stays quiet", "fires, sends nothing", "fires, sends to a, b", "fires" (channels not checked)
    static QString expectation(bool fires, const std::optional<QStringList> &channels);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void messageChanged();

private:
    QList<Entry> m_entries;
    QString m_message;
    bool m_messageFailed = false;
};
