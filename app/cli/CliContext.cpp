#include "cli/CliContext.h"

#include "platform/Platform.h"
#include "security/WipeSecret.h"

#include <QCommandLineParser>
#include <QDir>
#include <iostream>
#include <string>

namespace wingmate::cli {

CliContext::CliContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
{
}

QCommandLineOption CliContext::vaultOption()
{
    return { QStringLiteral("vault"), tr("The vault folder."), QStringLiteral("DIR") };
}

QCommandLineOption CliContext::verboseOption()
{
    return { QStringLiteral("verbose"), tr("On failure, also print technical details.") };
}

QCommandLineOption CliContext::userOption()
{
    return { { QStringLiteral("user"), QStringLiteral("u") }, tr("Your username."), QStringLiteral("NAME") };
}

QCommandLineOption CliContext::passwordStdinOption()
{
    return { QStringLiteral("password-stdin"),
        tr("Read the password from the first line of standard input instead of prompting.") };
}

QCommandLineOption CliContext::outOption(const QString& description)
{
    return { { QStringLiteral("out"), QStringLiteral("o") },
        description.isEmpty() ? tr("Write to FILE instead of standard output.") : description,
        QStringLiteral("FILE") };
}

QCommandLineOption CliContext::forceOption()
{
    return { QStringLiteral("force"),
        tr("Replace the --out file if it already exists (without it, an existing file is left as it was). "
           "Files are always written owner-only and never through a symbolic link.") };
}

QString CliContext::value(const QString& option) const
{
    return m_parser.value(option);
}

bool CliContext::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}

QStringList CliContext::arguments() const
{
    return m_parser.positionalArguments().mid(1);
}

int CliContext::usageError(const QString& message)
{
    m_err << message << '\n'
          << tr("Run wingmate-cli %1 --help for how to use it.").arg(m_parser.positionalArguments().value(0))
          << Qt::endl;
    return static_cast<int>(ErrorCode::Usage);
}

int CliContext::fail(const Status& status)
{
    m_err << status.message() << Qt::endl;
    if (m_parser.isSet(QStringLiteral("verbose")) && !status.details().isEmpty())
        m_err << status.details() << Qt::endl;
    return status.exitCode();
}

Result<QString> CliContext::vaultDirectory() const
{
    const QString dir = m_parser.value(QStringLiteral("vault"));
    if (dir.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("Say which vault to use with --vault DIR."));
    return QDir::cleanPath(QDir::current().absoluteFilePath(dir));
}

Result<QString> CliContext::readSecretLine(const QString& missingMessage, bool trim)
{
    std::string line;
    if (!std::getline(std::cin, line))
        return Status::failure(ErrorCode::Usage, missingMessage);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    wipeSecret(line);
    // The rvalue trimmed() works in the string's own buffer.
    return trim ? std::move(text).trimmed() : text;
}

Result<QString> CliContext::readPassword(const QString& prompt, bool confirm)
{
    if (m_parser.isSet(QStringLiteral("password-stdin")))
        return readSecretLine(tr("No password was given on standard input."));
    if (!platform::stdinIsTerminal()) {
        return Status::failure(ErrorCode::Usage,
            tr("No password: give --password-stdin, or run on a terminal to be asked for it."));
    }
    QString password;
    if (!platform::readHiddenLine(prompt, &password))
        return Status::failure(ErrorCode::Usage, tr("No password was entered."));
    if (confirm) {
        QString again;
        const bool same = platform::readHiddenLine(tr("Type it again: "), &again) && again == password;
        wipeSecret(again);
        if (!same) {
            wipeSecret(password);
            return Status::failure(ErrorCode::InvalidInput, tr("The two passwords are not the same."));
        }
    }
    return password;
}

Result<std::unique_ptr<UserSession>> CliContext::signIn(
    bool allowPasswordChange, QString* passwordUsed, UserSession::Check check)
{
    const Result<QString> dir = vaultDirectory();
    if (!dir)
        return dir.status();
    const QString user = m_parser.value(QStringLiteral("user"));
    if (user.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("Say who you are with --user NAME."));
    Result<QString> read = readPassword(tr("Password for %1: ").arg(user), false);
    if (!read)
        return read.status();
    QString password = read.take();
    Result<std::unique_ptr<UserSession>> session
        = UserSession::signIn(*dir, user, password, Clock::system(), check);
    if (session && passwordUsed)
        *passwordUsed = password;
    wipeSecret(password);
    if (!session)
        return session.status();
    (*session)->setNoticeHandler([this](const QString& text) { m_err << text << Qt::endl; });
    if ((*session)->failedAttemptsBeforeSignIn() > 0) {
        m_err << tr("Note: wrong passwords were tried for %1 since the last sign-in: %2.")
                     .arg(user)
                     .arg((*session)->failedAttemptsBeforeSignIn())
              << Qt::endl;
    }
    if (!allowPasswordChange && (*session)->mustChangePassword()) {
        return Status::failure(ErrorCode::Forbidden,
            tr("Choose your own password first: wingmate-cli --vault DIR passwd --user %1.").arg(user));
    }
    return session;
}

Result<QDate> CliContext::dateOption(const QString& name) const
{
    const QString text = m_parser.value(name);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Status::failure(
            ErrorCode::InvalidInput, tr("--%1 must be a date written like 2026-01-31.").arg(name));
    return date;
}

ExistingFile CliContext::existingFile() const
{
    return m_parser.isSet(QStringLiteral("force")) ? ExistingFile::Replace : ExistingFile::Refuse;
}

Status CliContext::checkOut(const QString& outPath) const
{
    if (outPath.isEmpty())
        return Status::success();
    return checkOutputTarget(QDir::current().absoluteFilePath(outPath), existingFile());
}

Status CliContext::writeOutput(const QString& text, const QString& outPath)
{
    if (outPath.isEmpty()) {
        m_out << text;
        m_out.flush();
        return Status::success();
    }
    return writeOutputFile(outPath, text.toUtf8(), existingFile());
}

QString CliContext::countLines(const QList<std::pair<QString, qint64>>& rows)
{
    QString text;
    for (const auto& [label, count] : rows) {
        if (count > 0)
            text += QStringLiteral("  %1: %2\n").arg(label).arg(count);
    }
    return text;
}

} // namespace wingmate::cli
