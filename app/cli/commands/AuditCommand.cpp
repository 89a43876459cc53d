// wingmate-cli audit: the audit trail as text.

#include "audit/AuditExport.h"
#include "cli/CliCommand.h"
#include "cli/CliContext.h"
#include "services/UserSession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>

namespace wingmate::cli {

namespace {

class AuditCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return tr("List the audit trail, one event per line (administrators).");
    }
    QString example() const override
    {
        return QStringLiteral("wingmate-cli --vault /srv/wingmate/vault audit --user j.smith --from "
                              "2026-11-01 --to 2026-11-30 --out audit.txt");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            CliContext::userOption(),
            CliContext::passwordStdinOption(),
            { QStringLiteral("from"), tr("First day to list (YYYY-MM-DD)."), QStringLiteral("DATE") },
            { QStringLiteral("to"), tr("Last day to list (YYYY-MM-DD)."), QStringLiteral("DATE") },
            CliContext::outOption(),
            CliContext::forceOption(),
        };
    }
    int run(CliContext& ctx) override;
};

int AuditCommand::run(CliContext& ctx)
{
    const Result<QDate> from = ctx.dateOption(QStringLiteral("from"));
    if (!from)
        return ctx.fail(from.status());
    const Result<QDate> to = ctx.dateOption(QStringLiteral("to"));
    if (!to)
        return ctx.fail(to.status());
    if (from->isValid() && to->isValid() && *to < *from)
        return ctx.fail(Status::failure(ErrorCode::InvalidInput, tr("--to must not be before --from.")));
    // Before the password and before the reading is recorded; checked again
    // when the file is written.
    if (Status status = ctx.checkOut(ctx.value(QStringLiteral("out"))); !status)
        return ctx.fail(status);
    Result<std::unique_ptr<UserSession>> signedIn = ctx.signIn();
    if (!signedIn)
        return ctx.fail(signedIn.status());
    UserSession& session = **signedIn;
    const QString out = ctx.value(QStringLiteral("out"));
    // Checks ViewAuditLog and records the reading (a disclosure when to a
    // file) before anything is shown or written.
    const Result<AuditExport::Text> rendered = AuditExport::render(session, *from, *to, out);
    if (!rendered)
        return ctx.fail(rendered.status());
    const QString& text = rendered->text;
    if (Status status = ctx.writeOutput(text, out); !status)
        return ctx.fail(status);
    if (!out.isEmpty())
        ctx.err() << tr("Wrote %1 events to %2.").arg(rendered->events).arg(QDir::toNativeSeparators(out))
                  << Qt::endl;
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace wingmate::cli
