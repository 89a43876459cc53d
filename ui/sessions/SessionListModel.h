#pragma once

#include "Status.h"
#include "services/SessionListQuery.h"
#include "widgets/RecordTableModel.h"

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// The sessions of a date range (SessionListQuery), newest first, one row
// each, for the Sessions section.
class SessionListModel : public RecordTableModel<SessionListQuery::Row> {
    Q_OBJECT
public:
    enum Column { HeldAt, Type, Duration, Mentors, Mentees, Location, Concern, RecordedBy, ColumnCount };

    enum Role {
        SessionIdRole = Qt::UserRole, // qint64, any column
        SortRole,
        SearchRole, // type, mentors, mentees and prison numbers as Validation::searchKey
    };

    explicit SessionListModel(UserSession& session, QObject* parent = nullptr);

    // Reads the range again; on failure keeps the rows it had.
    Status refresh(const QDate& from, const QDate& to);
    // Whether the last refresh stopped at SessionListQuery::RowLimit.
    bool truncated() const { return m_truncated; }
    int rowOf(qint64 sessionId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "Amy Brown" for one attendee, "3 of 4 attended" for a group.
    static QString menteesText(const SessionListQuery::Row& row);

protected:
    QStringList columnTitles() const override;

private:
    QVariant display(const SessionListQuery::Row& row, int column) const;

    UserSession& m_session;
    bool m_truncated = false;
};

} // namespace wingmate::ui
