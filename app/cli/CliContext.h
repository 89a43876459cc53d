#pragma once

#include "Status.h"
#include "services/UserSession.h"
#include "storage/AtomicFile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>
#include <memory>

class QCommandLineParser;

namespace wingmate::cli {

// What every command shares: the parsed command line, standard output and
// error, signing in, reading a password, writing output and failing with
// the right exit code. Exit codes are ErrorCode's values: 0 ok, 1 usage,
// 2 wrong user or password, 3 damaged/tampered/rolled back, 4 in use, 5 not
// permitted, 6 invalid input, 7 I/O error. An error is one plain sentence
// on standard error.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    // Options more than one command takes.
    static QCommandLineOption vaultOption();
    static QCommandLineOption verboseOption();
    static QCommandLineOption userOption();
    static QCommandLineOption passwordStdinOption();
    static QCommandLineOption outOption(const QString& description = {});
    static QCommandLineOption forceOption();

    QString value(const QString& option) const;
    bool isSet(const QString& option) const;
    // The positional arguments after the command name.
    QStringList arguments() const;
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // The vault folder from --vault, or a usage error.
    Result<QString> vaultDirectory() const;
    // From the first line of stdin with --password-stdin, else prompted on
    // the terminal without echo (twice when confirm is set).
    Result<QString> readPassword(const QString& prompt, bool confirm);
    // The next line of standard input (a transfer code, a recovery code),
    // wiped from the buffer it was read into and, with trim, trimmed in
    // place (no second copy left behind); missingMessage if there is none.
    Result<QString> readSecretLine(const QString& missingMessage, bool trim = false);
    // Signs in as --user. Unless allowPasswordChange, refuses an account
    // that must first replace its one-time password.
    Result<std::unique_ptr<UserSession>> signIn(bool allowPasswordChange = false,
        QString* passwordUsed = nullptr, UserSession::Check check = UserSession::Check::None);
    // An ISO date option; an invalid QDate when the option is not given.
    Result<QDate> dateOption(const QString& name) const;
    // Replace with --force, else Refuse.
    ExistingFile existingFile() const;
    // The --out checks (no link, no existing file without --force), made
    // before signing in so a refusal asks for no password and records nothing.
    Status checkOut(const QString& outPath) const;
    // Writes text to outPath (see writeOutputFile) or, when empty, to stdout.
    Status writeOutput(const QString& text, const QString& outPath);

    // "  label: count" lines for the counts that are not zero.
    static QString countLines(const QList<std::pair<QString, qint64>>& rows);

    int fail(const Status& status);
    int usageError(const QString& message);

private:
    const QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace wingmate::cli
