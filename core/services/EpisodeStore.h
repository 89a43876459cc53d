#pragma once

#include "Status.h"
#include "domain/MenteeEpisode.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace wingmate {

// A mentee episode as it is stored, and the rules every mentee service
// (mentees, sessions, check-ins, concerns) applies to one inside its write,
// so each lives in one place: a closed episode is read-only unless an
// administrator amends it giving a reason, a date must fall within the
// episode, only active mentors take part. Its sentences are the mentee
// service's (the same translation context).
class EpisodeStore {
    Q_DECLARE_TR_FUNCTIONS(MenteeService)
public:
    explicit EpisodeStore(UserSession& session);

    // The stored columns, id first, in the order fromRow reads them.
    static const QString& columns();
    static MenteeEpisode fromRow(const QSqlQuery& query);
    // Every stored column but id and the timestamps, by name.
    static QVariantMap storedColumns(const MenteeEpisode& episode);

    // Live episodes matching where (bound to values), newest referral first.
    Result<QList<MenteeEpisode>> select(
        QSqlDatabase db, const QString& where, const QVariantList& values) const;
    Result<MenteeEpisode> load(QSqlDatabase db, qint64 id) const;

    // The episode if it may be changed: refuses a deleted one, and a closed
    // one unless an administrator gives a reason.
    Result<MenteeEpisode> writable(QSqlDatabase db, qint64 episodeId, const QString& amendmentReason) const;
    // Writes an episode's changed fields and audits them (with the amendment
    // reason when the episode is closed).
    Status save(WriteContext& ctx, const MenteeEpisode& before, const MenteeEpisode& after,
        const QString& amendmentReason) const;
    // Adds "amendment_reason" to an audit event's details when the episode is closed.
    static void addAmendment(
        QJsonObject& details, const MenteeEpisode& episode, const QString& amendmentReason);
    // Empty when every mentor is recorded and active; otherwise a sentence
    // about the first who is not.
    QString inactiveMentorProblem(QSqlDatabase db, const QList<qint64>& mentorIds) const;
    // Empty when date lies within the episode (from referral to closure) and
    // is not in the future; label names the date ("The check-in date").
    QString dateWithinProblem(const QString& label, const QDate& date, const MenteeEpisode& episode) const;

    QDate today() const;

private:
    UserSession& m_session;
};

} // namespace wingmate
