#include "services/Permissions.h"

#include <QCoreApplication>

namespace wingmate {

namespace {

struct Row {
    Operation operation;
    const char* name;
    const char* description;
    bool supportWorker;
    bool nurse;
    bool administrator;
};

// The matrix itself. Keep it in step with the table in Permissions.h and the
// README.
constexpr Row Matrix[] = {
    { Operation::ChangeOwnPassword, "ChangeOwnPassword", QT_TRANSLATE_NOOP("Permissions", "change your own password"), true, true, true },
    { Operation::VerifyVault, "VerifyVault", QT_TRANSLATE_NOOP("Permissions", "check the vault for damage"), true, true, true },
    { Operation::ViewSettings, "ViewSettings", QT_TRANSLATE_NOOP("Permissions", "see the wing's settings"), true, true, true },
    { Operation::ChangeSettings, "ChangeSettings", QT_TRANSLATE_NOOP("Permissions", "change the wing's settings"), false, false, true },
    { Operation::ManageUsers, "ManageUsers", QT_TRANSLATE_NOOP("Permissions", "manage staff accounts"), false, false, true },
    { Operation::RotateKey, "RotateKey", QT_TRANSLATE_NOOP("Permissions", "change the vault's encryption key"), false, false, true },
    { Operation::ViewAuditLog, "ViewAuditLog", QT_TRANSLATE_NOOP("Permissions", "read the audit trail"), false, false, true },
    { Operation::ViewRecords, "ViewRecords", QT_TRANSLATE_NOOP("Permissions", "see the scheme's records"), true, true, true },
    { Operation::EditPrisoners, "EditPrisoners", QT_TRANSLATE_NOOP("Permissions", "add or change prisoners"), true, true, true },
    { Operation::DeleteRecords, "DeleteRecords", QT_TRANSLATE_NOOP("Permissions", "delete records"), false, false, true },
    { Operation::ManageMentors, "ManageMentors", QT_TRANSLATE_NOOP("Permissions", "record mentors' applications, shadowing, training and supervision"), true, true, true },
    { Operation::RecordClearance, "RecordClearance", QT_TRANSLATE_NOOP("Permissions", "record governor approval and security clearance"), true, false, true },
    { Operation::OverrideCapacity, "OverrideCapacity", QT_TRANSLATE_NOOP("Permissions", "allocate a mentor beyond their capacity"), false, true, true },
    { Operation::ManageMentees, "ManageMentees", QT_TRANSLATE_NOOP("Permissions", "record referrals and manage mentees' episodes"), true, true, true },
    { Operation::RecordSessions, "RecordSessions", QT_TRANSLATE_NOOP("Permissions", "record sessions"), true, true, true },
    { Operation::RecordCheckIns, "RecordCheckIns", QT_TRANSLATE_NOOP("Permissions", "record wellbeing check-ins"), true, true, true },
    { Operation::ReviewConcerns, "ReviewConcerns", QT_TRANSLATE_NOOP("Permissions", "review concerns (a mental health nurse does this)"), false, true, false },
    { Operation::AmendClosedEpisode, "AmendClosedEpisode", QT_TRANSLATE_NOOP("Permissions", "change a closed episode"), false, false, true },
    { Operation::ViewReports, "ViewReports", QT_TRANSLATE_NOOP("Permissions", "see the wing's figures"), true, true, true },
    { Operation::ExportReports, "ExportReports", QT_TRANSLATE_NOOP("Permissions", "export returns, reports and pseudonymised records"), false, true, true },
    { Operation::ExportIdentifiable, "ExportIdentifiable", QT_TRANSLATE_NOOP("Permissions", "export records that identify people"), false, false, true },
    { Operation::PrintRecords, "PrintRecords", QT_TRANSLATE_NOOP("Permissions", "print the handover summary or training record of a prisoner who is transferred or released"), true, true, true },
    { Operation::PrintInCustody, "PrintInCustody", QT_TRANSLATE_NOOP("Permissions", "print the summary or training record of a prisoner still in custody"), false, false, true },
    { Operation::BackupVault, "BackupVault", QT_TRANSLATE_NOOP("Permissions", "back up the vault"), true, true, true },
    { Operation::RestoreVault, "RestoreVault", QT_TRANSLATE_NOOP("Permissions", "restore the vault from a backup"), false, false, true },
    { Operation::TransferRecords, "TransferRecords", QT_TRANSLATE_NOOP("Permissions", "transfer records to or from another establishment"), true, false, true },
    { Operation::PurgeRecords, "PurgeRecords", QT_TRANSLATE_NOOP("Permissions", "delete records past the retention period"), false, false, true },
};

const Row& row(Operation operation)
{
    for (const Row& r : Matrix) {
        if (r.operation == operation)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

bool Permissions::allows(UserRole role, Operation operation)
{
    const Row& r = row(operation);
    switch (role) {
    case UserRole::SupportWorker:
        return r.supportWorker;
    case UserRole::MentalHealthNurse:
        return r.nurse;
    case UserRole::Administrator:
        return r.administrator;
    }
    return false;
}

Status Permissions::require(UserRole role, Operation operation)
{
    if (allows(role, operation))
        return Status::success();
    return Status::failure(ErrorCode::Forbidden,
        QCoreApplication::translate("Permissions", "A %1 may not %2.")
            .arg(roleDisplayName(role).toLower(), operationDescription(operation)));
}

Status Permissions::requireForPrisoner(UserRole role, Operation operation, bool leaving)
{
    switch (operation) {
    case Operation::TransferRecords:
        if (Status s = require(role, operation); !s)
            return s;
        if (!leaving) {
            return Status::failure(ErrorCode::Forbidden,
                QCoreApplication::translate("Permissions",
                    "A transfer package is made only for a prisoner recorded as transferred or released: "
                    "record the move first (the prisoner's status, or the closure of their episode)."),
                QStringLiteral("prisoner not recorded as leaving"));
        }
        return Status::success();
    case Operation::PrintRecords:
    case Operation::PrintInCustody:
        if (leaving)
            return require(role, Operation::PrintRecords);
        if (allows(role, Operation::PrintInCustody))
            return Status::success();
        return Status::failure(ErrorCode::Forbidden,
            QCoreApplication::translate("Permissions",
                "A %1 may print a record only for a prisoner recorded as transferred or released; "
                "this prisoner is still in custody.")
                .arg(roleDisplayName(role).toLower()),
            QStringLiteral("prisoner not recorded as leaving"));
    default:
        return require(role, operation);
    }
}

QList<Operation> Permissions::allOperations()
{
    QList<Operation> all;
    for (const Row& r : Matrix)
        all.append(r.operation);
    return all;
}

QString Permissions::operationName(Operation operation) { return QString::fromLatin1(row(operation).name); }

QString Permissions::operationDescription(Operation operation)
{
    return QCoreApplication::translate("Permissions", row(operation).description);
}

} // namespace wingmate
