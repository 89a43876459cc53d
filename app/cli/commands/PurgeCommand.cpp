// wingmate-cli purge: the retention purge, previewed and confirmed.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "cli/TerminalProgress.h"
#include "platform/Platform.h"
#include "services/RetentionService.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <iostream>
#include <string>

namespace wingmate::cli {

namespace {

class PurgeCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("purge"); }
    QString summary() const override
    {
        return tr("Delete for good the records the retention period no longer allows (administrators).");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault purge --user j.smith --dry-run");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
            { QStringLiteral("dry-run"), tr("Only show what would be deleted.") },
            { QStringLiteral("yes"), tr("Do not ask for confirmation (for scripts).") },
        };
    }
    int run(CliContext& ctx) override;
};

int PurgeCommand::run(CliContext& ctx)
{
    Result<std::unique_ptr<UserSession>> signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.status());
    RetentionService retention(**signedIn);
    const Result<RetentionService::Plan> plan = retention.preview();
    if (!plan)
        return ctx.fail(plan.status());
    const qint64 total = plan->counts.total();
    ctx.out() << tr("Records that ended before %1 (retention %2 years):")
                     .arg(plan->cutoff.toString(Qt::ISODate))
                     .arg(plan->years)
              << '\n';
    if (total == 0) {
        ctx.out() << tr("Nothing is due for deletion.") << Qt::endl;
        return 0;
    }
    ctx.out() << CliContext::countLines(plan->counts.rows());
    ctx.out().flush();
    if (ctx.isSet(QStringLiteral("dry-run"))) {
        ctx.out() << tr("Dry run: nothing was deleted.") << Qt::endl;
        return 0;
    }
    if (!ctx.isSet(QStringLiteral("yes"))) {
        if (!platform::stdinIsTerminal() || ctx.isSet(QStringLiteral("password-stdin"))) {
            return ctx.usageError(
                tr("Deleting records for good needs confirmation: run on a terminal, or add --yes."));
        }
        ctx.err() << tr("Delete these %1 records for good? Type yes to go on: ").arg(total);
        ctx.err().flush();
        std::string answer;
        if (!std::getline(std::cin, answer)
            || QString::fromStdString(answer).trimmed() != QLatin1String("yes")) {
            ctx.out() << tr("Nothing was deleted.") << Qt::endl;
            return 0;
        }
    }
    TerminalProgress line(ctx.err(), tr("Deleting"));
    const Result<RetentionService::Plan> purged = retention.purge(line.callback());
    line.finish();
    if (!purged)
        return ctx.fail(purged.status());
    ctx.out() << tr("Deleted %1 records for good.").arg(purged->counts.total()) << '\n';
    if (!purged->vacuumed)
        ctx.out() << tr(
            "The vault file could not be compacted afterwards; it will be the next time records are purged.")
                  << '\n';
    ctx.out().flush();
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makePurgeCommand()
{
    return std::make_unique<PurgeCommand>();
}

} // namespace wingmate::cli
