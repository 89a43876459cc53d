// wingmate-cli passwd: changing your own password.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "security/WipeSecret.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace wingmate::cli {

namespace {

class PasswdCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("passwd"); }
    QString summary() const override
    {
        return tr(
            "Change your own password (with --password-stdin: current password on line 1, new on line 2).");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault passwd --user j.smith");
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

int PasswdCommand::run(CliContext& ctx)
{
    QString current;
    Result<std::unique_ptr<UserSession>> session = ctx.signIn(true, &current);
    if (!session)
        return ctx.fail(session.status());
    if (Status status = (*session)->require(Operation::ChangeOwnPassword); !status)
        return ctx.fail(status);
    // The current password was the first line; the new one follows.
    Result<QString> read = ctx.readPassword(tr("New password: "), true);
    if (!read) {
        wipeSecret(current);
        return ctx.fail(read.status());
    }
    QString fresh = read.take();
    const Status status = (*session)->changeOwnPassword(current, fresh);
    wipeSecret(current);
    wipeSecret(fresh);
    if (!status)
        return ctx.fail(status);
    ctx.out() << tr("Your password has been changed.") << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makePasswdCommand()
{
    return std::make_unique<PasswdCommand>();
}

} // namespace wingmate::cli
