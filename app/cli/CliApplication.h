#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace wingmate::cli {

// wingmate-cli: one command per run, e.g.
//   wingmate-cli --vault DIR init --admin NAME --password-stdin
// Finds the command (app/cli/commands/, one file each), reads the command
// line with that command's options, answers --help and --version, and runs
// it with the shared CliContext. "--" ends the options: what follows is
// taken as it is, even when it starts with a dash.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    explicit CliApplication(QStringList arguments);
    ~CliApplication();

    int run();

private:
    CliCommand* findCommand(const QString& name) const;
    // The command the arguments name: the first positional argument, read
    // with every command's options known so that an option's value is never
    // taken for the command's name.
    CliCommand* commandNamed() const;
    QString commandList() const;
    int usageError(const QString& message);

    QStringList m_arguments;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace wingmate::cli
