// wingmate-cli transfer and purge: transfer packages to and from another
// establishment, and the retention purge.

#include "cli/CliApplication.h"
#include "platform/Platform.h"
#include "services/RetentionService.h"
#include "services/UserSession.h"
#include "transfer/TransferService.h"

#include <QDir>
#include <iostream>
#include <sodium.h>
#include <string>

namespace wingmate::cli {

namespace {

// Progress on standard error, only when a person is watching it.
class ProgressLine {
public:
    ProgressLine(QTextStream& err, QString label)
        : m_err(err)
        , m_label(std::move(label))
        , m_shown(platform::stderrIsTerminal())
    {
    }
    ~ProgressLine() { finish(); }
    CountProgress callback()
    {
        return [this](qint64 done, qint64 total) {
            if (m_shown && total > 0) {
                const int percent = int(qBound(qint64(0), done * 100 / total, qint64(100)));
                if (percent != m_last) {
                    m_last = percent;
                    m_err << '\r' << m_label << ' ' << percent << '%';
                    m_err.flush();
                }
            }
            return true;
        };
    }
    void finish()
    {
        if (m_shown && m_last >= 0) {
            m_err << Qt::endl;
            m_last = -1;
        }
    }

private:
    QTextStream& m_err;
    QString m_label;
    bool m_shown;
    int m_last = -1;
};

QString countLines(const QList<std::pair<QString, qint64>>& rows)
{
    QString text;
    for (const auto& [label, count] : rows) {
        if (count > 0)
            text += QStringLiteral("  %1: %2\n").arg(label).arg(count);
    }
    return text;
}

} // namespace

int CliApplication::runTransfer()
{
    const QStringList args = commandArguments();
    const QString action = args.value(0);
    if (args.size() != 1 || (action != QLatin1String("export") && action != QLatin1String("import")))
        return usageError(tr("Say transfer export or transfer import."));
    if (action == QLatin1String("export")) {
        const QString number = m_parser.value(QStringLiteral("prison-number"));
        const QString destination = m_parser.value(QStringLiteral("to"));
        const QString out = m_parser.value(QStringLiteral("out"));
        if (number.isEmpty() || destination.isEmpty() || out.isEmpty())
            return usageError(tr("Say whose records, where to, and which file: --prison-number X --to \"HMP "
                                 "Name\" --out FILE."));
        if (Status status = checkOut(out); !status)
            return fail(status);
        Result<std::unique_ptr<UserSession>> session = signIn();
        if (!session)
            return fail(session.status());
        ProgressLine line(m_err, tr("Making the transfer package"));
        const Result<TransferService::Exported> exported = TransferService(**session).exportPackage(
            number, destination, out, line.callback(), existingFile());
        line.finish();
        if (!exported)
            return fail(exported.status());
        m_out << tr("Wrote the transfer package for %1 (%2) to %3 for %4:")
                     .arg(exported->prisonNumber, exported->fullName,
                         QDir::toNativeSeparators(QDir::current().absoluteFilePath(out)),
                         destination.trimmed())
              << '\n'
              << countLines(exported->counts.rows())
              << tr("Transfer code (shown only this once; send it to the receiving establishment separately "
                    "from the file):")
              << '\n'
              << "  " << exported->code << Qt::endl;
        return 0;
    }

    const QString from = m_parser.value(QStringLiteral("from"));
    if (from.isEmpty())
        return usageError(tr("Say which package to import with --from FILE."));
    Result<std::unique_ptr<UserSession>> signedIn = signIn();
    if (!signedIn)
        return fail(signedIn.status());
    UserSession& session = **signedIn;
    if (Status status = session.require(Operation::TransferRecords); !status)
        return fail(status);
    // The code: the line after the password with --password-stdin, else
    // asked for on the terminal.
    QString code;
    if (m_parser.isSet(QStringLiteral("password-stdin"))) {
        std::string text;
        if (!std::getline(std::cin, text))
            return fail(Status::failure(
                ErrorCode::Usage, tr("No transfer code was given on the second line of standard input.")));
        code = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
        sodium_memzero(text.data(), text.size());
    } else if (!platform::readHiddenLine(tr("Transfer code: "), &code)) {
        return fail(Status::failure(ErrorCode::Usage, tr("No transfer code was entered.")));
    }
    const Result<TransferPayload> payload
        = TransferService::open(QDir::current().absoluteFilePath(from), code);
    if (!payload)
        return fail(payload.status());
    TransferService transfers(session);
    const Result<TransferService::Preview> preview = transfers.preview(*payload);
    if (!preview)
        return fail(preview.status());
    m_out << tr("Package from %1 to %2, made %3 by %4.")
                 .arg(preview->source.isEmpty() ? tr("an unnamed establishment") : preview->source,
                     preview->destination,
                     preview->exportedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     preview->exportedBy)
          << '\n'
          << tr("Prisoner: %1 %2 (%3)")
                 .arg(preview->prisonNumber, preview->fullName,
                     preview->existingPrisonerId ? tr("already recorded here")
                                                 : tr("new here; will be added"))
          << '\n'
          << countLines(preview->counts.rows());
    if (!preview->conflicts.isEmpty()) {
        m_out << tr("Conflicts (nothing can be imported until they are resolved):") << '\n';
        for (const QString& conflict : preview->conflicts)
            m_out << "  " << conflict << '\n';
        m_out.flush();
        return fail(Status::failure(ErrorCode::InvalidInput,
            tr("Nothing was imported, because the package conflicts with this vault.")));
    }
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        m_out << tr("Dry run: nothing was imported.") << Qt::endl;
        return 0;
    }
    ProgressLine line(m_err, tr("Importing"));
    const Result<TransferService::Preview> imported = transfers.importPayload(*payload, line.callback());
    line.finish();
    if (!imported)
        return fail(imported.status());
    m_out << tr("Imported %1 records for %2 from %3.")
                 .arg(imported->counts.total())
                 .arg(imported->prisonNumber,
                     imported->source.isEmpty() ? tr("an unnamed establishment") : imported->source)
          << Qt::endl;
    return 0;
}

int CliApplication::runPurge()
{
    Result<std::unique_ptr<UserSession>> signedIn = signIn();
    if (!signedIn)
        return fail(signedIn.status());
    RetentionService retention(**signedIn);
    const Result<RetentionService::Plan> plan = retention.preview();
    if (!plan)
        return fail(plan.status());
    const qint64 total = plan->counts.total();
    m_out << tr("Records that ended before %1 (retention %2 years):")
                 .arg(plan->cutoff.toString(Qt::ISODate))
                 .arg(plan->years)
          << '\n';
    if (total == 0) {
        m_out << tr("Nothing is due for deletion.") << Qt::endl;
        return 0;
    }
    m_out << countLines(plan->counts.rows());
    m_out.flush();
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        m_out << tr("Dry run: nothing was deleted.") << Qt::endl;
        return 0;
    }
    if (!m_parser.isSet(QStringLiteral("yes"))) {
        if (!platform::stdinIsTerminal() || m_parser.isSet(QStringLiteral("password-stdin"))) {
            return usageError(
                tr("Deleting records for good needs confirmation: run on a terminal, or add --yes."));
        }
        m_err << tr("Delete these %1 records for good? Type yes to go on: ").arg(total);
        m_err.flush();
        std::string answer;
        if (!std::getline(std::cin, answer)
            || QString::fromStdString(answer).trimmed() != QLatin1String("yes")) {
            m_out << tr("Nothing was deleted.") << Qt::endl;
            return 0;
        }
    }
    ProgressLine line(m_err, tr("Deleting"));
    const Result<RetentionService::Plan> purged = retention.purge(line.callback());
    line.finish();
    if (!purged)
        return fail(purged.status());
    m_out << tr("Deleted %1 records for good.").arg(purged->counts.total()) << '\n';
    if (!purged->vacuumed)
        m_out << tr(
            "The vault file could not be compacted afterwards; it will be the next time records are purged.")
              << '\n';
    m_out.flush();
    return 0;
}

} // namespace wingmate::cli
