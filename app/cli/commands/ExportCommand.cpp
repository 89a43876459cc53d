// wingmate-cli export: reports, row exports and printed records written to files.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "documents/RecordDocuments.h"
#include "reports/ReportService.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>

namespace wingmate::cli {

namespace {

const QString MonthlyKind = QStringLiteral("monthly");
const QString OutcomesKind = QStringLiteral("outcomes");
const QString SessionsKind = QStringLiteral("sessions");
const QString CheckInsKind = QStringLiteral("checkins");
const QString MenteeSummaryKind = QStringLiteral("mentee-summary");
const QString TrainingRecordKind = QStringLiteral("training-record");

const QStringList Kinds { MonthlyKind, OutcomesKind, SessionsKind, CheckInsKind, MenteeSummaryKind,
    TrainingRecordKind };

class ExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Write a report or records to a file: export monthly | outcomes | sessions | checkins | "
                  "mentee-summary | training-record (PDF).");
    }
    QString syntax() const override
    {
        return QStringLiteral("monthly | outcomes | sessions | checkins | mentee-summary | training-record");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault export monthly --month 2026-11 --out "
                              "return.csv --user j.smith");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
            CliContext::outOption(tr("The file to write.")),
            CliContext::forceOption(),
            { QStringLiteral("month"), tr("The month of the monthly return (YYYY-MM)."),
                QStringLiteral("MONTH") },
            { QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE") },
            { QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE") },
            { QStringLiteral("prison-number"), tr("Whose record to print (mentee-summary, training-record)."),
                QStringLiteral("NUMBER") },
            { QStringLiteral("identifiable"),
                tr("Row exports with names, prison numbers, dates of birth and notes instead of pseudonyms "
                   "(administrators only; recorded as a disclosure).") },
        };
    }
    int run(CliContext& ctx) override;

private:
    static int printRecord(CliContext& ctx, bool menteeSummary, const QString& out);
};

int ExportCommand::run(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    const QString kind = args.value(0);
    if (args.size() != 1 || !Kinds.contains(kind))
        return ctx.usageError(tr("Say what to export: %1.").arg(Kinds.join(QStringLiteral(", "))));
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(tr("Say where to write the export with --out FILE."));
    const bool identifiable = ctx.isSet(QStringLiteral("identifiable"));
    if (identifiable && kind != SessionsKind && kind != CheckInsKind)
        return ctx.usageError(tr("--identifiable is only for the sessions and checkins exports."));

    if (kind == MenteeSummaryKind || kind == TrainingRecordKind)
        return printRecord(ctx, kind == MenteeSummaryKind, out);

    QDate month;
    QDate from;
    QDate to;
    if (kind == MonthlyKind) {
        const QString text = ctx.value(QStringLiteral("month"));
        if (text.isEmpty())
            return ctx.usageError(tr("Say which month with --month YYYY-MM."));
        month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid() || text.size() != 7)
            return ctx.fail(Status::failure(
                ErrorCode::InvalidInput, tr("--month must be a month written like 2026-01.")));
    } else {
        if (!ctx.isSet(QStringLiteral("from")) || !ctx.isSet(QStringLiteral("to")))
            return ctx.usageError(tr("Say which period with --from DATE --to DATE."));
        const Result<QDate> first = ctx.dateOption(QStringLiteral("from"));
        if (!first)
            return ctx.fail(first.status());
        const Result<QDate> last = ctx.dateOption(QStringLiteral("to"));
        if (!last)
            return ctx.fail(last.status());
        from = *first;
        to = *last;
    }

    Result<std::unique_ptr<UserSession>> session = ctx.signIn();
    if (!session)
        return ctx.fail(session.status());
    ReportService reports(**session);
    Result<ReportService::Exported> exported = Status::failure(ErrorCode::Usage, {});
    if (kind == MonthlyKind)
        exported = reports.exportMonthlyReturn(month, out, ctx.existingFile());
    else if (kind == OutcomesKind)
        exported = reports.exportOutcomes(from, to, out, ctx.existingFile());
    else
        exported
            = reports.exportRows(kind == SessionsKind ? RowExport::Kind::Sessions : RowExport::Kind::CheckIns,
                from, to, out, identifiable, ctx.existingFile());
    if (!exported)
        return ctx.fail(exported.status());
    ctx.out()
        << tr("Wrote %n row(s) to %1.", nullptr, exported->rows).arg(QDir::toNativeSeparators(exported->path))
        << Qt::endl;
    if (identifiable) {
        ctx.out() << tr(
            "This file names people: keep it safe, share it only as your establishment's rules allow, "
            "and delete it when it is no longer needed.")
                  << Qt::endl;
    }
    return 0;
}

int ExportCommand::printRecord(CliContext& ctx, bool menteeSummary, const QString& out)
{
    const QString number = ctx.value(QStringLiteral("prison-number"));
    if (number.isEmpty())
        return ctx.usageError(tr("Say whose record to print with --prison-number NUMBER."));
    Result<std::unique_ptr<UserSession>> session = ctx.signIn();
    if (!session)
        return ctx.fail(session.status());
    RecordDocuments documents(**session);
    const Result<RecordDocuments::Written> written = menteeSummary
        ? documents.writeMenteeSummary(number, out, ctx.existingFile())
        : documents.writeTrainingRecord(number, out, ctx.existingFile());
    if (!written)
        return ctx.fail(written.status());
    ctx.out()
        << tr("Wrote %n page(s) to %1.", nullptr, written->pages).arg(QDir::toNativeSeparators(written->path))
        << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace wingmate::cli
