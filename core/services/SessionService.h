#pragma once

#include "Status.h"
#include "domain/MenteeSession.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>

namespace wingmate {

class EpisodeStore;

// Mentee sessions, 1:1 and group, with their follow-up actions. The mentees
// must have open episodes (a closed one only by an administrator's
// amendment), the delivering mentors must be active, the type must be one of
// the wing's session types, a group has a register. A concern raised at the
// session is recorded for the nurse in the same transaction.
class SessionService {
    Q_DECLARE_TR_FUNCTIONS(SessionService)
public:
    explicit SessionService(UserSession& session);

    struct Recorded {
        qint64 sessionId = 0;
        QList<qint64> concernIds; // one per mentee a concern was raised about
    };

    // Checks the session's own fields; empty when acceptable.
    QString problem(const MenteeSession& session) const;

    Result<Recorded> record(const MenteeSession& session, const QString& amendmentReason = {});
    // Changes the details, mentors and register. Follow-up actions and
    // concerns are not changed here.
    Status update(const MenteeSession& session, const QString& amendmentReason = {});
    Status completeFollowUp(qint64 actionId, const QDate& doneOn, const QString& amendmentReason = {});
    Status remove(qint64 sessionId, const QString& reason);

    Result<MenteeSession> get(qint64 id) const;

private:
    Result<MenteeSession> load(QSqlDatabase db, qint64 id) const;
    // Checks every mentee's episode may be written and contains the date;
    // says whether any of them is closed.
    Result<bool> checkEpisodes(QSqlDatabase db, const EpisodeStore& mentees, const MenteeSession& session,
        const QString& amendmentReason) const;
    Status writeLinks(WriteContext& ctx, const MenteeSession& session) const;
    // Raises a concern for each attendee flagged, except those who already
    // have an open concern from this session.
    Result<QList<qint64>> raiseConcerns(WriteContext& ctx, const MenteeSession& session) const;
    QDate today() const;

    UserSession& m_session;
};

} // namespace wingmate
