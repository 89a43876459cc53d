#include "cli/CliApplication.h"

#include "platform/Platform.h"
#include "security/KeyDerivation.h"
#include "storage/Vault.h"

#include <QDir>

#include <sodium.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace wingmate::cli {

namespace {

const QCommandLineOption vaultOption(
    { QStringLiteral("vault") }, QStringLiteral("The vault folder."), QStringLiteral("DIR"));
const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"),
    QStringLiteral("Read the password from the first line of standard input instead of prompting."));
const QCommandLineOption userOption({ QStringLiteral("user"), QStringLiteral("u") },
    QStringLiteral("Your username."), QStringLiteral("NAME"));
const QCommandLineOption verboseOption(
    QStringLiteral("verbose"), QStringLiteral("On failure, also print technical details."));

} // namespace

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_commands = {
        { QStringLiteral("init"), tr("Create a new vault with its first administrator."),
            [](QCommandLineParser& parser) {
                parser.addOption({ QStringLiteral("admin"), tr("Username of the first administrator."), QStringLiteral("NAME") });
                parser.addOption({ QStringLiteral("display-name"), tr("The administrator's full name."), QStringLiteral("TEXT") });
                parser.addOption(passwordStdinOption);
            },
            &CliApplication::runInit },
        { QStringLiteral("verify"), tr("Unlock the vault and check that nothing in it is damaged."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
            },
            &CliApplication::runVerify },
    };
}

CliApplication::~CliApplication() = default;

const CliApplication::Command* CliApplication::findCommand(const QString& name) const
{
    for (const Command& command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString CliApplication::commandList() const
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.summary);
    return text;
}

int CliApplication::run()
{
    m_parser.setApplicationDescription(tr("Wingmate command line: records of a prison wing's peer-mentoring scheme."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    const QCommandLineOption versionOption = m_parser.addVersionOption();
    m_parser.addOption(vaultOption);
    m_parser.addOption(verboseOption);
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see the list below)."));

    // First pass: find the command, so its own options can be added.
    m_parser.parse(m_arguments);
    const QStringList positional = m_parser.positionalArguments();
    const Command* command = positional.isEmpty() ? nullptr : findCommand(positional.constFirst());
    if (command) {
        command->addOptions(m_parser);
        m_parser.clearPositionalArguments();
        m_parser.addPositionalArgument(command->name, command->summary);
    }
    if (!m_parser.parse(m_arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << QStringLiteral(" (Qt %1, libsodium %2)").arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sodium_version_string()))
              << Qt::endl;
        return 0;
    }
    if (m_parser.isSet(helpOption)) {
        m_out << m_parser.helpText();
        if (!command)
            m_out << '\n' << commandList();
        m_out.flush();
        return 0;
    }
    if (positional.isEmpty())
        return usageError(tr("Say what to do, for example: wingmate-cli --vault DIR verify --user NAME."));
    if (!command)
        return usageError(tr("There is no command called \"%1\".").arg(positional.constFirst()));
    if (m_parser.positionalArguments().size() > 1)
        return usageError(tr("Unexpected argument \"%1\".").arg(m_parser.positionalArguments().at(1)));
    return (this->*(command->run))();
}

int CliApplication::usageError(const QString& message)
{
    m_err << message << '\n' << tr("Run wingmate-cli --help for how to use it.") << Qt::endl;
    return static_cast<int>(ErrorCode::Usage);
}

int CliApplication::fail(const Status& status)
{
    m_err << status.message() << Qt::endl;
    if (m_parser.isSet(verboseOption) && !status.details().isEmpty())
        m_err << status.details() << Qt::endl;
    return status.exitCode();
}

Result<QString> CliApplication::vaultDirectory() const
{
    const QString dir = m_parser.value(vaultOption);
    if (dir.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("Say which vault to use with --vault DIR."));
    return QDir::cleanPath(QDir::current().absoluteFilePath(dir));
}

Result<QString> CliApplication::readPassword(const QString& prompt, bool confirm)
{
    if (m_parser.isSet(passwordStdinOption)) {
        std::string line;
        if (!std::getline(std::cin, line)) {
            return Status::failure(ErrorCode::Usage, tr("No password was given on standard input."));
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        QString password = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
        sodium_memzero(line.data(), line.size());
        return password;
    }
    if (!platform::stdinIsTerminal()) {
        return Status::failure(ErrorCode::Usage,
            tr("No password: give --password-stdin, or run on a terminal to be asked for it."));
    }
    QString password;
    if (!platform::readHiddenLine(prompt, &password))
        return Status::failure(ErrorCode::Usage, tr("No password was entered."));
    if (confirm) {
        QString again;
        if (!platform::readHiddenLine(tr("Type it again: "), &again) || again != password)
            return Status::failure(ErrorCode::InvalidInput, tr("The two passwords are not the same."));
    }
    return password;
}

Result<std::unique_ptr<Vault>> CliApplication::unlockVault()
{
    const Result<QString> dir = vaultDirectory();
    if (!dir)
        return dir.status();
    const QString user = m_parser.value(userOption);
    if (user.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("Say who you are with --user NAME."));
    const Result<QString> password = readPassword(tr("Password for %1: ").arg(user), false);
    if (!password)
        return password.status();
    return Vault::open(*dir, user, *password);
}

int CliApplication::runInit()
{
    const Result<QString> dir = vaultDirectory();
    if (!dir)
        return fail(dir.status());
    const QString admin = m_parser.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return usageError(tr("Name the first administrator with --admin NAME."));
    const Result<QString> password = readPassword(tr("New password for %1: ").arg(admin), true);
    if (!password)
        return fail(password.status());

    Vault::CreateOptions options;
    options.adminUsername = admin;
    options.adminDisplayName = m_parser.value(QStringLiteral("display-name"));
    options.password = *password;
    options.kdf = KdfParams::forNewSlots();
    Result<Vault::Created> created = Vault::create(*dir, options);
    if (!created)
        return fail(created.status());
    m_out << tr("Created a vault in %1 with administrator %2.").arg(QDir::toNativeSeparators(*dir), admin) << '\n'
          << tr("Recovery code (shown only this once; write it down and keep it locked away):") << '\n'
          << "  " << created->recoveryCode << Qt::endl;
    return 0;
}

int CliApplication::runVerify()
{
    Result<std::unique_ptr<Vault>> vault = unlockVault();
    if (!vault)
        return fail(vault.status());
    if (Status status = (*vault)->checkIntegrity(); !status)
        return fail(status);
    m_out << tr("The vault is intact: every page passed the integrity check.") << Qt::endl;
    return 0;
}

} // namespace wingmate::cli
