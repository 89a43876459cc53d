// wingmate-cli backup and restore (CliApplication members; the command table
// is in CliApplication.cpp).

#include "backup/BackupService.h"
#include "backup/RestoreService.h"
#include "cli/CliApplication.h"
#include "platform/Platform.h"
#include "services/UserSession.h"

#include <QDir>
#include <QLocale>
#include <iostream>
#include <sodium.h>
#include <string>

namespace wingmate::cli {

namespace {

// Progress on standard error, only when a person is watching it.
ProgressCallback terminalProgress(QTextStream& err)
{
    if (!platform::stderrIsTerminal())
        return {};
    return [&err, last = -1, lastStep = QString()](const QString& step, int permille) mutable {
        const int percent = permille / 10;
        if (percent != last || step != lastStep) {
            err << '\r' << QStringLiteral("%1: %2%").arg(step).arg(percent, 3) << QStringLiteral("        ");
            if (permille >= 1000)
                err << '\n';
            err.flush();
            last = percent;
            lastStep = step;
        }
        return true;
    };
}

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

} // namespace

int CliApplication::runBackup()
{
    if (Status status = checkOut(m_parser.value(QStringLiteral("out"))); !status)
        return fail(status);
    Result<std::unique_ptr<UserSession>> signedIn = signIn();
    if (!signedIn)
        return fail(signedIn.status());
    UserSession& session = **signedIn;
    if (Status status = session.require(Operation::BackupVault); !status)
        return fail(status);
    BackupService backups(session);
    const QString out = m_parser.value(QStringLiteral("out"));
    const Result<BackupService::Made> made = out.isEmpty()
        ? backups.backUpToFolder(BackupService::Trigger::ByHand, terminalProgress(m_err))
        : backups.backUp(out, terminalProgress(m_err), existingFile());
    if (!made)
        return fail(made.status());
    m_out << tr("Backed up the vault to %1 (%2) and checked that it opens and is intact.")
                 .arg(QDir::toNativeSeparators(made->path), sizeText(made->bytes))
          << Qt::endl;
    if (!made->removed.isEmpty())
        m_out << tr("Removed %n older backup(s) of this vault from the backup folder.", nullptr,
            int(made->removed.size()))
              << Qt::endl;
    return 0;
}

int CliApplication::runRestore()
{
    const Result<QString> dir = vaultDirectory();
    if (!dir)
        return fail(dir.status());
    const QString from = m_parser.value(QStringLiteral("from"));
    if (from.isEmpty())
        return usageError(tr("Say which backup to restore with --from FILE."));
    RestoreService::Credentials credentials;
    credentials.username = m_parser.value(QStringLiteral("user"));
    const bool recovery = m_parser.isSet(QStringLiteral("recovery-code-stdin"));
    if (credentials.username.isEmpty() && !recovery)
        return usageError(tr("Say which administrator is restoring with --user NAME."));
    if (recovery && m_parser.isSet(QStringLiteral("password-stdin")))
        return usageError(tr("Give either --password-stdin or --recovery-code-stdin, not both."));
    if (recovery) {
        std::string line;
        if (!std::getline(std::cin, line))
            return fail(
                Status::failure(ErrorCode::Usage, tr("No recovery code was given on standard input.")));
        credentials.recoveryCode = QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
        sodium_memzero(line.data(), line.size());
        if (credentials.recoveryCode.isEmpty())
            return fail(
                Status::failure(ErrorCode::Usage, tr("No recovery code was given on standard input.")));
    } else {
        const Result<QString> password
            = readPassword(tr("Password for %1: ").arg(credentials.username), false);
        if (!password)
            return fail(password.status());
        credentials.password = *password;
    }

    const Result<RestoreService::Restored> restored
        = RestoreService::restore(*dir, from, credentials, terminalProgress(m_err));
    if (!restored)
        return fail(restored.status());
    m_out << tr("Restored the vault in %1 from the backup made %2%3.")
                 .arg(QDir::toNativeSeparators(restored->directory),
                     QLocale::system().toString(restored->backupMadeAt.toLocalTime(), QLocale::ShortFormat),
                     restored->backupMadeBy.isEmpty() ? QString() : tr(" by %1").arg(restored->backupMadeBy))
          << Qt::endl;
    if (!restored->keptAside.isEmpty())
        m_out << tr("What was in that folder before is kept, unchanged, in %1.")
                     .arg(QDir::toNativeSeparators(restored->keptAside))
              << Qt::endl;
    if (!restored->warning.isEmpty())
        m_err << restored->warning << Qt::endl;
    return 0;
}

} // namespace wingmate::cli
