// wingmate-cli backup: one encrypted, checked backup file.

#include "backup/BackupService.h"
#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace wingmate::cli {

namespace {

class BackupCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return tr("Back up the vault to one encrypted file: backup --out FILE (without --out, into the "
                  "backup folder).");
    }
    QString example() const override
    {
        return QStringLiteral(
            "wingmate-cli --vault /srv/wingmate/vault backup --user j.smith --out /media/usb/wing.wmbackup");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
            CliContext::outOption(),
            CliContext::forceOption(),
        };
    }
    int run(CliContext& ctx) override;
};

int BackupCommand::run(CliContext& ctx)
{
    if (Status status = ctx.checkOut(ctx.value(QStringLiteral("out"))); !status)
        return ctx.fail(status);
    Result<std::unique_ptr<UserSession>> signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.status());
    UserSession& session = **signedIn;
    if (Status status = session.require(Operation::BackupVault); !status)
        return ctx.fail(status);
    BackupService backups(session);
    const QString out = ctx.value(QStringLiteral("out"));
    TerminalProgress progress(ctx.err());
    const Result<BackupService::Made> made = out.isEmpty()
        ? backups.backUpToFolder(BackupService::Trigger::ByHand, progress.callback())
        : backups.backUp(out, progress.callback(), ctx.existingFile());
    progress.finish();
    if (!made)
        return ctx.fail(made.status());
    ctx.out() << tr("Backed up the vault to %1 (%2) and checked that it opens and is intact.")
                     .arg(QDir::toNativeSeparators(made->path),
                         QLocale::system().formattedDataSize(made->bytes))
              << Qt::endl;
    if (!made->removed.isEmpty())
        ctx.out() << tr("Removed %n older backup(s) of this vault from the backup folder.", nullptr,
            int(made->removed.size()))
                  << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace wingmate::cli
