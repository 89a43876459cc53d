#pragma once

#include "Status.h"
#include "domain/MenteeEpisode.h"
#include "domain/Prisoner.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace wingmate {

// Mentee episodes: referral, consent, baseline, activation, allocation of
// mentors, the ACCT flag, closure, and amending closed episodes. Every rule
// is checked here; every change is audited with its before and after in the
// same transaction.
//
// A closed episode is read-only. Only an administrator giving a reason may
// change it (or record a session or check-in on it); the reason is audited.
// The other mentee services use writableEpisode() and saveEpisode() so the
// rule lives in one place.
class MenteeService {
    Q_DECLARE_TR_FUNCTIONS(MenteeService)
public:
    explicit MenteeService(UserSession& session);

    struct Closure {
        QDate closedOn;
        MenteeEpisode::ClosureReason reason = MenteeEpisode::ClosureReason::GoalsMet;
        bool educationWork = false;
        bool becameMentor = false;
        QString notes;
    };

    struct Allocation {
        qint64 id = 0;
        qint64 episodeId = 0;
        qint64 mentorId = 0;
        QString mentorName;
        QDate allocatedOn;
        QDate endedOn; // unset while current
        QString capacityOverrideReason;
    };

    struct Found {
        Prisoner prisoner;
        MenteeEpisode episode;
    };

    // Checks an episode's own fields and dates; empty when acceptable.
    QString problem(const MenteeEpisode& episode) const;

    // A new episode, status referred. The prisoner must be recorded and have
    // no open episode.
    Result<MenteeEpisode> refer(const MenteeEpisode& referral);
    // Adds the prisoner and their referral in one transaction.
    Result<MenteeEpisode> referNewPrisoner(const Prisoner& prisoner, const MenteeEpisode& referral);

    // Changes referral details, consent, baseline and ACCT (and, on a closed
    // episode, closure details). Status, risk level and next review date are
    // not changed here: they have their own operations.
    Status update(const MenteeEpisode& episode, const QString& amendmentReason = {});
    Status recordConsent(qint64 episodeId, const QDate& consentOn, const QString& amendmentReason = {});
    Status setAcct(
        qint64 episodeId, bool open, const QString& reference, const QString& amendmentReason = {});

    // referred -> active; needs consent recorded.
    Status activate(qint64 episodeId, const QDate& activatedOn);
    // active -> closed (or a referral that never started). Refused while a
    // concern waits for review. Ends the current allocations.
    Status close(qint64 episodeId, const Closure& closure);

    // Only active mentors get mentees. Beyond a mentor's capacity needs
    // OverrideCapacity and a reason, which is stored and audited.
    Result<qint64> allocate(qint64 episodeId, qint64 mentorId, const QDate& allocatedOn,
        const QString& capacityOverrideReason = {}, const QString& amendmentReason = {});
    Status endAllocation(qint64 allocationId, const QDate& endedOn, const QString& amendmentReason = {});

    // Soft delete with a reason (administrator).
    Status remove(qint64 episodeId, const QString& reason);

    Result<MenteeEpisode> get(qint64 id) const;
    Result<QList<MenteeEpisode>> episodesOf(qint64 prisonerId) const;
    Result<QList<Allocation>> allocations(qint64 episodeId) const;
    // Episodes of prisoners found by partial name or prison number (ignoring
    // case and accents), newest referral first.
    Result<QList<Found>> search(const QString& text, int limit = 50) const;

    // --- for the other mentee services, inside their write ---

    // The episode if it may be changed: refuses a deleted one, and a closed
    // one unless an administrator gives a reason.
    Result<MenteeEpisode> writableEpisode(
        QSqlDatabase db, qint64 episodeId, const QString& amendmentReason) const;
    // Writes an episode's changed fields and audits them (with the amendment
    // reason when the episode is closed).
    Status saveEpisode(WriteContext& ctx, const MenteeEpisode& before, const MenteeEpisode& after,
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
    Result<QList<MenteeEpisode>> select(
        QSqlDatabase db, const QString& where, const QVariantList& values) const;
    Result<MenteeEpisode> load(QSqlDatabase db, qint64 id) const;
    Result<qint64> insert(WriteContext& ctx, const MenteeEpisode& referral) const;
    Status modify(
        qint64 episodeId, const QString& amendmentReason, const std::function<void(MenteeEpisode&)>& change);

    UserSession& m_session;
};

} // namespace wingmate
