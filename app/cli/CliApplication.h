#pragma once

#include "Status.h"
#include "services/UserSession.h"
#include "storage/AtomicFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace wingmate {
class UserSession;
}

namespace wingmate::cli {

// wingmate-cli: one command per run, e.g.
//   wingmate-cli --vault DIR init --admin NAME --password-stdin
// Exit codes are ErrorCode's values: 0 ok, 1 usage, 2 wrong user or
// password, 3 damaged/tampered/rolled back, 4 in use, 5 not permitted,
// 6 invalid input, 7 I/O error. An error is one plain sentence on stderr.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    explicit CliApplication(QStringList arguments);
    ~CliApplication();

    int run();

private:
    struct Command {
        QString name;
        QString summary;
        std::function<void(QCommandLineParser&)> addOptions;
        int (CliApplication::*run)();
    };

    int runInit();
    int runVerify();
    int runAcceptOlderCopy();
    int runAudit();
    int runUser();
    int runPasswd();
    int runRotateKey();
    int runSettings();
    int runDemo();
    int runBackup();
    int runRestore();
    int runExport(); // CliExportCommands.cpp
    static void addExportOptions(QCommandLineParser& parser);
    int runPrintRecord(bool menteeSummary, const QString& out);
    int runTransfer(); // CliTransferCommands.cpp
    int runPurge();    // CliTransferCommands.cpp

    const Command* findCommand(const QString& name) const;
    QString commandList() const;
    // The vault folder from --vault, or a usage error.
    Result<QString> vaultDirectory() const;
    // From the first line of stdin with --password-stdin, else prompted on
    // the terminal without echo (twice when confirm is set).
    Result<QString> readPassword(const QString& prompt, bool confirm);
    // Signs in as --user. Unless allowPasswordChange, refuses an account
    // that must first replace its one-time password.
    Result<std::unique_ptr<UserSession>> signIn(bool allowPasswordChange = false, QString* passwordUsed = nullptr,
        UserSession::Check check = UserSession::Check::None);
    // The positional arguments after the command name.
    QStringList commandArguments() const;
    Result<QDate> dateOption(const QString& name) const;
    // Writes text to --out (see writeOutputFile) or to stdout.
    Status writeOutput(const QString& text, const QString& outPath);
    // Replace with --force, else Refuse.
    ExistingFile existingFile() const;
    // The --out checks (no link, no existing file without --force), made
    // before signing in so a refusal asks for no password and records nothing.
    Status checkOut(const QString& outPath) const;
    int fail(const Status& status);
    int usageError(const QString& message);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QList<Command> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace wingmate::cli
