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
    PrintRecords,       // a PDF of a leaving prisoner's record (a disclosure; see below)
    PrintInCustody,     // a PDF of the record of a prisoner still in custody (a disclosure)
    BackupVault,        // a backup by hand (automatic backups run for anyone signed in)
    RestoreVault,
    TransferRecords,    // transfer packages in, and out for a leaving prisoner (a disclosure)
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
// | PrintInCustody      | -              | -                   | yes           |
// | BackupVault         | yes            | yes                 | yes           |
// | RestoreVault        | -              | -                   | yes           |
// | TransferRecords     | yes            | -                   | yes           |
// | PurgeRecords        | -              | -                   | yes           |
//
// The same table is in the README; a test checks the two agree.
//
// Identifiable data leaves the vault only through ExportIdentifiable (named
// rows), ViewAuditLog (the audit trail to a file), PrintRecords or
// PrintInCustody (a PDF of one prisoner's record) and TransferRecords (a
// transfer package), and each is audited as a disclosure (see
// audit/Disclosure.h). The two that concern one prisoner also depend on
// whether the prisoner is recorded as leaving, that is transferred or
// released (PrisonerService::recordedAsLeaving: their status, or the
// closure of their latest mentee episode or mentor record):
// - a transfer package is made only for a prisoner recorded as leaving,
//   whatever the role;
// - a PDF of a prisoner recorded as leaving needs PrintRecords (the handover
//   summary and the training record are made for them), of a prisoner still
//   in custody PrintInCustody.
class Permissions {
public:
    static bool allows(UserRole role, Operation operation);
    // Success, or ErrorCode::Forbidden with a sentence naming the role.
    static Status require(UserRole role, Operation operation);
    // For the disclosures of one prisoner's records (PrintRecords,
    // TransferRecords): the role's permission and the rule above, given
    // whether the prisoner is recorded as leaving. Success, or
    // ErrorCode::Forbidden with a sentence saying why. Any other operation:
    // as require(). (PrisonerService::requireDisclosure asks it for a
    // prisoner.)
    static Status requireForPrisoner(UserRole role, Operation operation, bool leaving);

    static QList<Operation> allOperations();
    static QString operationName(Operation operation);      // stable key, e.g. "ManageUsers"
    static QString operationDescription(Operation operation); // for people, translated
};

} // namespace wingmate
