#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// What is wrong with the edited rule, as RuleJson::validate reports it ("criteria.all[0].pattern:
// …"): the editor's parts take the message of each of their places from here.
class RuleProblems : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleProblems belongs to a RuleEditorController")
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QStringList list READ list NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed) // one per line
    Q_PROPERTY(QString nameError READ nameError NOTIFY changed) // the rule's name's problem

public:
    explicit RuleProblems(QObject *parent = nullptr);

    bool valid() const { return m_list.isEmpty(); }
    int count() const { return int(m_list.size()); }
    QStringList list() const { return m_list; }
    QString text() const { return m_list.join(u'\n'); }
    QString nameError() const { return at(QStringLiteral("name")); }
    void setList(const QStringList &list);

    // The first problem at or below this place of the document ("criteria.all[0]", "channels[1]",
    // "message.title"), with the rest of its path; "" when there is none. `own`: only a problem of
    // that place itself, not of what is inside it.
    QString at(const QString &jsonPath, bool own = false) const;

Q_SIGNALS:
    void changed();

private:
    QStringList m_list;
};
