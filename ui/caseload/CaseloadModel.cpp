#include "CaseloadModel.h"

#include "domain/Validation.h"
#include "services/UserSession.h"
#include "widgets/RecordTables.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace wingmate::ui {

CaseloadModel::CaseloadModel(UserSession& session, QObject* parent)
    : RecordTableModel(parent)
    , m_session(session)
{
}

Status CaseloadModel::refresh()
{
    Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(m_session).run();
    if (!rows)
        return rows.status();
    setRecords(rows.take());
    return Status::success();
}

int CaseloadModel::rowOf(qint64 episodeId) const
{
    return rowWhere([episodeId](const CaseloadQuery::Row& row) { return row.episodeId == episodeId; });
}

CaseloadModel::Attention CaseloadModel::attentionOf(const CaseloadQuery::Row& row)
{
    if (row.openConcerns > 0)
        return Attention::ConcernToReview;
    if (row.reviewOverdue)
        return Attention::ReviewOverdue;
    return Attention::None;
}

QString CaseloadModel::dateText(const QDate& date)
{
    return RecordTables::dateText(date);
}

QString CaseloadModel::checkInRiskText(const CaseloadQuery::Row& row) const
{
    if (!row.lastCheckIn.isValid())
        return {};
    QStringList parts;
    if (row.lastSelfHarm && *row.lastSelfHarm != CheckIn::SelfHarm::None)
        parts << CheckIn::selfHarmLabel(*row.lastSelfHarm);
    if (row.lastSuicidal && *row.lastSuicidal != CheckIn::Suicidal::None)
        parts << CheckIn::suicidalLabel(*row.lastSuicidal);
    if (parts.isEmpty())
        return tr("None reported");
    return parts.join(QStringLiteral(", "));
}

QString CaseloadModel::flagsText(const CaseloadQuery::Row& row) const
{
    QStringList flags;
    if (row.openConcerns > 0)
        flags << tr("⚠ Concern to review");
    if (row.reviewOverdue)
        flags << tr("⚠ Review overdue");
    if (row.overdueFollowUps > 0)
        flags << tr("%n follow-up(s) overdue", nullptr, row.overdueFollowUps);
    if (row.status == MenteeEpisode::Stage::Referred)
        flags << tr("Referred, not yet active");
    return flags.join(QStringLiteral("; "));
}

QVariant CaseloadModel::display(const CaseloadQuery::Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.prisonerName;
    case PrisonNumber:
        return row.prisonNumber;
    case Mentors:
        return row.mentorNames.isEmpty() ? tr("None allocated") : row.mentorNames.join(QStringLiteral(", "));
    case LastContact:
        return row.lastContact.isValid() ? dateText(row.lastContact.date()) : tr("None yet");
    case LastCheckIn:
        return row.lastCheckIn.isValid() ? dateText(row.lastCheckIn) : tr("None yet");
    case CheckInRisk:
        return checkInRiskText(row);
    case OpenConcerns:
        return row.openConcerns;
    case NextReview:
        return dateText(row.nextReviewOn);
    case RiskLevel:
        return row.riskLevel ? MenteeEpisode::riskLabel(*row.riskLevel) : QString();
    case Acct:
        if (!row.acctOpen)
            return QString();
        return row.acctReference.isEmpty() ? tr("Open") : tr("Open: %1").arg(row.acctReference);
    case Flags:
        return flagsText(row);
    default:
        return {};
    }
}

QVariant CaseloadModel::sortValue(const CaseloadQuery::Row& row, int column) const
{
    switch (column) {
    case Name:
        return Validation::searchKey(row.prisonerName);
    case Mentors:
        return Validation::searchKey(row.mentorNames.join(QStringLiteral(", ")));
    case LastContact:
        return row.lastContact;
    case LastCheckIn:
        return row.lastCheckIn;
    case CheckInRisk: {
        // Worst answer first when sorted descending.
        const int selfHarm = row.lastSelfHarm ? int(*row.lastSelfHarm) : -1;
        const int suicidal = row.lastSuicidal ? int(*row.lastSuicidal) : -1;
        return std::max(selfHarm == int(CheckIn::SelfHarm::Act) ? 3 : selfHarm, suicidal);
    }
    case OpenConcerns:
        return row.openConcerns;
    case NextReview:
        return row.nextReviewOn;
    case RiskLevel:
        return row.riskLevel ? int(*row.riskLevel) : -1;
    case Acct:
        return row.acctOpen ? 1 : 0;
    case Flags:
        return int(Attention::None) - int(attentionOf(row));
    default:
        return display(row, column);
    }
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CaseloadQuery::Row& row = record(index.row());
    const Attention attention = attentionOf(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Flags || (index.column() == Name && attention != Attention::None))
            return flagsText(row);
        return {};
    case Qt::DecorationRole:
        // A marker beside the name, so the row stands out without colour.
        if (index.column() == Name && attention != Attention::None)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        if (attention == Attention::ConcernToReview)
            return RecordTables::background(RecordTables::Urgency::Urgent);
        if (attention == Attention::ReviewOverdue)
            return RecordTables::background(RecordTables::Urgency::Due);
        return {};
    case Qt::ForegroundRole:
        if (attention != Attention::None)
            return RecordTables::highlightText();
        return {};
    case Qt::FontRole:
        if (index.column() == Flags && attention != Attention::None) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OpenConcerns)
            return int(Qt::AlignCenter);
        return {};
    case EpisodeIdRole:
        return row.episodeId;
    case SortRole:
        return sortValue(row, index.column());
    case SearchRole:
        return Validation::searchKey(
            QStringList { row.prisonerName, row.prisonNumber, row.mentorNames.join(QLatin1Char(' ')) }.join(
                QLatin1Char(' ')));
    case AttentionRole:
        return int(attention);
    case OpenConcernsRole:
        return row.openConcerns;
    default:
        return {};
    }
}

QStringList CaseloadModel::columnTitles() const
{
    // In Column order.
    return { tr("Name"), tr("Prison number"), tr("Needs"), tr("Mentor(s)"), tr("Last contact"),
        tr("Last check-in"), tr("Check-in risk"), tr("Concerns"), tr("Next review"), tr("Risk level"),
        tr("ACCT") };
}

} // namespace wingmate::ui
