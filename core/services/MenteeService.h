#pragma once

#include "Status.h"
#include "domain/MenteeEpisode.h"
#include "domain/Prisoner.h"
#include "services/EpisodeStore.h"
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
// It and the other mentee services keep that rule in one place: EpisodeStore.
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

private:
    Result<qint64> insert(WriteContext& ctx, const MenteeEpisode& referral) const;
    Status modify(
        qint64 episodeId, const QString& amendmentReason, const std::function<void(MenteeEpisode&)>& change);

    UserSession& m_session;
    EpisodeStore m_episodes;
};

} // namespace wingmate
