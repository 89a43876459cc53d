// wingmate-cli settings: the wing's settings.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "services/UserSession.h"
#include "services/WingSettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace wingmate::cli {

namespace {

class SettingsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override
    {
        return tr("Show the wing's settings, or change one: settings show | set KEY VALUE.");
    }
    QString syntax() const override { return QStringLiteral("show | set KEY VALUE"); }
    QString example() const override
    {
        return QStringLiteral(
            "wingmate-cli --vault /srv/wingmate/vault settings --user j.smith set wing_name -- \"-2 wing\"");
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

int SettingsCommand::run(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    const QString action = args.value(0, QStringLiteral("show"));
    if (action != QLatin1String("show") && action != QLatin1String("set"))
        return ctx.usageError(tr("Say settings show, or settings set KEY VALUE."));
    if ((action == QLatin1String("show") && args.size() > 1)
        || (action == QLatin1String("set") && args.size() != 3))
        return ctx.usageError(tr("Say settings show, or settings set KEY VALUE."));
    std::optional<Setting> setting;
    if (action == QLatin1String("set")) {
        setting = WingSettings::fromKey(args.value(1));
        if (!setting) {
            QStringList keys;
            for (Setting s : WingSettings::all())
                keys.append(WingSettings::key(s));
            return ctx.fail(Status::failure(ErrorCode::InvalidInput,
                tr("There is no setting called %1; the settings are %2.")
                    .arg(args.value(1), keys.join(QStringLiteral(", ")))));
        }
    }
    Result<std::unique_ptr<UserSession>> session = ctx.signIn();
    if (!session)
        return ctx.fail(session.status());
    if (action == QLatin1String("set")) {
        if (Status status = (*session)->changeSetting(*setting, args.value(2)); !status)
            return ctx.fail(status);
        ctx.out() << tr("%1 is now: %2").arg(WingSettings::label(*setting), args.value(2)) << Qt::endl;
        return 0;
    }
    if (Status status = (*session)->require(Operation::ViewSettings); !status)
        return ctx.fail(status);
    const WingSettings settings = (*session)->settings();
    for (Setting s : WingSettings::all()) {
        const QVariant value = settings.value(s);
        const QString text = WingSettings::type(s) == WingSettings::Type::TextList
            ? value.toStringList().join(QStringLiteral(", "))
            : value.toString();
        ctx.out() << WingSettings::key(s) << " = " << text << '\n';
    }
    ctx.out().flush();
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeSettingsCommand()
{
    return std::make_unique<SettingsCommand>();
}

} // namespace wingmate::cli
