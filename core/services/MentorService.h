#pragma once

#include "Status.h"
#include "domain/Mentor.h"
#include "domain/MentorStatus.h"
#include "domain/ShadowingPeriod.h"
#include "domain/Supervision.h"
#include "domain/TrainingRecord.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <optional>

namespace wingmate {

// Peer mentors: applications, clearance, the status graph, shadowing,
// training and supervision. Every rule is checked here, whatever front end
// asks, and every change is audited with its before and after in the same
// transaction (status changes also write mentor_status_history).
class MentorService {
    Q_DECLARE_TR_FUNCTIONS(MentorService)
public:
    // What stands between a mentor and becoming active.
    struct Readiness {
        bool cleared = false; // governor approval and security clearance recorded
        int shadowingDaysDone = 0; // of the best shadowing period
        int shadowingDaysRequired = 0; // its start + MinimumShadowingMonths, in days
        bool shadowingSignedOff = false; // a period of at least the minimum is signed off
        QStringList missingModules; // mandatory modules not completed, or expired

        bool ready() const
        {
            return cleared && shadowingSignedOff && shadowingDaysDone >= shadowingDaysRequired
                && missingModules.isEmpty();
        }
        // One plain phrase per missing condition, for a refusal or the GUI.
        QStringList missing() const;
    };

    explicit MentorService(UserSession& session);

    // --- the mentoring role ---
    // Checks the fields people edit (capacity, tier, agreement, notes);
    // empty when acceptable.
    QString problem(const Mentor& mentor) const;
    // A prisoner's application. Status and clearance fields are not taken
    // from the argument: they change only through their own operations.
    Result<Mentor> apply(const Mentor& application);
    // Capacity, pathway tier, agreement and application notes.
    Status update(const Mentor& mentor);
    Status remove(qint64 mentorId, const QString& reason);
    // Governor approval and security clearance: who (a name) and when. Both
    // are needed before an application can move to cleared.
    Status recordGovernorApproval(qint64 mentorId, const QDate& on, const QString& by);
    Status recordSecurityClearance(qint64 mentorId, const QDate& on, const QString& by);
    // Moves a mentor along the status graph. A null date means today. A
    // reason is needed for suspended; a leaving reason for left.
    Status changeStatus(qint64 mentorId, MentorStatus to, const QDate& on, const QString& reason = {},
        std::optional<LeavingReason> leaving = std::nullopt);

    // --- shadowing ---
    // Sign-off fields are not taken from the argument: see signOffShadowing.
    Result<ShadowingPeriod> addShadowing(const ShadowingPeriod& period);
    Status updateShadowing(const ShadowingPeriod& period);
    // Refused before the minimum duration. An open period ends on the
    // sign-off date. A null date means today.
    Status signOffShadowing(qint64 periodId, const QDate& on, const QString& by);
    Status removeShadowing(qint64 periodId, const QString& reason);

    // --- training ---
    Result<TrainingRecord> addTraining(const TrainingRecord& record);
    Status updateTraining(const TrainingRecord& record);
    Status removeTraining(qint64 recordId, const QString& reason);

    // --- supervision ---
    Result<Supervision> addSupervision(const Supervision& supervision);
    Status updateSupervision(const Supervision& supervision);
    Status removeSupervision(qint64 supervisionId, const QString& reason);

    // --- reads (ViewRecords) ---
    Result<Mentor> get(qint64 mentorId) const;
    Result<QList<Mentor::StatusChange>> history(qint64 mentorId) const;
    Result<QList<ShadowingPeriod>> shadowingPeriods(qint64 mentorId) const;
    Result<ShadowingPeriod> shadowingPeriod(qint64 periodId) const;
    Result<QList<TrainingRecord>> trainingRecords(qint64 mentorId) const;
    Result<TrainingRecord> trainingRecord(qint64 recordId) const;
    Result<QList<Supervision>> supervisions(qint64 mentorId) const;
    Result<Supervision> supervision(qint64 supervisionId) const;

    Result<Readiness> readiness(qint64 mentorId) const;

    // A move the status graph has from a mentor's status, and what stops it
    // now: this user's role (Forbidden) or an unmet condition (InvalidInput),
    // in the words changeStatus would refuse it with. Reasons for the move
    // are asked for later.
    struct Move {
        MentorStatus to;
        Status blocker;
        bool possible() const { return blocker.ok(); }
    };
    // Every move the graph has from the mentor's status, in its order.
    Result<QList<Move>> nextMoves(qint64 mentorId) const;
    // The moves of nextMoves that can be made now.
    Result<QList<MentorStatus>> allowedNextStatuses(qint64 mentorId) const;

    // The readiness rule itself, on records already read.
    static Readiness assess(const Mentor& mentor, const QList<ShadowingPeriod>& shadowing,
        const QList<TrainingRecord>& training, const QStringList& mandatoryModules,
        int minimumShadowingMonths, const QDate& today);

private:
    QDate today() const;
    // Why this move cannot be made now (conditions, not reasons); empty if it can.
    Status gateProblem(const Mentor& mentor, MentorStatus to) const;
    Status recordClearance(qint64 mentorId, const QDate& on, const QString& by, bool governor);
    QString shadowingProblem(const ShadowingPeriod& period) const;
    QString trainingProblem(const TrainingRecord& record) const;
    QString supervisionProblem(const Supervision& supervision) const;
    Status softDelete(const QString& table, const QString& entityType, qint64 id, const QString& reason);
    Result<QSqlQuery> read(const QString& sql, const QVariantList& values) const;

    UserSession& m_session;
};

} // namespace wingmate
