#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace wingmate::cli {

class CliContext;

// One wingmate-cli command (or group of commands under one name, such as
// "user add"). The application finds the command by its name, reads the
// command line with its options, and runs it with the shared context.
// Every command's messages share one translation context, CliApplication:
// each command class declares its tr() there too, so lupdate files them
// where the running program looks for them.
class CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for the command list and the command's own --help.
    virtual QString summary() const = 0;
    // What follows the name in a usage line ("add NAME --role ROLE"); empty
    // for a command that takes no arguments.
    virtual QString syntax() const { return {}; }
    // One complete example, shown by the command's --help.
    virtual QString example() const = 0;
    // Its own options (the application adds --vault, --verbose, --help).
    virtual QList<QCommandLineOption> options() const = 0;
    // Whether positional arguments may follow the name.
    bool takesArguments() const { return !syntax().isEmpty(); }
    // The exit code (ErrorCode's values).
    virtual int run(CliContext& context) = 0;
};

// Every command, in the order the command list shows them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace wingmate::cli
