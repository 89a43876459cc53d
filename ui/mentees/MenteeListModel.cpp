#include "MenteeListModel.h"

#include "caseload/CaseloadModel.h"
#include "domain/Validation.h"
#include "services/UserSession.h"

#include <QFont>

namespace wingmate::ui {

MenteeListModel::MenteeListModel(UserSession& session, QObject* parent)
    : RecordTableModel(parent)
    , m_session(session)
{
}

wingmate::Status MenteeListModel::search(const QString& text)
{
    Result<QList<MenteeService::Found>> found = MenteeService(m_session).search(text, SearchLimit);
    if (!found)
        return found.status();
    setRecords(found.take());
    return wingmate::Status::success();
}

int MenteeListModel::rowOf(qint64 episodeId) const
{
    return rowWhere([episodeId](const MenteeService::Found& row) { return row.episode.id == episodeId; });
}

QVariant MenteeListModel::display(const MenteeService::Found& row, int column) const
{
    const MenteeEpisode& e = row.episode;
    switch (column) {
    case Name:
        return row.prisoner.fullName;
    case PrisonNumber:
        return row.prisoner.prisonNumber;
    case Status:
        return MenteeEpisode::statusLabel(e.status);
    case Referred:
        return CaseloadModel::dateText(e.referredOn);
    case Source:
        return MenteeEpisode::sourceLabel(e.referralSource);
    case Closed:
        if (!e.closedOn.isValid())
            return QString();
        return e.closureReason ? tr("%1 (%2)").arg(
                   CaseloadModel::dateText(e.closedOn), MenteeEpisode::closureReasonLabel(*e.closureReason))
                               : CaseloadModel::dateText(e.closedOn);
    default:
        return {};
    }
}

QVariant MenteeListModel::sortValue(const MenteeService::Found& row, int column) const
{
    switch (column) {
    case Name:
        return Validation::searchKey(row.prisoner.fullName);
    case Status:
        return int(row.episode.status);
    case Referred:
        return row.episode.referredOn;
    case Closed:
        return row.episode.closedOn;
    default:
        return display(row, column);
    }
}

QVariant MenteeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MenteeService::Found& row = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::FontRole:
        // Closed episodes stay listed but step back; italic rather than
        // faded, so they stay easy to read.
        if (row.episode.status == MenteeEpisode::Stage::Closed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case EpisodeIdRole:
        return row.episode.id;
    case SortRole:
        return sortValue(row, index.column());
    case StatusRole:
        return int(row.episode.status);
    default:
        return {};
    }
}

QStringList MenteeListModel::columnTitles() const
{
    return { tr("Name"), tr("Prison number"), tr("Status"), tr("Referred"), tr("Source"), tr("Closed") };
}

} // namespace wingmate::ui
