#include "cli/CliApplication.h"

#include "Status.h"
#include "cli/CliContext.h"

#include <QCommandLineParser>
#include <sodium.h>

namespace wingmate::cli {

std::unique_ptr<CliCommand> makeInitCommand();
std::unique_ptr<CliCommand> makeVerifyCommand();
std::unique_ptr<CliCommand> makeAcceptOlderCopyCommand();
std::unique_ptr<CliCommand> makeAuditCommand();
std::unique_ptr<CliCommand> makeUserCommand();
std::unique_ptr<CliCommand> makePasswdCommand();
std::unique_ptr<CliCommand> makeRotateKeyCommand();
std::unique_ptr<CliCommand> makeSettingsCommand();
std::unique_ptr<CliCommand> makeDemoCommand();
std::unique_ptr<CliCommand> makeBackupCommand();
std::unique_ptr<CliCommand> makeRestoreCommand();
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makeTransferCommand();
std::unique_ptr<CliCommand> makePurgeCommand();

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    for (auto make :
        { makeInitCommand, makeVerifyCommand, makeAcceptOlderCopyCommand, makeAuditCommand, makeUserCommand,
            makePasswdCommand, makeRotateKeyCommand, makeSettingsCommand, makeDemoCommand, makeBackupCommand,
            makeRestoreCommand, makeExportCommand, makeTransferCommand, makePurgeCommand })
        commands.push_back(make());
    return commands;
}

namespace {

// The options every command line may carry, whatever the command.
void addGlobalOptions(QCommandLineParser& parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(CliContext::vaultOption());
    parser.addOption(CliContext::verboseOption());
}

} // namespace

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_commands(allCommands())
    , m_out(stdout)
    , m_err(stderr)
{
}

CliApplication::~CliApplication() = default;

CliCommand* CliApplication::findCommand(const QString& name) const
{
    for (const std::unique_ptr<CliCommand>& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

CliCommand* CliApplication::commandNamed() const
{
    QCommandLineParser probe;
    addGlobalOptions(probe);
    probe.addHelpOption();
    probe.addVersionOption();
    // Commands that share an option name give it the same form (with or
    // without a value), so each name is added once.
    QStringList known;
    for (const std::unique_ptr<CliCommand>& command : m_commands) {
        for (const QCommandLineOption& option : command->options()) {
            if (!known.contains(option.names().constFirst())) {
                known.append(option.names());
                probe.addOption(option);
            }
        }
    }
    probe.parse(m_arguments);
    const QStringList positional = probe.positionalArguments();
    return positional.isEmpty() ? nullptr : findCommand(positional.constFirst());
}

QString CliApplication::commandList() const
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const std::unique_ptr<CliCommand>& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(17), command->summary());
    text += QLatin1Char('\n')
        + tr("wingmate-cli COMMAND --help shows a command's own options and an example.") + QLatin1Char('\n');
    return text;
}

int CliApplication::run()
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    CliCommand* command = commandNamed();
    if (command) {
        parser.setApplicationDescription(command->summary());
        parser.addOptions(command->options());
        const QString syntax = command->syntax();
        parser.addPositionalArgument(command->name(),
            syntax.isEmpty() ? tr("The command.") : tr("The command, followed by: %1").arg(syntax),
            syntax.isEmpty() ? command->name() : command->name() + QLatin1Char(' ') + syntax);
    } else {
        parser.setApplicationDescription(
            tr("Wingmate command line: records of a prison wing's peer-mentoring scheme."));
        parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see the list below)."));
    }
    if (!parser.parse(m_arguments)) {
        // Unknown options are named; the message points at the help.
        return usageError(parser.errorText());
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << QStringLiteral(" (Qt %1, libsodium %2)")
                     .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sodium_version_string()))
              << Qt::endl;
        return 0;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        if (command)
            m_out << '\n' << tr("Example:") << '\n' << "  " << command->example() << '\n';
        else
            m_out << '\n' << commandList();
        m_out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("Say what to do, for example: wingmate-cli --vault DIR verify --user NAME."));
    if (!command)
        return usageError(tr("There is no command called \"%1\".").arg(positional.constFirst()));
    if (!command->takesArguments() && positional.size() > 1)
        return usageError(tr("Unexpected argument \"%1\".").arg(positional.at(1)));
    CliContext context(parser, m_out, m_err);
    return command->run(context);
}

int CliApplication::usageError(const QString& message)
{
    m_err << message << '\n' << tr("Run wingmate-cli --help for how to use it.") << Qt::endl;
    return static_cast<int>(ErrorCode::Usage);
}

} // namespace wingmate::cli
