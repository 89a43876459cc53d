#pragma once

#include "Progress.h"
#include "Status.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace wingmate {

// The retention purge: hard-deletes the records of people whose time with
// the scheme ended more than RetentionYears ago (0 = never), and soft-deleted
// rows deleted more than that long ago. Administrators only
// (Operation::PurgeRecords).
//
// A person's time ends at the latest end of their mentee episodes (closure,
// or deletion) and mentor roles (leaving, or deletion); an episode or role
// still open ends when the person was recorded as released or transferred. A
// person with neither is counted from their release, transfer or deletion,
// or else from the last change to their record.
//
// The purge is one transaction with one audit event that holds counts only;
// then the database is vacuumed (outside the transaction) and the write-ahead
// log truncated, so the freed pages (already zeroed by secure_delete) leave
// the files. The audit trail itself is never purged.
class RetentionService {
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    explicit RetentionService(UserSession& session);

    struct Counts {
        qint64 prisoners = 0;
        qint64 episodes = 0;
        qint64 sessions = 0;
        qint64 followUps = 0;
        qint64 checkIns = 0;
        qint64 concerns = 0;
        qint64 reviews = 0;
        qint64 allocations = 0;
        qint64 mentors = 0;
        qint64 statusChanges = 0;
        qint64 shadowing = 0;
        qint64 training = 0;
        qint64 supervisions = 0;
        qint64 total() const;
        QList<std::pair<QString, qint64>> rows() const; // (label for people, count)
        QJsonObject toJson() const;
    };
    struct Plan {
        int years = 0;
        QDate cutoff; // records that ended before this day go
        Counts counts;
        bool vacuumed = false; // after purge(): the files were compacted
    };

    // What purge() would delete now; writes nothing. InvalidInput when
    // retention is off.
    Result<Plan> preview(const ProgressCallback& progress = {});
    // Deletes for real. Cancelling (progress returns false) before the
    // commit leaves everything as it was.
    Result<Plan> purge(const ProgressCallback& progress = {});

private:
    struct Selection;
    Result<Plan> plan(QSqlDatabase db, Selection* selection, const ProgressCallback& progress) const;

    UserSession& m_session;
};

} // namespace wingmate
