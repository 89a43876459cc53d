// wingmate-cli export: reports and records written to files.

#include "cli/CliApplication.h"

#include "documents/RecordDocuments.h"
#include "reports/ReportService.h"
#include "services/UserSession.h"

#include <QDir>

namespace wingmate::cli {

namespace {

const QString MonthlyKind = QStringLiteral("monthly");
const QString OutcomesKind = QStringLiteral("outcomes");
const QString SessionsKind = QStringLiteral("sessions");
const QString CheckInsKind = QStringLiteral("checkins");

const QString MenteeSummaryKind = QStringLiteral("mentee-summary");
const QString TrainingRecordKind = QStringLiteral("training-record");

const QStringList Kinds { MonthlyKind, OutcomesKind, SessionsKind, CheckInsKind, MenteeSummaryKind, TrainingRecordKind };

} // namespace

void CliApplication::addExportOptions(QCommandLineParser& parser)
{
    parser.addOption({ { QStringLiteral("user"), QStringLiteral("u") }, tr("Your username."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("password-stdin"),
        tr("Read the password from the first line of standard input instead of prompting.") });
    parser.addOption({ { QStringLiteral("out"), QStringLiteral("o") }, tr("The file to write."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("force"),
        tr("Replace the --out file if it already exists (without it, an existing file is left as it was). "
           "Files are always written owner-only and never through a symbolic link.") });
    parser.addOption({ QStringLiteral("month"), tr("The month of the monthly return (YYYY-MM)."), QStringLiteral("MONTH") });
    parser.addOption({ QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("prison-number"),
        tr("Whose record to print (mentee-summary, training-record)."), QStringLiteral("NUMBER") });
    parser.addOption({ QStringLiteral("identifiable"),
        tr("Row exports with names, prison numbers, dates of birth and notes instead of pseudonyms "
           "(administrators only; recorded as a disclosure).") });
}

int CliApplication::runExport()
{
    const QStringList args = commandArguments();
    const QString kind = args.value(0);
    if (args.size() != 1 || !Kinds.contains(kind))
        return usageError(tr("Say what to export: %1.").arg(Kinds.join(QStringLiteral(", "))));
    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(tr("Say where to write the export with --out FILE."));
    const bool identifiable = m_parser.isSet(QStringLiteral("identifiable"));
    if (identifiable && kind != SessionsKind && kind != CheckInsKind)
        return usageError(tr("--identifiable is only for the sessions and checkins exports."));

    if (kind == MenteeSummaryKind || kind == TrainingRecordKind)
        return runPrintRecord(kind == MenteeSummaryKind, out);

    QDate month;
    QDate from;
    QDate to;
    if (kind == MonthlyKind) {
        const QString text = m_parser.value(QStringLiteral("month"));
        if (text.isEmpty())
            return usageError(tr("Say which month with --month YYYY-MM."));
        month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid() || text.size() != 7)
            return fail(Status::failure(ErrorCode::InvalidInput, tr("--month must be a month written like 2026-01.")));
    } else {
        if (!m_parser.isSet(QStringLiteral("from")) || !m_parser.isSet(QStringLiteral("to")))
            return usageError(tr("Say which period with --from DATE --to DATE."));
        const Result<QDate> first = dateOption(QStringLiteral("from"));
        if (!first)
            return fail(first.status());
        const Result<QDate> last = dateOption(QStringLiteral("to"));
        if (!last)
            return fail(last.status());
        from = *first;
        to = *last;
    }

    Result<std::unique_ptr<UserSession>> session = signIn();
    if (!session)
        return fail(session.status());
    ReportService reports(**session);
    Result<ReportService::Exported> exported = Status::failure(ErrorCode::Usage, {});
    if (kind == MonthlyKind)
        exported = reports.exportMonthlyReturn(month, out, existingFile());
    else if (kind == OutcomesKind)
        exported = reports.exportOutcomes(from, to, out, existingFile());
    else
        exported
            = reports.exportRows(kind == SessionsKind ? RowExport::Kind::Sessions : RowExport::Kind::CheckIns,
                from, to, out, identifiable, existingFile());
    if (!exported)
        return fail(exported.status());
    m_out << tr("Wrote %n row(s) to %1.", nullptr, exported->rows).arg(QDir::toNativeSeparators(exported->path))
          << Qt::endl;
    if (identifiable) {
        m_out << tr("This file names people: keep it safe, share it only as your establishment's rules allow, "
                    "and delete it when it is no longer needed.")
              << Qt::endl;
    }
    return 0;
}

int CliApplication::runPrintRecord(bool menteeSummary, const QString& out)
{
    const QString number = m_parser.value(QStringLiteral("prison-number"));
    if (number.isEmpty())
        return usageError(tr("Say whose record to print with --prison-number NUMBER."));
    Result<std::unique_ptr<UserSession>> session = signIn();
    if (!session)
        return fail(session.status());
    RecordDocuments documents(**session);
    const Result<RecordDocuments::Written> written = menteeSummary
        ? documents.writeMenteeSummary(number, out, existingFile())
        : documents.writeTrainingRecord(number, out, existingFile());
    if (!written)
        return fail(written.status());
    m_out << tr("Wrote %n page(s) to %1.", nullptr, written->pages).arg(QDir::toNativeSeparators(written->path)) << Qt::endl;
    return 0;
}

} // namespace wingmate::cli
