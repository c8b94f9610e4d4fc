#include "peoplelistmodel.h"

#include "displaytext.h"

#include <QLocale>

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString detailOf(const Person &p)
{
    switch (p.source) {
    case Person::Source::Yours:
        return PeopleListModel::tr("Your entry, saved %1").arg(when(p.resolvedAt));
    case Person::Source::Platform: {
        QString text = PeopleListModel::tr("From the platform's Access API, %1").arg(when(p.resolvedAt));
        if (!p.status.isEmpty())
            text += PeopleListModel::tr("; account %1").arg(DisplayText::visible(p.status));
        if (!p.groups.isEmpty())
            text += PeopleListModel::tr("; groups: %1")
                        .arg(DisplayText::visible(p.groups.join(QStringLiteral(", "))));
        return text;
    }
    case Person::Source::Unresolved:
        break;
    }
    const QString reason = DisplayText::visible(p.reason);
    return p.resolvedAt.isValid() ? PeopleListModel::tr("Unresolved (%1): %2").arg(when(p.resolvedAt), reason)
                                  : PeopleListModel::tr("Unresolved: %1").arg(reason);
}

} // namespace

PeopleListModel::PeopleListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PeopleListModel::setEntries(const QList<PeopleRoster::Entry> &entries)
{
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int PeopleListModel::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].person.name == name)
            return int(i);
    }
    return -1;
}

int PeopleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PeopleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const PeopleRoster::Entry &e = m_entries.at(index.row());
    switch (role) {
    case NameRole:
        return e.person.name;
    case LabelRole:
        return DisplayText::visible(e.person.name);
    case EmailRole:
        return e.person.email;
    case SlackIdRole:
        return e.person.slackId;
    case TeamRole:
        return DisplayText::visible(e.person.team);
    case SourceRole:
        return Person::sourceName(e.person.source);
    case SourceLabelRole:
        switch (e.person.source) {
        case Person::Source::Yours:
            return tr("yours");
        case Person::Source::Platform:
            return tr("platform");
        case Person::Source::Unresolved:
            break;
        }
        return tr("unresolved");
    case DetailRole:
        return detailOf(e.person);
    case TagsRole:
        return e.tags;
    case RiskyTagsRole:
        return e.riskyTags;
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleListModel::roleNames() const
{
    return { { NameRole, "name" },
             { LabelRole, "label" },
             { EmailRole, "email" },
             { SlackIdRole, "slackId" },
             { TeamRole, "team" },
             { SourceRole, "source" },
             { SourceLabelRole, "sourceLabel" },
             { DetailRole, "detail" },
             { TagsRole, "tags" },
             { RiskyTagsRole, "riskyTags" } };
}
