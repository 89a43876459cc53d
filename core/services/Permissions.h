#pragma once

#include "Status.h"
#include "domain/UserRole.h"

#include <QList>
#include <QString>

namespace wingmate {

// Everything a signed-in user can ask Wingmate to do that a role may be
// refused. Services check the matrix below before each one; the front ends
// only ask (Permissions::allows) to decide what to offer.
enum class Operation {
    ChangeOwnPassword,
    VerifyVault,
    ViewSettings,
    ChangeSettings,
    ManageUsers,   // add, disable, enable, change role, reset password
    RotateKey,
    ViewAuditLog,
    ViewRecords,   // caseload, mentee and mentor records, search
    EditPrisoners, // add and change prisoners
    DeleteRecords, // soft delete, with a reason
    ManageMentors,     // applications, status changes, shadowing, training, supervision
    RecordClearance,   // governor approval and security clearance
    OverrideCapacity,  // allocate beyond a mentor's capacity, with a reason
    ManageMentees,     // referrals, consent, baseline, allocation, ACCT flag, closing
    RecordSessions,
    RecordCheckIns,
    ReviewConcerns,    // the mental health team's review of a raised concern
    AmendClosedEpisode, // change a closed episode, with a reason
    ViewReports,        // the wing dashboard and outcome figures on screen
    ExportReports,      // monthly return, outcome report, pseudonymised row exports
    ExportIdentifiable, // row exports with names, prison numbers and notes (a disclosure)
    PrintRecords,       // a mentee's handover summary, a mentor's training record
    BackupVault,        // a backup by hand (automatic backups run for anyone signed in)
    RestoreVault,
    TransferRecords,    // transfer packages out to and in from another establishment
    PurgeRecords,       // delete what the retention period no longer allows
};

// The permission matrix: one row per operation, one column per role.
//
// | operation           | support worker | mental health nurse | administrator |
// |---------------------|:--------------:|:-------------------:|:-------------:|
// | ChangeOwnPassword   | yes            | yes                 | yes           |
// | VerifyVault         | yes            | yes                 | yes           |
// | ViewSettings        | yes            | yes                 | yes           |
// | ChangeSettings      | -              | -                   | yes           |
// | ManageUsers         | -              | -                   | yes           |
// | RotateKey           | -              | -                   | yes           |
// | ViewAuditLog        | -              | -                   | yes           |
// | ViewRecords         | yes            | yes                 | yes           |
// | EditPrisoners       | yes            | yes                 | yes           |
// | DeleteRecords       | -              | -                   | yes           |
// | ManageMentors       | yes            | yes                 | yes           |
// | RecordClearance     | yes            | -                   | yes           |
// | OverrideCapacity    | -              | yes                 | yes           |
// | ManageMentees       | yes            | yes                 | yes           |
// | RecordSessions      | yes            | yes                 | yes           |
// | RecordCheckIns      | yes            | yes                 | yes           |
// | ReviewConcerns      | -              | yes                 | -             |
// | AmendClosedEpisode  | -              | -                   | yes           |
// | ViewReports         | yes            | yes                 | yes           |
// | ExportReports       | -              | yes                 | yes           |
// | ExportIdentifiable  | -              | -                   | yes           |
// | PrintRecords        | yes            | yes                 | yes           |
// | BackupVault         | yes            | yes                 | yes           |
// | RestoreVault        | -              | -                   | yes           |
// | TransferRecords     | yes            | -                   | yes           |
// | PurgeRecords        | -              | -                   | yes           |
//
// The same table is in the README; a test checks the two agree.
class Permissions {
public:
    static bool allows(UserRole role, Operation operation);
    // Success, or ErrorCode::Forbidden with a sentence naming the role.
    static Status require(UserRole role, Operation operation);

    static QList<Operation> allOperations();
    static QString operationName(Operation operation);      // stable key, e.g. "ManageUsers"
    static QString operationDescription(Operation operation); // for people, translated
};

} // namespace wingmate
