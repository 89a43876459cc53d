#include "ConcernListModel.h"

#include "domain/Validation.h"
#include "services/UserSession.h"
#include "widgets/RecordTables.h"

#include <QFont>
#include <QLocale>

namespace wingmate::ui {

ConcernListModel::ConcernListModel(UserSession& session, QObject* parent)
    : RecordTableModel(parent)
    , m_session(session)
{
}

Status ConcernListModel::refresh(const ConcernListQuery::Filter& filter)
{
    Result<QList<ConcernListQuery::Row>> rows = ConcernListQuery(m_session).run(filter);
    if (!rows)
        return rows.status();
    setRecords(rows.take());
    return Status::success();
}

int ConcernListModel::rowOf(qint64 concernId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (record(i).concernId == concernId)
            return i;
    }
    return -1;
}

int ConcernListModel::openCount() const
{
    int open = 0;
    for (const ConcernListQuery::Row& row : records())
        open += row.status == Concern::ReviewState::Open ? 1 : 0;
    return open;
}

QStringList ConcernListModel::columnTitles() const
{
    return { tr("Raised"), tr("Mentee"), tr("Prison number"), tr("From"), tr("Concern"), tr("State"),
        tr("Reviewed by"), tr("Outcome"), tr("Risk now"), tr("ACCT") };
}

qint64 ConcernListModel::daysWaiting(const ConcernListQuery::Row& row) const
{
    return row.raisedAt.toLocalTime().date().daysTo(m_session.clock().now().toLocalTime().date());
}

QVariant ConcernListModel::display(const ConcernListQuery::Row& row, int column) const
{
    const bool open = row.status == Concern::ReviewState::Open;
    switch (column) {
    case Raised:
        return QLocale().toString(row.raisedAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
    case Mentee:
        return row.prisonerName;
    case PrisonNumber:
        return row.prisonNumber;
    case Source:
        return Concern::sourceLabel(row.source);
    case Description:
        // One line in the table; the whole text is in the tooltip.
        return row.description.section(QLatin1Char('\n'), 0, 0);
    case State: {
        if (!open)
            return tr("Reviewed %1").arg(RecordTables::dateText(row.reviewedOn));
        const qint64 days = daysWaiting(row);
        return days <= 0 ? tr("Waiting since today") : tr("Waiting %n day(s)", nullptr, int(days));
    }
    case Reviewer:
        return row.reviewer;
    case Outcome:
        return row.outcome ? Review::outcomeLabel(*row.outcome) : QString();
    case Risk:
        return row.riskLevel ? MenteeEpisode::riskLabel(*row.riskLevel) : QString();
    case Acct:
        return row.acctOpen ? tr("Open") : QString();
    default:
        return {};
    }
}

QVariant ConcernListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ConcernListQuery::Row& row = record(index.row());
    const bool open = row.status == Concern::ReviewState::Open;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Description)
            return row.description;
        if (index.column() == Raised)
            return tr("Raised by %1").arg(row.raisedBy);
        return {};
    case ConcernIdRole:
        return row.concernId;
    case EpisodeIdRole:
        return row.episodeId;
    case OpenRole:
        return open;
    case SortRole:
        switch (index.column()) {
        case Raised:
            return row.raisedAt;
        case State:
            // Waiting (longest first when ascending) before reviewed.
            return open ? -daysWaiting(row) : qint64(1) << 40 | qint64(row.reviewedOn.toJulianDay());
        default:
            return display(row, index.column()).toString().toLower();
        }
    case SearchRole:
        return Validation::searchKey(
            QStringList { row.prisonerName, row.prisonNumber, row.description, row.raisedBy }.join(
                QLatin1Char(' ')));
    case Qt::BackgroundRole:
        return open ? RecordTables::background(RecordTables::Urgency::Urgent) : QVariant();
    case Qt::ForegroundRole:
        return open ? RecordTables::highlightText() : QVariant();
    case Qt::FontRole:
        if (open && index.column() == State) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace wingmate::ui
