#include "MentorListModel.h"

#include "domain/Validation.h"
#include "services/UserSession.h"
#include "shell/Appearance.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QPalette>

namespace wingmate::ui {

MentorListModel::MentorListModel(UserSession& session, QObject* parent)
    : RecordTableModel(parent)
    , m_session(session)
{
}

wingmate::Status MentorListModel::refresh(bool includeLeft)
{
    Result<QList<MentorRecordQuery::ListEntry>> rows = MentorRecordQuery(m_session).list(includeLeft);
    if (!rows)
        return rows.status();
    setRecords(rows.take());
    return wingmate::Status::success();
}

int MentorListModel::rowOf(qint64 mentorId) const
{
    return rowWhere([mentorId](const MentorRecordQuery::ListEntry& row) { return row.mentorId == mentorId; });
}

QVariant MentorListModel::display(const MentorRecordQuery::ListEntry& entry, int column) const
{
    switch (column) {
    case Name:
        return entry.fullName;
    case PrisonNumber:
        return entry.prisonNumber;
    case Status:
        return mentorStatusLabel(entry.status);
    case Load:
        return tr("%1 / %2").arg(entry.currentMentees).arg(entry.capacity);
    case Tier:
        return Mentor::tierLabel(entry.pathwayTier);
    default:
        return {};
    }
}

QVariant MentorListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MentorRecordQuery::ListEntry& entry = record(index.row());
    const bool full = entry.status == MentorStatus::Active && entry.currentMentees >= entry.capacity;
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Load) {
            return full ? tr("%n mentee(s) now; at capacity", nullptr, entry.currentMentees)
                        : tr("%n mentee(s) now", nullptr, entry.currentMentees);
        }
        return {};
    case Qt::ForegroundRole:
        // Those who left are listed only when asked for, and greyed.
        if (entry.status == MentorStatus::Left)
            return QBrush(Appearance::isDark(QApplication::palette()) ? QColor(0x9a, 0x9d, 0xa1)
                                                                      : QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Load)
            return int(Qt::AlignCenter);
        return {};
    case MentorIdRole:
        return entry.mentorId;
    case SortRole:
        switch (index.column()) {
        case Name:
            return Validation::searchKey(entry.fullName);
        case Status:
            return int(entry.status);
        case Load:
            // Most room first when sorted descending.
            return entry.capacity - entry.currentMentees;
        case Tier:
            return int(entry.pathwayTier);
        default:
            return display(entry, index.column());
        }
    case SearchRole:
        return Validation::searchKey(entry.fullName + QLatin1Char(' ') + entry.prisonNumber);
    default:
        return {};
    }
}

QStringList MentorListModel::columnTitles() const
{
    return { tr("Name"), tr("Prison number"), tr("Status"), tr("Mentees / capacity"), tr("Pathway tier") };
}

} // namespace wingmate::ui
