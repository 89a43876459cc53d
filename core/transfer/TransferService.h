#pragma once

#include "Progress.h"
#include "Status.h"
#include "services/UserSession.h"
#include "storage/AtomicFile.h"
#include "transfer/TransferPayload.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <functional>

namespace wingmate {

// Transfer packages: when a prisoner moves to another establishment, their
// mentee episodes and mentor records leave this vault as an encrypted file
// (TransferPackage) opened with a one-time code, and arrive in the receiving
// wing's vault. Both ends need Operation::TransferRecords.
//
// Export is a disclosure: it is made only for a prisoner recorded as
// transferred or released (PrisonerService::requireDisclosure; anyone else is
// refused with ErrorCode::Forbidden and no file), and audited as one
// (audit/Disclosure.h, with the destination and the counts) in the same
// transaction that writes the file; the records here are left as they are.
// Import is matched by prison number and refused, with nothing written,
// while anything conflicts; it is one transaction with its audit event
// (naming the source).
class TransferService {
    Q_DECLARE_TR_FUNCTIONS(TransferService)
public:
    explicit TransferService(UserSession& session);

    struct Exported {
        QString code; // shown once; never stored
        QString prisonNumber;
        QString fullName;
        TransferPayload::Counts counts;
    };
    // Writes the package for the prisoner with this number to path
    // (atomically) and returns the code that opens it.
    Result<Exported> exportPackage(const QString& prisonNumber, const QString& destination,
        const QString& path, const ProgressCallback& progress = {},
        ExistingFile existing = ExistingFile::Refuse);

    // What a package holds and what importing it would do.
    struct Preview {
        QString source;
        QString destination;
        QDateTime exportedAt;
        QString exportedBy;
        QString prisonNumber;
        QString fullName;
        QDate dateOfBirth;
        qint64 existingPrisonerId = 0; // 0: the prisoner would be added
        TransferPayload::Counts counts;
        QStringList conflicts; // each a sentence; import is refused while any remain
    };
    // Opens and checks the package and compares it with this vault; writes
    // nothing (not even an audit event).
    Result<Preview> preview(const QString& path, const QString& code);
    // Imports in one transaction. ErrorCode::InvalidInput listing the
    // conflicts when there are any; ErrorCode::Damaged for a wrong code or a
    // damaged, tampered or foreign file.
    Result<Preview> importPackage(
        const QString& path, const QString& code, const ProgressCallback& progress = {});
    // The same for a package already opened with open(), so a front end
    // that previews first derives the key only once.
    Result<Preview> preview(const TransferPayload& payload);
    Result<Preview> importPayload(const TransferPayload& payload, const ProgressCallback& progress = {});

    // Reads and decrypts a package file (no vault needed).
    static Result<TransferPayload> open(const QString& path, const QString& code);

private:
    Result<Preview> compare(QSqlDatabase db, const TransferPayload& payload) const;
    QDate today() const;

    UserSession& m_session;
};

} // namespace wingmate
