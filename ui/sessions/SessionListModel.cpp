#include "SessionListModel.h"

#include "domain/Validation.h"
#include "widgets/RecordTables.h"

#include <QLocale>

namespace wingmate::ui {

SessionListModel::SessionListModel(UserSession& session, QObject* parent)
    : RecordTableModel(parent)
    , m_session(session)
{
}

Status SessionListModel::refresh(const QDate& from, const QDate& to)
{
    SessionListQuery query(m_session);
    Result<QList<SessionListQuery::Row>> rows = query.run(from, to);
    if (!rows)
        return rows.status();
    m_truncated = query.truncated();
    setRecords(rows.take());
    return Status::success();
}

int SessionListModel::rowOf(qint64 sessionId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (record(i).sessionId == sessionId)
            return i;
    }
    return -1;
}

QStringList SessionListModel::columnTitles() const
{
    return { tr("When"), tr("Type"), tr("Length"), tr("Mentors"), tr("Mentees"), tr("Where"), tr("Concern"),
        tr("Recorded by") };
}

QString SessionListModel::menteesText(const SessionListQuery::Row& row)
{
    if (!row.group && row.attendees.size() == 1)
        return row.attendees.constFirst().name;
    return tr("%1 of %n attended: %2", nullptr, int(row.attendees.size()))
        .arg(row.attendedCount())
        .arg(row.attendedNames().join(QStringLiteral(", ")));
}

QVariant SessionListModel::display(const SessionListQuery::Row& row, int column) const
{
    switch (column) {
    case HeldAt:
        return QLocale().toString(row.heldAt, QStringLiteral("ddd d MMM yyyy, HH:mm"));
    case Type:
        // "Group" needs no "(group)" after it.
        return row.group && !row.sessionType.contains(tr("group"), Qt::CaseInsensitive)
            ? tr("%1 (group)").arg(row.sessionType)
            : row.sessionType;
    case Duration:
        return tr("%n min", nullptr, row.durationMinutes);
    case Mentors:
        return row.mentorNames.join(QStringLiteral(", "));
    case Mentees:
        return menteesText(row);
    case Location:
        return row.location;
    case Concern:
        return row.concernRaised ? tr("Raised") : QString();
    case RecordedBy:
        return row.recordedBy;
    default:
        return {};
    }
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SessionListQuery::Row& row = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Mentees && !row.attendees.isEmpty()) {
            QStringList lines;
            for (const SessionListQuery::Attendee& a : row.attendees) {
                lines.append(a.attended ? tr("%1 (%2)").arg(a.name, a.prisonNumber)
                                        : tr("%1 (%2), did not attend").arg(a.name, a.prisonNumber));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case SessionIdRole:
        return row.sessionId;
    case SortRole:
        switch (index.column()) {
        case HeldAt:
            return row.heldAt;
        case Duration:
            return row.durationMinutes;
        case Concern:
            return row.concernRaised ? 1 : 0;
        default:
            return display(row, index.column()).toString().toLower();
        }
    case SearchRole: {
        QStringList parts { row.sessionType, row.location };
        parts += row.mentorNames;
        for (const SessionListQuery::Attendee& a : row.attendees)
            parts << a.name << a.prisonNumber;
        return Validation::searchKey(parts.join(QLatin1Char(' ')));
    }
    case Qt::BackgroundRole:
        return row.concernRaised ? RecordTables::background(RecordTables::Urgency::Due) : QVariant();
    case Qt::ForegroundRole:
        return row.concernRaised ? RecordTables::highlightText() : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

} // namespace wingmate::ui
