// wingmate-cli rotate-key: a new database key under every slot.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace wingmate::cli {

namespace {

class RotateKeyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("rotate-key"); }
    QString summary() const override { return tr("Re-encrypt the vault under a new key (administrators)."); }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault rotate-key --user j.smith");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
        };
    }
    int run(CliContext& ctx) override;
};

int RotateKeyCommand::run(CliContext& ctx)
{
    Result<std::unique_ptr<UserSession>> session = ctx.signIn();
    if (!session)
        return ctx.fail(session.status());
    if (Status status = (*session)->rotateKey(); !status)
        return ctx.fail(status);
    ctx.out() << tr(
        "The vault has a new key. Everyone's password still works; the recovery code is unchanged.")
              << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeRotateKeyCommand()
{
    return std::make_unique<RotateKeyCommand>();
}

} // namespace wingmate::cli
