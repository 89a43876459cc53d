#pragma once

#include "Status.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace wingmate {

// The sessions held between two dates (inclusive, the wing's wall-clock
// dates), newest first, for the Sessions section: one row per session with
// who delivered it and who it was for. Deleted sessions are left out.
//
// Three statements over the date range (the sessions by mentee_sessions_held,
// then their mentors and their register by primary key), so the cost grows
// with the sessions shown, not with the whole history.
class SessionListQuery {
    Q_DECLARE_TR_FUNCTIONS(SessionListQuery)
public:
    struct Attendee {
        qint64 episodeId = 0;
        QString name;
        QString prisonNumber;
        bool attended = true;
    };

    struct Row {
        qint64 sessionId = 0;
        QDateTime heldAt;
        int durationMinutes = 0;
        QString sessionType;
        bool group = false;
        QString location;
        bool concernRaised = false;
        QString recordedBy;
        QStringList mentorNames; // sorted
        QList<Attendee> attendees; // sorted by name

        int attendedCount() const;
        // The names of those who attended, sorted.
        QStringList attendedNames() const;
    };

    explicit SessionListQuery(UserSession& session);

    // At most 10,000 rows; a longer range says so through truncated().
    Result<QList<Row>> run(const QDate& from, const QDate& to) const;
    bool truncated() const { return m_truncated; }

    static constexpr int RowLimit = 10000;

private:
    UserSession& m_session;
    mutable bool m_truncated = false;
};

} // namespace wingmate
