#pragma once

#include "Status.h"
#include "domain/Prisoner.h"
#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QString>

namespace wingmate {

class UserSession;

// Printable records as PDF: a mentee's summary for handover when they are
// transferred or released, and a mentor's training record that the mentor
// can take with them. Needs Qt Gui (QPdfWriter, QTextDocument), so it is a
// library of its own beside the core; a program using it needs a
// QGuiApplication (the command line starts one on the offscreen platform).
//
// Each is a disclosure of identifiable data: it needs PrintRecords for a
// prisoner recorded as transferred or released and PrintInCustody for one
// still in custody (PrisonerService::requireDisclosure; the HTML as well), is
// written atomically and is audited as a disclosure (AuditAction::Export
// with the details of audit/Disclosure.h, the destination and the number of
// pages) in the same transaction; a file the audit trail does not record is
// removed.
class RecordDocuments {
    Q_DECLARE_TR_FUNCTIONS(RecordDocuments)
public:
    struct Written {
        QString path; // absolute
        int pages = 0;
    };

    explicit RecordDocuments(UserSession& session);

    Result<Written> writeMenteeSummary(
        const QString& prisonNumber, const QString& path, ExistingFile existing = ExistingFile::Refuse);
    Result<Written> writeTrainingRecord(
        const QString& prisonNumber, const QString& path, ExistingFile existing = ExistingFile::Refuse);

    // The documents as HTML before layout, for checking their content.
    Result<QString> menteeSummaryHtml(const QString& prisonNumber);
    Result<QString> trainingRecordHtml(const QString& prisonNumber);

private:
    // The prisoner with this number, if this user may print their record
    // (PrisonerService::requireDisclosure with PrintRecords).
    Result<Prisoner> printable(const QString& prisonNumber);
    Result<Written> write(const QString& what, qint64 prisonerId, const QString& path, const QString& title,
        const QString& html, ExistingFile existing);

    UserSession& m_session;
};

} // namespace wingmate
