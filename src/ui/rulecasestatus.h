#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class Database;

// The edited rule's golden cases as of the last load or save: a failing case shows here, saving
// still works, and the deploy refuses until it passes.
class RuleCaseStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RuleCaseStatus belongs to a RuleEditorController")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool passing READ passing NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QStringList lines READ lines NOTIFY changed) // one per failure

public:
    explicit RuleCaseStatus(QObject *parent = nullptr);

    int count() const { return m_count; }
    bool passing() const { return m_passing; }
    QString summary() const { return m_summary; }
    QStringList lines() const { return m_lines; }

    // Runs the stored rule's cases.
    void check(Database &local, const QString &ruleId);

Q_SIGNALS:
    void changed();

private:
    int m_count = 0;
    bool m_passing = true;
    QString m_summary;
    QStringList m_lines;
};
