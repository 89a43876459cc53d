// wingmate-cli user: staff accounts.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "domain/UserRole.h"
#include "services/AccountService.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <optional>

namespace wingmate::cli {

namespace {

std::optional<UserRole> parseRole(const QString& text)
{
    const QString key = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("nurse"))
        return UserRole::MentalHealthNurse;
    if (key == QLatin1String("admin"))
        return UserRole::Administrator;
    if (key == QLatin1String("worker"))
        return UserRole::SupportWorker;
    return roleFromKey(key);
}

class UserCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override
    {
        return tr(
            "Manage staff accounts (administrators): user list | add NAME --display-name TEXT --role ROLE | "
            "disable NAME | enable NAME | reset-password NAME | set-role NAME ROLE.");
    }
    QString syntax() const override
    {
        return QStringLiteral(
            "list | add NAME | disable NAME | enable NAME | reset-password NAME | set-role NAME ROLE");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault user add a.patel --display-name "
                              "\"Asha Patel\" --role nurse --user j.smith");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
            { QStringLiteral("display-name"), tr("The person's full name."), QStringLiteral("TEXT") },
            { QStringLiteral("role"), tr("support_worker, mental_health_nurse or administrator."),
                QStringLiteral("ROLE") },
        };
    }
    int run(CliContext& ctx) override;
};

int UserCommand::run(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    const QString action = args.value(0);
    static const QStringList actions { QStringLiteral("list"), QStringLiteral("add"),
        QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("reset-password"),
        QStringLiteral("set-role") };
    if (!actions.contains(action))
        return ctx.usageError(
            tr("Say what to do with accounts: %1.").arg(actions.join(QStringLiteral(", "))));
    const int wanted = action == QLatin1String("list") ? 1 : action == QLatin1String("set-role") ? 3 : 2;
    if (args.size() != wanted)
        return ctx.usageError(tr("Wrong number of arguments for user %1.").arg(action));
    std::optional<UserRole> role;
    if (action == QLatin1String("add") || action == QLatin1String("set-role")) {
        const QString roleText
            = action == QLatin1String("add") ? ctx.value(QStringLiteral("role")) : args.value(2);
        role = parseRole(roleText);
        if (!role) {
            return ctx.fail(Status::failure(ErrorCode::InvalidInput,
                tr("The role must be support_worker, mental_health_nurse or administrator.")));
        }
    }
    Result<std::unique_ptr<UserSession>> session = ctx.signIn();
    if (!session)
        return ctx.fail(session.status());
    AccountService accounts(**session);
    const QString name = args.value(1);
    const auto printIssued = [&ctx](const AccountService::Issued& issued) {
        ctx.out() << tr("One-time password for %1 (they must change it when they first sign in):")
                         .arg(issued.account.username)
                  << '\n'
                  << "  " << issued.oneTimePassword << Qt::endl;
        return 0;
    };

    if (action == QLatin1String("list")) {
        const Result<QList<UserAccount>> list = accounts.list();
        if (!list)
            return ctx.fail(list.status());
        for (const UserAccount& account : *list) {
            ctx.out() << account.username << '\t' << account.displayName << '\t' << roleKey(account.role)
                      << '\t' << (account.active ? "active" : "disabled") << '\t'
                      << (account.mustChangePassword ? "must-change-password" : "-") << '\t'
                      << (account.lastLoginAt.isValid() ? account.lastLoginAt.toString(Qt::ISODate)
                                                        : QStringLiteral("never"))
                      << '\n';
        }
        ctx.out().flush();
        return 0;
    }
    if (action == QLatin1String("add")) {
        const Result<AccountService::Issued> issued
            = accounts.addUser(name, ctx.value(QStringLiteral("display-name")), *role);
        return issued ? printIssued(*issued) : ctx.fail(issued.status());
    }
    if (action == QLatin1String("disable")) {
        if (Status status = accounts.disableUser(name); !status)
            return ctx.fail(status);
        ctx.out() << tr("Disabled %1 and removed their key slot.").arg(name) << '\n'
                  << tr("If they might have a copy of the vault, also change its key: wingmate-cli --vault "
                        "DIR rotate-key --user %1")
                         .arg((*session)->user().username)
                  << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("enable")) {
        const Result<AccountService::Issued> issued = accounts.enableUser(name);
        return issued ? printIssued(*issued) : ctx.fail(issued.status());
    }
    if (action == QLatin1String("reset-password")) {
        const Result<AccountService::Issued> issued = accounts.resetPassword(name);
        return issued ? printIssued(*issued) : ctx.fail(issued.status());
    }
    if (Status status = accounts.setRole(name, *role); !status)
        return ctx.fail(status);
    ctx.out() << tr("%1 is now a %2.").arg(name, roleDisplayName(*role).toLower()) << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeUserCommand()
{
    return std::make_unique<UserCommand>();
}

} // namespace wingmate::cli
