#include "cli/CliApplication.h"

#include "audit/AuditExport.h"
#include "security/WipeSecret.h"
#include "audit/AuditLog.h"
#include "demo/DemoWing.h"
#include "platform/Platform.h"
#include "security/KeyDerivation.h"
#include "services/AccountService.h"
#include "services/UserSession.h"
#include "services/VerifyReport.h"
#include "storage/AtomicFile.h"
#include "storage/Vault.h"

#include <QDir>
#include <cstdio>
#include <iostream>
#include <sodium.h>
#include <string>

namespace wingmate::cli {

namespace {

QCommandLineOption vaultOption(
    { QStringLiteral("vault") }, QString::fromUtf8(QT_TRANSLATE_NOOP("CliApplication", "The vault folder.")), QStringLiteral("DIR"));
QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"),
    QString::fromUtf8(QT_TRANSLATE_NOOP("CliApplication", "Read the password from the first line of standard input instead of prompting.")));
QCommandLineOption userOption({ QStringLiteral("user"), QStringLiteral("u") },
    QString::fromUtf8(QT_TRANSLATE_NOOP("CliApplication", "Your username.")), QStringLiteral("NAME"));
QCommandLineOption outOption({ QStringLiteral("out"), QStringLiteral("o") },
    QString::fromUtf8(QT_TRANSLATE_NOOP("CliApplication", "Write to FILE instead of standard output.")), QStringLiteral("FILE"));
QCommandLineOption forceOption(QStringLiteral("force"),
    QString::fromUtf8(QT_TRANSLATE_NOOP("CliApplication",
        "Replace the --out file if it already exists (without it, an existing file is left as it was). "
        "Files are always written owner-only and never through a symbolic link.")));
QCommandLineOption verboseOption(QStringLiteral("verbose"),
    QString::fromUtf8(QT_TRANSLATE_NOOP("CliApplication", "On failure, also print technical details.")));

// The options above are made before any translation is installed; their
// descriptions are translated when the first command line is read.
void translateSharedOptions()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    for (QCommandLineOption* option :
        { &vaultOption, &passwordStdinOption, &userOption, &outOption, &forceOption, &verboseOption })
        option->setDescription(QCoreApplication::translate("CliApplication", option->description().toUtf8().constData()));
}

} // namespace

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    translateSharedOptions();
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
        { QStringLiteral("accept-older-copy"),
            tr("Accept a vault put back by hand from an older copy, on purpose (administrators)."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
            },
            &CliApplication::runAcceptOlderCopy },
        { QStringLiteral("audit"), tr("List the audit trail, one event per line (administrators)."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
                parser.addOption({ QStringLiteral("from"), tr("First day to list (YYYY-MM-DD)."), QStringLiteral("DATE") });
                parser.addOption({ QStringLiteral("to"), tr("Last day to list (YYYY-MM-DD)."), QStringLiteral("DATE") });
                parser.addOption(outOption);
                parser.addOption(forceOption);
            },
            &CliApplication::runAudit },
        { QStringLiteral("user"),
            tr("Manage staff accounts (administrators): user list | add NAME --display-name TEXT --role ROLE | "
               "disable NAME | enable NAME | reset-password NAME | set-role NAME ROLE."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
                parser.addOption({ QStringLiteral("display-name"), tr("The person's full name."), QStringLiteral("TEXT") });
                parser.addOption({ QStringLiteral("role"),
                    tr("support_worker, mental_health_nurse or administrator."), QStringLiteral("ROLE") });
            },
            &CliApplication::runUser },
        { QStringLiteral("passwd"),
            tr("Change your own password (with --password-stdin: current password on line 1, new on line 2)."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
            },
            &CliApplication::runPasswd },
        { QStringLiteral("rotate-key"), tr("Re-encrypt the vault under a new key (administrators)."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
            },
            &CliApplication::runRotateKey },
        { QStringLiteral("settings"), tr("Show the wing's settings, or change one: settings show | set KEY VALUE."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
            },
            &CliApplication::runSettings },
        { QStringLiteral("demo"),
            tr("Make a demonstration vault of a made-up wing, with staff accounts and eight months of "
               "records (with --years N, N years of them)."),
            [](QCommandLineParser& parser) {
                parser.addOption({ QStringLiteral("years"),
                    tr("How many years of records, from 1 to %1. 1, the default, is the current wing's "
                       "eight months; each year more adds a year of mentees supported and closed and of "
                       "mentors who left, so there is something for a retention purge.")
                        .arg(DemoWing::MaximumYears),
                    QStringLiteral("N") });
            },
            &CliApplication::runDemo },
        { QStringLiteral("backup"),
            tr("Back up the vault to one encrypted file: backup --out FILE (without --out, into the backup folder)."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
                parser.addOption(outOption);
                parser.addOption(forceOption);
            },
            &CliApplication::runBackup },
        { QStringLiteral("restore"),
            tr("Restore the vault from a backup file (administrators): restore --from FILE. "
               "The current vault is kept aside, never deleted."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
                parser.addOption({ QStringLiteral("from"), tr("The backup file."), QStringLiteral("FILE") });
                parser.addOption({ QStringLiteral("recovery-code-stdin"),
                    tr("Read the vault's recovery code from standard input instead of a password.") });
            },
            &CliApplication::runRestore },
        { QStringLiteral("export"),
            tr("Write a report or records to a file: export monthly | outcomes | sessions | checkins | "
               "mentee-summary | training-record (PDF)."),
            &CliApplication::addExportOptions, &CliApplication::runExport },
        { QStringLiteral("transfer"),
            tr("Move one prisoner's records to another establishment: transfer export | import. With --password-stdin, "
               "import reads the password from the first line of standard input and the transfer code from the second."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
                parser.addOption({ QStringLiteral("prison-number"), tr("export: whose records (e.g. A1234BC)."), QStringLiteral("X") });
                parser.addOption({ QStringLiteral("to"), tr("export: the receiving establishment."), QStringLiteral("NAME") });
                parser.addOption({ { QStringLiteral("out"), QStringLiteral("o") }, tr("export: the package file to write."), QStringLiteral("FILE") });
                parser.addOption(forceOption);
                parser.addOption({ QStringLiteral("from"), tr("import: the package file to read."), QStringLiteral("FILE") });
                parser.addOption({ QStringLiteral("dry-run"), tr("import: only show what would be imported and any conflicts.") });
            },
            &CliApplication::runTransfer },
        { QStringLiteral("purge"),
            tr("Delete for good the records the retention period no longer allows (administrators)."),
            [](QCommandLineParser& parser) {
                parser.addOption(userOption);
                parser.addOption(passwordStdinOption);
                parser.addOption({ QStringLiteral("dry-run"), tr("Only show what would be deleted.") });
                parser.addOption({ QStringLiteral("yes"), tr("Do not ask for confirmation (for scripts).") });
            },
            &CliApplication::runPurge },
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
    const bool takesArguments = command->name == QLatin1String("user") || command->name == QLatin1String("settings")
        || command->name == QLatin1String("export") || command->name == QLatin1String("transfer");
    if (!takesArguments && m_parser.positionalArguments().size() > 1)
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
        wipeSecret(line);
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
        const bool same = platform::readHiddenLine(tr("Type it again: "), &again) && again == password;
        wipeSecret(again);
        if (!same) {
            wipeSecret(password);
            return Status::failure(ErrorCode::InvalidInput, tr("The two passwords are not the same."));
        }
    }
    return password;
}

Result<std::unique_ptr<UserSession>> CliApplication::signIn(
    bool allowPasswordChange, QString* passwordUsed, UserSession::Check check)
{
    const Result<QString> dir = vaultDirectory();
    if (!dir)
        return dir.status();
    const QString user = m_parser.value(userOption);
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

QStringList CliApplication::commandArguments() const { return m_parser.positionalArguments().mid(1); }

Result<QDate> CliApplication::dateOption(const QString& name) const
{
    const QString text = m_parser.value(name);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Status::failure(ErrorCode::InvalidInput, tr("--%1 must be a date written like 2026-01-31.").arg(name));
    return date;
}

Status CliApplication::writeOutput(const QString& text, const QString& outPath)
{
    if (outPath.isEmpty()) {
        m_out << text;
        m_out.flush();
        return Status::success();
    }
    return writeOutputFile(outPath, text.toUtf8(), existingFile());
}

ExistingFile CliApplication::existingFile() const
{
    return m_parser.isSet(QStringLiteral("force")) ? ExistingFile::Replace : ExistingFile::Refuse;
}

Status CliApplication::checkOut(const QString& outPath) const
{
    if (outPath.isEmpty())
        return Status::success();
    return checkOutputTarget(QDir::current().absoluteFilePath(outPath), existingFile());
}

int CliApplication::runInit()
{
    const Result<QString> dir = vaultDirectory();
    if (!dir)
        return fail(dir.status());
    const QString admin = m_parser.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return usageError(tr("Name the first administrator with --admin NAME."));
    Result<QString> password = readPassword(tr("New password for %1: ").arg(admin), true);
    if (!password)
        return fail(password.status());

    Vault::CreateOptions options;
    options.adminUsername = admin;
    options.adminDisplayName = m_parser.value(QStringLiteral("display-name"));
    options.password = password.take();
    options.kdf = KdfParams::forNewSlots();
    Result<UserSession::Created> created = UserSession::createVault(*dir, options);
    wipeSecret(options.password);
    if (!created)
        return fail(created.status());
    m_out << tr("Created a vault in %1 with administrator %2.").arg(QDir::toNativeSeparators(*dir), admin) << '\n'
          << tr("Recovery code (shown only this once; write it down and keep it locked away):") << '\n'
          << "  " << created->recoveryCode << Qt::endl;
    return 0;
}

int CliApplication::runVerify()
{
    // A damaged vault is reported before the sign-in is recorded in it.
    Result<std::unique_ptr<UserSession>> session = signIn(true, nullptr, UserSession::Check::IntegrityFirst);
    if (!session)
        return fail(session.status());
    if (Status status = (*session)->verify(); !status)
        return fail(status);
    m_out << verifiedSummary() << Qt::endl;
    const QStringList weak = (*session)->vault().weakSlots();
    if (!weak.isEmpty()) {
        m_out << tr("Warning: these key slots are weak (cheaper to guess than Wingmate allows); give them a new "
                    "password: %1.")
                     .arg(weak.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    return 0;
}

int CliApplication::runAcceptOlderCopy()
{
    Result<std::unique_ptr<UserSession>> session = signIn(false, nullptr, UserSession::Check::AcceptOlderCopy);
    if (!session)
        return fail(session.status());
    const UserSession::AcceptedCopy accepted = (*session)->acceptedOlderCopy();
    if (!accepted.accepted) {
        m_out << tr("The vault is not behind any record of it, so there was nothing to accept.") << Qt::endl;
        return 0;
    }
    m_out << tr("Accepted the vault as it is: its audit trail ends at event %1, where a record of it showed event %2. "
                "This has been recorded in the audit trail.")
                 .arg(accepted.vaultSequence)
                 .arg(accepted.recordedSequence)
          << Qt::endl;
    return 0;
}

int CliApplication::runAudit()
{
    const Result<QDate> from = dateOption(QStringLiteral("from"));
    if (!from)
        return fail(from.status());
    const Result<QDate> to = dateOption(QStringLiteral("to"));
    if (!to)
        return fail(to.status());
    if (from->isValid() && to->isValid() && *to < *from)
        return fail(Status::failure(ErrorCode::InvalidInput, tr("--to must not be before --from.")));
    // Before the password and before the reading is recorded; checked again
    // when the file is written.
    if (Status status = checkOut(m_parser.value(outOption)); !status)
        return fail(status);
    Result<std::unique_ptr<UserSession>> signedIn = signIn();
    if (!signedIn)
        return fail(signedIn.status());
    UserSession& session = **signedIn;
    const QString out = m_parser.value(outOption);
    // Checks ViewAuditLog and records the reading (a disclosure when to a
    // file) before anything is shown or written.
    const Result<AuditExport::Text> rendered = AuditExport::render(session, *from, *to, out);
    if (!rendered)
        return fail(rendered.status());
    const QString& text = rendered->text;
    if (Status status = writeOutput(text, out); !status)
        return fail(status);
    if (!out.isEmpty())
        m_err << tr("Wrote %1 events to %2.").arg(rendered->events).arg(QDir::toNativeSeparators(out))
              << Qt::endl;
    return 0;
}

namespace {

std::optional<UserRole> parseRole(const QString& text)
{
    const QString key = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("nurse"))
        return UserRole::MentalHealthNurse;
    if (key == QLatin1String("admin"))
        return UserRole::Administrator;
    if (key == QLatin1String("worker"))
        return UserRole::SupportWorker;
    return roleFromKey(key);
}

} // namespace

int CliApplication::runUser()
{
    const QStringList args = commandArguments();
    const QString action = args.value(0);
    static const QStringList actions { QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("disable"),
        QStringLiteral("enable"), QStringLiteral("reset-password"), QStringLiteral("set-role") };
    if (!actions.contains(action))
        return usageError(tr("Say what to do with accounts: %1.").arg(actions.join(QStringLiteral(", "))));
    const int wanted = action == QLatin1String("list") ? 1 : action == QLatin1String("set-role") ? 3 : 2;
    if (args.size() != wanted)
        return usageError(tr("Wrong number of arguments for user %1.").arg(action));
    std::optional<UserRole> role;
    if (action == QLatin1String("add") || action == QLatin1String("set-role")) {
        const QString roleText = action == QLatin1String("add") ? m_parser.value(QStringLiteral("role")) : args.value(2);
        role = parseRole(roleText);
        if (!role) {
            return fail(Status::failure(ErrorCode::InvalidInput,
                tr("The role must be support_worker, mental_health_nurse or administrator.")));
        }
    }
    Result<std::unique_ptr<UserSession>> session = signIn();
    if (!session)
        return fail(session.status());
    AccountService accounts(**session);
    const QString name = args.value(1);
    const auto printIssued = [this](const AccountService::Issued& issued) {
        m_out << tr("One-time password for %1 (they must change it when they first sign in):").arg(issued.account.username)
              << '\n'
              << "  " << issued.oneTimePassword << Qt::endl;
        return 0;
    };

    if (action == QLatin1String("list")) {
        const Result<QList<UserAccount>> list = accounts.list();
        if (!list)
            return fail(list.status());
        for (const UserAccount& account : *list) {
            m_out << account.username << '\t' << account.displayName << '\t' << roleKey(account.role) << '\t'
                  << (account.active ? "active" : "disabled") << '\t'
                  << (account.mustChangePassword ? "must-change-password" : "-") << '\t'
                  << (account.lastLoginAt.isValid() ? account.lastLoginAt.toString(Qt::ISODate) : QStringLiteral("never"))
                  << '\n';
        }
        m_out.flush();
        return 0;
    }
    if (action == QLatin1String("add")) {
        const Result<AccountService::Issued> issued
            = accounts.addUser(name, m_parser.value(QStringLiteral("display-name")), *role);
        return issued ? printIssued(*issued) : fail(issued.status());
    }
    if (action == QLatin1String("disable")) {
        if (Status status = accounts.disableUser(name); !status)
            return fail(status);
        m_out << tr("Disabled %1 and removed their key slot.").arg(name) << '\n'
              << tr("If they might have a copy of the vault, also change its key: wingmate-cli --vault DIR rotate-key --user %1")
                     .arg((*session)->user().username)
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("enable")) {
        const Result<AccountService::Issued> issued = accounts.enableUser(name);
        return issued ? printIssued(*issued) : fail(issued.status());
    }
    if (action == QLatin1String("reset-password")) {
        const Result<AccountService::Issued> issued = accounts.resetPassword(name);
        return issued ? printIssued(*issued) : fail(issued.status());
    }
    if (Status status = accounts.setRole(name, *role); !status)
        return fail(status);
    m_out << tr("%1 is now a %2.").arg(name, roleDisplayName(*role).toLower()) << Qt::endl;
    return 0;
}

int CliApplication::runPasswd()
{
    QString current;
    Result<std::unique_ptr<UserSession>> session = signIn(true, &current);
    if (!session)
        return fail(session.status());
    if (Status status = (*session)->require(Operation::ChangeOwnPassword); !status)
        return fail(status);
    // The current password was the first line; the new one follows.
    Result<QString> read = readPassword(tr("New password: "), true);
    if (!read) {
        wipeSecret(current);
        return fail(read.status());
    }
    QString fresh = read.take();
    const Status status = (*session)->changeOwnPassword(current, fresh);
    wipeSecret(current);
    wipeSecret(fresh);
    if (!status)
        return fail(status);
    m_out << tr("Your password has been changed.") << Qt::endl;
    return 0;
}

int CliApplication::runRotateKey()
{
    Result<std::unique_ptr<UserSession>> session = signIn();
    if (!session)
        return fail(session.status());
    if (Status status = (*session)->rotateKey(); !status)
        return fail(status);
    m_out << tr("The vault has a new key. Everyone's password still works; the recovery code is unchanged.") << Qt::endl;
    return 0;
}

int CliApplication::runSettings()
{
    const QStringList args = commandArguments();
    const QString action = args.value(0, QStringLiteral("show"));
    if (action != QLatin1String("show") && action != QLatin1String("set"))
        return usageError(tr("Say settings show, or settings set KEY VALUE."));
    if ((action == QLatin1String("show") && args.size() > 1) || (action == QLatin1String("set") && args.size() != 3))
        return usageError(tr("Say settings show, or settings set KEY VALUE."));
    std::optional<Setting> setting;
    if (action == QLatin1String("set")) {
        setting = WingSettings::fromKey(args.value(1));
        if (!setting) {
            QStringList keys;
            for (Setting s : WingSettings::all())
                keys.append(WingSettings::key(s));
            return fail(Status::failure(ErrorCode::InvalidInput,
                tr("There is no setting called %1; the settings are %2.").arg(args.value(1), keys.join(QStringLiteral(", ")))));
        }
    }
    Result<std::unique_ptr<UserSession>> session = signIn();
    if (!session)
        return fail(session.status());
    if (action == QLatin1String("set")) {
        if (Status status = (*session)->changeSetting(*setting, args.value(2)); !status)
            return fail(status);
        m_out << tr("%1 is now: %2").arg(WingSettings::label(*setting), args.value(2)) << Qt::endl;
        return 0;
    }
    if (Status status = (*session)->require(Operation::ViewSettings); !status)
        return fail(status);
    const WingSettings settings = (*session)->settings();
    for (Setting s : WingSettings::all()) {
        const QVariant value = settings.value(s);
        const QString text = WingSettings::type(s) == WingSettings::Type::TextList ? value.toStringList().join(QStringLiteral(", "))
                                                                                   : value.toString();
        m_out << WingSettings::key(s) << " = " << text << '\n';
    }
    m_out.flush();
    return 0;
}

int CliApplication::runDemo()
{
    const Result<QString> dir = vaultDirectory();
    if (!dir)
        return fail(dir.status());
    int years = DemoWing::DefaultYears;
    if (m_parser.isSet(QStringLiteral("years"))) {
        // Checked before anything is made, so a refusal leaves no trace.
        const QString text = m_parser.value(QStringLiteral("years"));
        bool number = false;
        years = text.trimmed().toInt(&number);
        if (!number || years < 1 || years > DemoWing::MaximumYears) {
            return fail(Status::failure(ErrorCode::InvalidInput,
                tr("--years must be a whole number of years from 1 to %1, not \"%2\".")
                    .arg(DemoWing::MaximumYears)
                    .arg(text)));
        }
    }
    if (years == DemoWing::DefaultYears) {
        m_err << tr("Making a demonstration wing in %1; this takes under a minute.")
                     .arg(QDir::toNativeSeparators(*dir))
              << Qt::endl;
    } else {
        m_err << tr(
            "Making a demonstration wing with %1 years of records in %2; this takes a few minutes at most.")
                     .arg(years)
                     .arg(QDir::toNativeSeparators(*dir))
              << Qt::endl;
    }
    const Result<DemoWing::Made> made = DemoWing::create(*dir, DemoWing::DefaultSeed, years);
    if (!made)
        return fail(made.status());
    const QString wing = made->years == DemoWing::DefaultYears
        ? tr("Made a demonstration wing in %1:").arg(QDir::toNativeSeparators(*dir))
        : tr("Made a demonstration wing with %1 years of records in %2:")
              .arg(made->years)
              .arg(QDir::toNativeSeparators(*dir));
    m_out
        << wing << ' '
        << tr("%1 mentors, %2 mentees, %3 sessions, %4 check-ins, %5 concerns.")
               .arg(made->mentors)
               .arg(made->mentees)
               .arg(made->sessions)
               .arg(made->checkIns)
               .arg(made->concerns)
        << '\n'
        << tr("Sign in as %1 (administrator), %2 (support worker) or %3 (mental health nurse), password: %4")
               .arg(made->usernames.value(0), made->usernames.value(1), made->usernames.value(2),
                   QString::fromLatin1(DemoWing::Password))
        << '\n'
        << tr("Recovery code: %1").arg(made->recoveryCode) << Qt::endl;
    return 0;
}

} // namespace wingmate::cli
