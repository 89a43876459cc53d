// wingmate-cli init: a new vault and its first administrator.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "security/KeyDerivation.h"
#include "security/WipeSecret.h"
#include "services/UserSession.h"
#include "storage/Vault.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>

namespace wingmate::cli {

namespace {

class InitCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Create a new vault with its first administrator."); }
    QString example() const override
    {
        return QStringLiteral(
            "wingmate-cli --vault /srv/wingmate/vault init --admin j.smith --display-name \"Jo Smith\"");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("admin"), tr("Username of the first administrator."), QStringLiteral("NAME") },
            { QStringLiteral("display-name"), tr("The administrator's full name."), QStringLiteral("TEXT") },
            CliContext::passwordStdinOption(),
        };
    }
    int run(CliContext& ctx) override;
};

int InitCommand::run(CliContext& ctx)
{
    const Result<QString> dir = ctx.vaultDirectory();
    if (!dir)
        return ctx.fail(dir.status());
    const QString admin = ctx.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return ctx.usageError(tr("Name the first administrator with --admin NAME."));
    Result<QString> password = ctx.readPassword(tr("New password for %1: ").arg(admin), true);
    if (!password)
        return ctx.fail(password.status());

    Vault::CreateOptions options;
    options.adminUsername = admin;
    options.adminDisplayName = ctx.value(QStringLiteral("display-name"));
    options.password = password.take();
    options.kdf = KdfParams::forNewSlots();
    Result<UserSession::Created> created = UserSession::createVault(*dir, options);
    wipeSecret(options.password);
    if (!created)
        return ctx.fail(created.status());
    ctx.out() << tr("Created a vault in %1 with administrator %2.").arg(QDir::toNativeSeparators(*dir), admin)
              << '\n'
              << tr("Recovery code (shown only this once; write it down and keep it locked away):") << '\n'
              << "  " << created->recoveryCode << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace wingmate::cli
