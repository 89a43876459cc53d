#pragma once

#include "Status.h"
#include "services/MenteeService.h"
#include "widgets/RecordTableModel.h"

#include <QList>

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// Mentee episodes found by MenteeService::search, one row each, whatever
// their status (referred, active or closed), newest referral first. Holds
// the decrypted rows only until clear() (on lock) or the next search.
class MenteeListModel : public RecordTableModel<MenteeService::Found> {
    Q_OBJECT
public:
    enum Column { Name, PrisonNumber, Status, Referred, Source, Closed, ColumnCount };

    enum Role {
        EpisodeIdRole = Qt::UserRole, // qint64, any column
        SortRole, // a value that sorts as people expect
        StatusRole, // int(MenteeEpisode::Stage), any column
    };

    // Prisoners searched at most: more than a wing holds at once.
    static constexpr int SearchLimit = 500;

    explicit MenteeListModel(UserSession& session, QObject* parent = nullptr);

    // Searches again (partial name or prison number; empty finds everyone).
    // On failure keeps the rows it had.
    wingmate::Status search(const QString& text);

    // -1 when the episode is not listed.
    int rowOf(qint64 episodeId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    QVariant display(const MenteeService::Found& row, int column) const;
    QVariant sortValue(const MenteeService::Found& row, int column) const;

    UserSession& m_session;
};

} // namespace wingmate::ui
