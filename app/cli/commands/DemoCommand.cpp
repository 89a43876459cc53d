// wingmate-cli demo: a demonstration wing to try Wingmate on.

#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "demo/DemoWing.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>

namespace wingmate::cli {

namespace {

class DemoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Make a demonstration vault of a made-up wing, with staff accounts and eight months of "
                  "records (with --years N, N years of them).");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault ~/demo-wing demo --years 3");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("years"),
                tr("How many years of records, from 1 to %1. 1, the default, is the current wing's "
                   "eight months; each year more adds a year of mentees supported and closed and of "
                   "mentors who left, so there is something for a retention purge.")
                    .arg(DemoWing::MaximumYears),
                QStringLiteral("N") },
        };
    }
    int run(CliContext& ctx) override;
};

int DemoCommand::run(CliContext& ctx)
{
    const Result<QString> dir = ctx.vaultDirectory();
    if (!dir)
        return ctx.fail(dir.status());
    int years = DemoWing::DefaultYears;
    if (ctx.isSet(QStringLiteral("years"))) {
        // Checked before anything is made, so a refusal leaves no trace.
        const QString text = ctx.value(QStringLiteral("years"));
        bool number = false;
        years = text.trimmed().toInt(&number);
        if (!number || years < 1 || years > DemoWing::MaximumYears) {
            return ctx.fail(Status::failure(ErrorCode::InvalidInput,
                tr("--years must be a whole number of years from 1 to %1, not \"%2\".")
                    .arg(DemoWing::MaximumYears)
                    .arg(text)));
        }
    }
    if (years == DemoWing::DefaultYears) {
        ctx.err() << tr("Making a demonstration wing in %1; this takes under a minute.")
                         .arg(QDir::toNativeSeparators(*dir))
                  << Qt::endl;
    } else {
        ctx.err() << tr(
            "Making a demonstration wing with %1 years of records in %2; this takes a few minutes at most.")
                         .arg(years)
                         .arg(QDir::toNativeSeparators(*dir))
                  << Qt::endl;
    }
    const Result<DemoWing::Made> made = DemoWing::create(*dir, DemoWing::DefaultSeed, years);
    if (!made)
        return ctx.fail(made.status());
    const QString wing = made->years == DemoWing::DefaultYears
        ? tr("Made a demonstration wing in %1:").arg(QDir::toNativeSeparators(*dir))
        : tr("Made a demonstration wing with %1 years of records in %2:")
              .arg(made->years)
              .arg(QDir::toNativeSeparators(*dir));
    ctx.out()
        << wing << ' '
        << tr("%1 mentors, %2 mentees, %3 sessions, %4 check-ins, %5 concerns.")
               .arg(made->mentors)
               .arg(made->mentees)
               .arg(made->sessions)
               .arg(made->checkIns)
               .arg(made->concerns)
        << '\n'
        << tr("Sign in as %1 (administrator), %2 (support worker) or %3 (mental health nurse), password: %4")
               .arg(made->usernames.value(0), made->usernames.value(1), made->usernames.value(2),
                   QString::fromLatin1(DemoWing::Password))
        << '\n'
        << tr("Recovery code: %1").arg(made->recoveryCode) << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace wingmate::cli
