#pragma once

#include "Status.h"
#include "domain/Mentor.h"
#include "domain/Prisoner.h"
#include "services/MentorService.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>

namespace wingmate {

// Read-only views of mentors for the GUI and the mentee side: one mentor's
// whole record, the list for the Mentors page, and a mentor's current load.
// Reads need ViewRecords; nothing here writes.
class MentorRecordQuery {
    Q_DECLARE_TR_FUNCTIONS(MentorRecordQuery)
public:
    // A mentee the mentor is allocated to now.
    struct CurrentMentee {
        qint64 allocationId = 0;
        qint64 episodeId = 0;
        qint64 prisonerId = 0;
        QString fullName;
        QString prisonNumber;
        QString episodeStatus; // stored key: referred or active
        QDate allocatedOn;
    };

    struct Record {
        Mentor mentor;
        Prisoner prisoner;
        QList<Mentor::StatusChange> history; // oldest first
        MentorService::Readiness readiness;
        QList<ShadowingPeriod> shadowing;
        QList<TrainingRecord> training;
        QList<Supervision> supervisions; // newest first
        QList<CurrentMentee> mentees;
        int sessionsDelivered = 0;
        int minutesDelivered = 0;
    };

    // One row of the Mentors page.
    struct ListEntry {
        qint64 mentorId = 0;
        qint64 prisonerId = 0;
        QString fullName;
        QString prisonNumber;
        MentorStatus status = MentorStatus::Applied;
        Mentor::PathwayTier pathwayTier = Mentor::PathwayTier::PeerMentor;
        int capacity = 0;
        int currentMentees = 0;
    };

    // Current allocations against capacity, for allocating mentees.
    struct Load {
        int current = 0;
        int capacity = 0;
        bool atCapacity() const { return current >= capacity; }
        int free() const { return capacity > current ? capacity - current : 0; }
    };

    explicit MentorRecordQuery(UserSession& session);

    Result<Record> record(qint64 mentorId) const;
    // Mentors by name; those who left only when asked for.
    Result<QList<ListEntry>> list(bool includeLeft = false) const;
    Result<Load> activeMentorLoad(qint64 mentorId) const;

private:
    Result<QSqlQuery> read(const QString& sql, const QVariantList& values) const;

    UserSession& m_session;
};

} // namespace wingmate
