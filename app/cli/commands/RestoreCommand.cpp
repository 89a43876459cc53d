// wingmate-cli restore: the vault put back from a backup, the current one kept aside.

#include "backup/RestoreService.h"
#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace wingmate::cli {

namespace {

class RestoreCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return tr("Restore the vault from a backup file (administrators): restore --from FILE. "
                  "The current vault is kept aside, never deleted.");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault restore --user j.smith --from "
                              "/media/usb/wing.wmbackup");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
            { QStringLiteral("from"), tr("The backup file."), QStringLiteral("FILE") },
            { QStringLiteral("recovery-code-stdin"),
                tr("Read the vault's recovery code from standard input instead of a password.") },
        };
    }
    int run(CliContext& ctx) override;
};

int RestoreCommand::run(CliContext& ctx)
{
    const Result<QString> dir = ctx.vaultDirectory();
    if (!dir)
        return ctx.fail(dir.status());
    const QString from = ctx.value(QStringLiteral("from"));
    if (from.isEmpty())
        return ctx.usageError(tr("Say which backup to restore with --from FILE."));
    RestoreService::Credentials credentials;
    credentials.username = ctx.value(QStringLiteral("user"));
    const bool recovery = ctx.isSet(QStringLiteral("recovery-code-stdin"));
    if (credentials.username.isEmpty() && !recovery)
        return ctx.usageError(tr("Say which administrator is restoring with --user NAME."));
    if (recovery && ctx.isSet(QStringLiteral("password-stdin")))
        return ctx.usageError(tr("Give either --password-stdin or --recovery-code-stdin, not both."));
    if (recovery) {
        Result<QString> code = ctx.readSecretLine(tr("No recovery code was given on standard input."), true);
        if (!code)
            return ctx.fail(code.status());
        credentials.recoveryCode = code.take();
        if (credentials.recoveryCode.isEmpty())
            return ctx.fail(
                Status::failure(ErrorCode::Usage, tr("No recovery code was given on standard input.")));
    } else {
        const Result<QString> password
            = ctx.readPassword(tr("Password for %1: ").arg(credentials.username), false);
        if (!password)
            return ctx.fail(password.status());
        credentials.password = *password;
    }

    TerminalProgress progress(ctx.err());
    const Result<RestoreService::Restored> restored
        = RestoreService::restore(*dir, from, credentials, progress.callback());
    progress.finish();
    if (!restored)
        return ctx.fail(restored.status());
    ctx.out() << tr("Restored the vault in %1 from the backup made %2%3.")
                     .arg(QDir::toNativeSeparators(restored->directory),
                         QLocale::system().toString(
                             restored->backupMadeAt.toLocalTime(), QLocale::ShortFormat),
                         restored->backupMadeBy.isEmpty() ? QString()
                                                          : tr(" by %1").arg(restored->backupMadeBy))
              << Qt::endl;
    if (!restored->keptAside.isEmpty())
        ctx.out() << tr("What was in that folder before is kept, unchanged, in %1.")
                         .arg(QDir::toNativeSeparators(restored->keptAside))
                  << Qt::endl;
    if (!restored->warning.isEmpty())
        ctx.err() << restored->warning << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace wingmate::cli
