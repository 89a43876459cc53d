// wingmate-cli transfer: one prisoner's records to or from another establishment.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"
#include "platform/Platform.h"
#include "services/UserSession.h"
#include "transfer/TransferService.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>

namespace wingmate::cli {

namespace {

class TransferCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("transfer"); }
    QString summary() const override
    {
        return tr("Move one prisoner's records to another establishment: transfer export | import. With "
                  "--password-stdin, "
                  "import reads the password from the first line of standard input and the transfer code "
                  "from the second.");
    }
    QString syntax() const override { return QStringLiteral("export | import"); }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault transfer export --prison-number "
                              "A1234BC --to \"HMP Elsewhere\" --out a1234bc.wmtransfer --user j.smith");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
            { QStringLiteral("prison-number"), tr("export: whose records (e.g. A1234BC)."),
                QStringLiteral("X") },
            { QStringLiteral("to"), tr("export: the receiving establishment."), QStringLiteral("NAME") },
            CliContext::outOption(tr("export: the package file to write.")),
            CliContext::forceOption(),
            { QStringLiteral("from"), tr("import: the package file to read."), QStringLiteral("FILE") },
            { QStringLiteral("dry-run"), tr("import: only show what would be imported and any conflicts.") },
        };
    }
    int run(CliContext& ctx) override;
};

int TransferCommand::run(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    const QString action = args.value(0);
    if (args.size() != 1 || (action != QLatin1String("export") && action != QLatin1String("import")))
        return ctx.usageError(tr("Say transfer export or transfer import."));
    if (action == QLatin1String("export")) {
        const QString number = ctx.value(QStringLiteral("prison-number"));
        const QString destination = ctx.value(QStringLiteral("to"));
        const QString out = ctx.value(QStringLiteral("out"));
        if (number.isEmpty() || destination.isEmpty() || out.isEmpty())
            return ctx.usageError(
                tr("Say whose records, where to, and which file: --prison-number X --to \"HMP "
                   "Name\" --out FILE."));
        if (Status status = ctx.checkOut(out); !status)
            return ctx.fail(status);
        Result<std::unique_ptr<UserSession>> session = ctx.signIn();
        if (!session)
            return ctx.fail(session.status());
        TerminalProgress line(ctx.err(), tr("Making the transfer package"));
        const Result<TransferService::Exported> exported = TransferService(**session).exportPackage(
            number, destination, out, line.callback(), ctx.existingFile());
        line.finish();
        if (!exported)
            return ctx.fail(exported.status());
        ctx.out()
            << tr("Wrote the transfer package for %1 (%2) to %3 for %4:")
                   .arg(exported->prisonNumber, exported->fullName,
                       QDir::toNativeSeparators(QDir::current().absoluteFilePath(out)), destination.trimmed())
            << '\n'
            << CliContext::countLines(exported->counts.rows())
            << tr("Transfer code (shown only this once; send it to the receiving establishment separately "
                  "from the file):")
            << '\n'
            << "  " << exported->code << Qt::endl;
        return 0;
    }

    const QString from = ctx.value(QStringLiteral("from"));
    if (from.isEmpty())
        return ctx.usageError(tr("Say which package to import with --from FILE."));
    Result<std::unique_ptr<UserSession>> signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.status());
    UserSession& session = **signedIn;
    if (Status status = session.require(Operation::TransferRecords); !status)
        return ctx.fail(status);
    // The code: the line after the password with --password-stdin, else
    // asked for on the terminal.
    QString code;
    if (ctx.isSet(QStringLiteral("password-stdin"))) {
        Result<QString> line = ctx.readSecretLine(
            tr("No transfer code was given on the second line of standard input."), true);
        if (!line)
            return ctx.fail(line.status());
        code = line.take();
    } else if (!platform::readHiddenLine(tr("Transfer code: "), &code)) {
        return ctx.fail(Status::failure(ErrorCode::Usage, tr("No transfer code was entered.")));
    }
    const Result<TransferPayload> payload
        = TransferService::open(QDir::current().absoluteFilePath(from), code);
    if (!payload)
        return ctx.fail(payload.status());
    TransferService transfers(session);
    const Result<TransferService::Preview> preview = transfers.preview(*payload);
    if (!preview)
        return ctx.fail(preview.status());
    ctx.out() << tr("Package from %1 to %2, made %3 by %4.")
                     .arg(preview->source.isEmpty() ? tr("an unnamed establishment") : preview->source,
                         preview->destination,
                         preview->exportedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         preview->exportedBy)
              << '\n'
              << tr("Prisoner: %1 %2 (%3)")
                     .arg(preview->prisonNumber, preview->fullName,
                         preview->existingPrisonerId ? tr("already recorded here")
                                                     : tr("new here; will be added"))
              << '\n'
              << CliContext::countLines(preview->counts.rows());
    if (!preview->conflicts.isEmpty()) {
        ctx.out() << tr("Conflicts (nothing can be imported until they are resolved):") << '\n';
        for (const QString& conflict : preview->conflicts)
            ctx.out() << "  " << conflict << '\n';
        ctx.out().flush();
        return ctx.fail(Status::failure(ErrorCode::InvalidInput,
            tr("Nothing was imported, because the package conflicts with this vault.")));
    }
    if (ctx.isSet(QStringLiteral("dry-run"))) {
        ctx.out() << tr("Dry run: nothing was imported.") << Qt::endl;
        return 0;
    }
    TerminalProgress line(ctx.err(), tr("Importing"));
    const Result<TransferService::Preview> imported = transfers.importPayload(*payload, line.callback());
    line.finish();
    if (!imported)
        return ctx.fail(imported.status());
    ctx.out() << tr("Imported %1 records for %2 from %3.")
                     .arg(imported->counts.total())
                     .arg(imported->prisonNumber,
                         imported->source.isEmpty() ? tr("an unnamed establishment") : imported->source)
              << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeTransferCommand()
{
    return std::make_unique<TransferCommand>();
}

} // namespace wingmate::cli
