// wingmate-cli accept-older-copy: an administrator accepts a vault put back from an older copy.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace wingmate::cli {

namespace {

class AcceptOlderCopyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("accept-older-copy"); }
    QString summary() const override
    {
        return tr("Accept a vault put back by hand from an older copy, on purpose (administrators).");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault accept-older-copy --user j.smith");
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

int AcceptOlderCopyCommand::run(CliContext& ctx)
{
    Result<std::unique_ptr<UserSession>> session
        = ctx.signIn(false, nullptr, UserSession::Check::AcceptOlderCopy);
    if (!session)
        return ctx.fail(session.status());
    const UserSession::AcceptedCopy accepted = (*session)->acceptedOlderCopy();
    if (!accepted.accepted) {
        ctx.out() << tr("The vault is not behind any record of it, so there was nothing to accept.")
                  << Qt::endl;
        return 0;
    }
    ctx.out() << tr("Accepted the vault as it is: its audit trail ends at event %1, where a record of it "
                    "showed event %2. "
                    "This has been recorded in the audit trail.")
                     .arg(accepted.vaultSequence)
                     .arg(accepted.recordedSequence)
              << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeAcceptOlderCopyCommand()
{
    return std::make_unique<AcceptOlderCopyCommand>();
}

} // namespace wingmate::cli
