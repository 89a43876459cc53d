#pragma once

#include "Status.h"
#include "domain/Mentor.h"
#include "domain/Prisoner.h"
#include "services/MentorService.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QList>

namespace wingmate {

class RecordDocuments;

// Read-only views of mentors for the GUI and the mentee side: one mentor's
// whole record, the list for the Mentors page, a mentor's current mentees
// and load. Reads need ViewRecords. Reading a mentor's whole record is
// viewing it, so it is audited like a mentee's timeline; the list, the
// current mentees and the load only name people for lists and pickers, and
// are not.
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

    // The record, shown only once its viewing is on the audit trail.
    Result<Record> record(qint64 mentorId) const;
    // Mentors by name; those who left only when asked for.
    Result<QList<ListEntry>> list(bool includeLeft = false) const;
    // Whom the mentor is allocated to now, by name.
    Result<QList<CurrentMentee>> currentMentees(qint64 mentorId) const;
    Result<Load> activeMentorLoad(qint64 mentorId) const;

private:
    // The record without its audit event. Only record() shows it to people;
    // the printed training record is audited as its export instead.
    friend class RecordDocuments;
    Result<Record> load(qint64 mentorId) const;
    Result<QSqlQuery> read(const QString& sql, const QVariantList& values) const;

    UserSession& m_session;
};

} // namespace wingmate
