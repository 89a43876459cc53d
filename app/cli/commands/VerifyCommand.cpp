// wingmate-cli verify: the integrity check, the audit trail and the records against it.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "services/UserSession.h"
#include "services/VerifyReport.h"
#include "storage/Vault.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace wingmate::cli {

namespace {

class VerifyCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return tr("Unlock the vault and check that nothing in it is damaged.");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault verify --user j.smith");
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

int VerifyCommand::run(CliContext& ctx)
{
    // A damaged vault is reported before the sign-in is recorded in it.
    Result<std::unique_ptr<UserSession>> session
        = ctx.signIn(true, nullptr, UserSession::Check::IntegrityFirst);
    if (!session)
        return ctx.fail(session.status());
    if (Status status = (*session)->verify(); !status)
        return ctx.fail(status);
    ctx.out() << verifiedSummary() << Qt::endl;
    const QStringList weak = (*session)->vault().weakSlots();
    if (!weak.isEmpty()) {
        ctx.out() << tr(
            "Warning: these key slots are weak (cheaper to guess than Wingmate allows); give them a new "
            "password: %1.")
                         .arg(weak.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace wingmate::cli
