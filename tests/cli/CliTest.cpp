#include "CliRun.h"
#include "SqlCipherShell.h"
#include "TestVault.h"
#include "services/Permissions.h"
#include "services/VerifyReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <unistd.h>

using namespace wingmate;
using namespace wingmate::test;

namespace {

using Run = CliRun;

Run cli(const QStringList& arguments, const QByteArray& input = {}, bool closeInput = true)
{
    return runCli(arguments, input, closeInput);
}

QByteArray line(const QString& text)
{
    return inputLine(text);
}

} // namespace

TEST_CASE("wingmate-cli explains itself")
{
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("verify")));
    CHECK(help.out.contains(QStringLiteral("--vault")));

    const Run initHelp = cli({ QStringLiteral("init"), QStringLiteral("--help") });
    CHECK(initHelp.exitCode == 0);
    CHECK(initHelp.out.contains(QStringLiteral("--admin")));

    const Run version = cli({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("wingmate-cli " WINGMATE_VERSION)));
}

TEST_CASE("wingmate-cli usage errors exit 1")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("v"));
    CHECK(cli({}).exitCode == 1);
    CHECK(cli({ QStringLiteral("frobnicate") }).exitCode == 1);
    CHECK(cli({ QStringLiteral("--bogus") }).exitCode == 1);
    CHECK(cli({ QStringLiteral("verify"), QStringLiteral("--user"), AdminName,
                  QStringLiteral("--password-stdin") },
              line(AdminPassword))
              .exitCode
        == 1); // no --vault
    CHECK(
        cli({ QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--password-stdin") },
            line(AdminPassword))
            .exitCode
        == 1); // no --admin
    const Run noPassword = cli(
        { QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--admin"), AdminName });
    CHECK(noPassword.exitCode == 1); // stdin is not a terminal and no --password-stdin
    CHECK(noPassword.err.contains(QStringLiteral("--password-stdin")));
    const Run emptyInput = cli({ QStringLiteral("--vault"), vault, QStringLiteral("init"),
        QStringLiteral("--admin"), AdminName, QStringLiteral("--password-stdin") });
    CHECK(emptyInput.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(vault));
}

TEST_CASE("wingmate-cli init and verify, good paths and bad")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("wing vault")); // a space in the path, too
    const QString password = QStringLiteral("Pässwörd für den Flügel ✓");
    const QStringList init { QStringLiteral("--vault"), vault, QStringLiteral("init"),
        QStringLiteral("--admin"), QStringLiteral("chris"), QStringLiteral("--password-stdin") };

    const Run weak = cli(init, line(QStringLiteral("short")));
    CHECK(weak.exitCode == 6);
    requireOneSentence(weak);

    const Run created = cli(init, line(password) + "ignored second line\n");
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QRegularExpression codePattern(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"));
    const QRegularExpressionMatch code = codePattern.match(created.out);
    REQUIRE(code.hasMatch());
    CHECK(created.out.count(codePattern) == 1); // printed once

    const Run again = cli(init, line(password));
    CHECK(again.exitCode == 6);
    requireOneSentence(again);

    const QStringList verifyAs { QStringLiteral("--vault"), vault, QStringLiteral("verify"),
        QStringLiteral("--user"), QStringLiteral("chris"), QStringLiteral("--password-stdin") };
    const Run ok = cli(verifyAs, line(password));
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    // It says what ran, from the one place that words it, and claims no more.
    CHECK(ok.out.contains(verifiedSummary()));
    CHECK(ok.out.contains(QStringLiteral("every page's authentication code, free pages included")));

    // Windows line ends on the piped password are forgiven.
    CHECK(cli(verifyAs, (password + QStringLiteral("\r\n")).toUtf8()).exitCode == 0);

    const Run wrong = cli(verifyAs, line(QStringLiteral("Passwort fur den Flugel")));
    CHECK(wrong.exitCode == 2);
    requireOneSentence(wrong);

    QStringList unknownUser = verifyAs;
    unknownUser[4] = QStringLiteral("nobody");
    CHECK(cli(unknownUser, line(password)).exitCode == 2);

    SECTION("a vault open elsewhere exits 4 naming the holder")
    {
        Result<std::unique_ptr<Vault>> held = Vault::open(vault, QStringLiteral("chris"), password);
        REQUIRE(held.ok());
        const Run busy = cli(verifyAs, line(password));
        CHECK(busy.exitCode == 4);
        requireOneSentence(busy);
        CHECK(busy.err.contains(QString::number(QCoreApplication::applicationPid())));
    }
    SECTION("a damaged vault exits 3")
    {
        const QString db = vault + QStringLiteral("/wingmate.db");
        QByteArray bytes = readFile(db);
        bytes[4096 + 2000] = char(bytes[4096 + 2000] ^ 0x01);
        writeFile(db, bytes);
        const Run damaged = cli(verifyAs, line(password));
        CHECK(damaged.exitCode == 3);
        requireOneSentence(damaged);
        CHECK(readFile(db) == bytes);
    }
    SECTION("a folder with no vault is invalid input")
    {
        QStringList elsewhere = verifyAs;
        elsewhere[1] = dir.filePath(QStringLiteral("nothing-here"));
        CHECK(cli(elsewhere, line(password)).exitCode == 6);
    }
}

TEST_CASE("wingmate-cli init into a folder it cannot write exits 7")
{
    if (::geteuid() == 0) {
        // root writes anywhere; use a path under a regular file instead.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("plain-file")), "x");
        const Run run = cli({ QStringLiteral("--vault"), dir.filePath(QStringLiteral("plain-file/vault")),
                                QStringLiteral("init"), QStringLiteral("--admin"), AdminName,
                                QStringLiteral("--password-stdin") },
            line(AdminPassword));
        CHECK(run.exitCode == 7);
        requireOneSentence(run);
    } else {
        const Run run
            = cli({ QStringLiteral("--vault"), QStringLiteral("/proc/wingmate-vault"), QStringLiteral("init"),
                      QStringLiteral("--admin"), AdminName, QStringLiteral("--password-stdin") },
                line(AdminPassword));
        CHECK(run.exitCode == 7);
        requireOneSentence(run);
    }
}

namespace {

// A vault made and run entirely through wingmate-cli.
class CliVault {
    QTemporaryDir m_dir;

public:
    CliVault()
    {
        const Run created
            = cli({ QStringLiteral("--vault"), path(), QStringLiteral("init"), QStringLiteral("--admin"),
                      AdminName, QStringLiteral("--password-stdin") },
                line(AdminPassword));
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
    }
    QString path() const { return m_dir.path() + QStringLiteral("/vault"); }
    static QString passwordOf(const QString& user)
    {
        return user == AdminName ? AdminPassword
                                 : QStringLiteral("Lantern orbit kettle ") + QString::number(user.size());
    }

    Run as(const QString& user, const QStringList& command, const QByteArray& extraInput = {})
    {
        QStringList args { QStringLiteral("--vault"), path() };
        args += command;
        args += { QStringLiteral("--user"), user, QStringLiteral("--password-stdin") };
        return cli(args, line(passwordOf(user)) + extraInput);
    }

    void addUser(const QString& user, const QString& role)
    {
        const Run added = as(AdminName,
            { QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--display-name"),
                QStringLiteral("Person ") + user, QStringLiteral("--role"), role });
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const QRegularExpressionMatch otp
            = QRegularExpression(QStringLiteral("([2-9a-z]{4}-){3}[2-9a-z]{4}")).match(added.out);
        REQUIRE(otp.hasMatch());
        // Anything but passwd is refused until the one-time password is replaced.
        const Run early = cli({ QStringLiteral("--vault"), path(), QStringLiteral("verify"),
                                  QStringLiteral("--user"), user, QStringLiteral("--password-stdin") },
            line(otp.captured(0)));
        CHECK(early.exitCode == 5); // nothing but passwd until the password is replaced
        const Run refused
            = cli({ QStringLiteral("--vault"), path(), QStringLiteral("settings"), QStringLiteral("show"),
                      QStringLiteral("--user"), user, QStringLiteral("--password-stdin") },
                line(otp.captured(0)));
        CHECK(refused.exitCode == 5);
        CHECK(refused.err.contains(QStringLiteral("passwd")));
        const Run changed = cli({ QStringLiteral("--vault"), path(), QStringLiteral("passwd"),
                                    QStringLiteral("--user"), user, QStringLiteral("--password-stdin") },
            line(otp.captured(0)) + line(passwordOf(user)));
        INFO(changed.err.toStdString());
        REQUIRE(changed.exitCode == 0);
    }
};

} // namespace

TEST_CASE("wingmate-cli refuses every forbidden (role, operation) pair with exit 5")
{
    CliVault vault;
    vault.addUser(QStringLiteral("worker"), QStringLiteral("support_worker"));
    vault.addUser(QStringLiteral("nurse"), QStringLiteral("nurse"));

    const std::pair<Operation, QStringList> commands[] = {
        { Operation::VerifyVault, { QStringLiteral("verify") } },
        { Operation::ViewSettings, { QStringLiteral("settings"), QStringLiteral("show") } },
        { Operation::ChangeSettings,
            { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("wing_name"),
                QStringLiteral("B wing") } },
        { Operation::ManageUsers, { QStringLiteral("user"), QStringLiteral("list") } },
        { Operation::RotateKey, { QStringLiteral("rotate-key") } },
        { Operation::ViewAuditLog, { QStringLiteral("audit") } },
    };
    const std::pair<QString, UserRole> people[] = { { QStringLiteral("worker"), UserRole::SupportWorker },
        { QStringLiteral("nurse"), UserRole::MentalHealthNurse }, { AdminName, UserRole::Administrator } };
    for (const auto& [user, role] : people) {
        for (const auto& [operation, command] : commands) {
            const Run run = vault.as(user, command);
            INFO(user.toStdString() << " " << command.join(QLatin1Char(' ')).toStdString() << ": "
                                    << run.err.toStdString());
            if (Permissions::allows(role, operation)) {
                CHECK(run.exitCode == 0);
            } else {
                CHECK(run.exitCode == 5);
                requireOneSentence(run);
                CHECK(run.out.isEmpty());
            }
        }
        // ChangeOwnPassword is allowed to everyone: change and change back.
        QStringList passwd { QStringLiteral("passwd") };
        CHECK(vault.as(user, passwd, line(QStringLiteral("A temporary passphrase 5"))).exitCode == 0);
        CHECK(cli({ QStringLiteral("--vault"), vault.path(), QStringLiteral("passwd"),
                      QStringLiteral("--user"), user, QStringLiteral("--password-stdin") },
                  line(QStringLiteral("A temporary passphrase 5")) + line(CliVault::passwordOf(user)))
                  .exitCode
            == 0);
    }
}

TEST_CASE("wingmate-cli audit lists events, is audited itself, and filters by date")
{
    CliVault vault;
    vault.addUser(QStringLiteral("worker"), QStringLiteral("support_worker"));
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("audit.log"));
    const Run listed = vault.as(AdminName, { QStringLiteral("audit"), QStringLiteral("--out"), file });
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = QString::fromUtf8(readFile(file)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 8);
    CHECK(lines.first().startsWith(QStringLiteral("1\t")));
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("\tuser_admin\tuser:worker\t")));
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("\tlogin\tuser:worker")));

    const Run second = vault.as(AdminName, { QStringLiteral("audit") });
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("\taudit_read\taudit\t")));
    CHECK(second.out.contains(file));

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(
        vault.as(AdminName, { QStringLiteral("audit"), QStringLiteral("--to"), QStringLiteral("2001-01-01") })
            .out.isEmpty());
    CHECK(vault
              .as(AdminName,
                  { QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                      QStringLiteral("--to"), today })
              .out.count(QLatin1Char('\n'))
        > 8);
    const Run badDate = vault.as(
        AdminName, { QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("31/01/2026") });
    CHECK(badDate.exitCode == 6);
    requireOneSentence(badDate);
    const Run unwritable = vault.as(AdminName,
        { QStringLiteral("audit"), QStringLiteral("--out"), QStringLiteral("/proc/no/such/file") });
    CHECK(unwritable.exitCode == 7);
    requireOneSentence(unwritable);
}

TEST_CASE("wingmate-cli verify exits 3 naming the first bad audit event, and on a rollback")
{
    CliVault vault;
    for (int i = 0; i < 3; ++i)
        REQUIRE(vault
                    .as(AdminName,
                        { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("wing_name"),
                            QString::number(i) })
                    .exitCode
            == 0);
    const QString keys = vault.path() + QStringLiteral("/vault.keys");
    const QString db = vault.path() + QStringLiteral("/wingmate.db");

    SECTION("an edited event")
    {
        {
            Result<std::unique_ptr<Vault>> raw = Vault::open(vault.path(), AdminName, AdminPassword);
            REQUIRE(raw.ok());
            QSqlQuery query((*raw)->database());
            REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_events_never_updated")));
            REQUIRE(query.exec(QStringLiteral("UPDATE audit_events SET actor = 'nobody' WHERE seq = 6")));
            REQUIRE(query.exec(auditTriggers().at(0)));
        }
        const Run run = vault.as(AdminName, { QStringLiteral("verify") });
        CHECK(run.exitCode == 3);
        requireOneSentence(run);
        CHECK(run.err.contains(QStringLiteral("event 6")));
    }
    SECTION("an older copy of the database")
    {
        const QByteArray oldDb = readFile(db);
        REQUIRE(vault
                    .as(AdminName,
                        { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("wing_name"),
                            QStringLiteral("later") })
                    .exitCode
            == 0);
        writeFile(db, oldDb);
        const Run run = vault.as(AdminName, { QStringLiteral("verify") });
        CHECK(run.exitCode == 3);
        requireOneSentence(run);
        CHECK(run.err.contains(QStringLiteral("older copy")));
        CHECK(readFile(db) == oldDb);
    }
    Q_UNUSED(keys);
}

TEST_CASE("wingmate-cli user administration: bad input is refused plainly")
{
    CliVault vault;
    vault.addUser(QStringLiteral("worker"), QStringLiteral("support_worker"));
    const Run badRole = vault.as(AdminName,
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"),
            QStringLiteral("--display-name"), QStringLiteral("X"), QStringLiteral("--role"),
            QStringLiteral("governor") });
    CHECK(badRole.exitCode == 6);
    requireOneSentence(badRole);
    CHECK(vault.as(AdminName, { QStringLiteral("user"), QStringLiteral("explode") }).exitCode == 1);
    CHECK(vault.as(AdminName, { QStringLiteral("user"), QStringLiteral("disable") }).exitCode == 1);
    const Run lastAdmin = vault.as(AdminName,
        { QStringLiteral("user"), QStringLiteral("set-role"), AdminName, QStringLiteral("nurse") });
    CHECK(lastAdmin.exitCode == 6);
    requireOneSentence(lastAdmin);
    const Run disabled = vault.as(
        AdminName, { QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("worker") });
    CHECK(disabled.exitCode == 0);
    CHECK(disabled.out.contains(QStringLiteral("rotate-key")));
    CHECK(vault.as(QStringLiteral("worker"), { QStringLiteral("verify") }).exitCode == 2);
    const Run listing = vault.as(AdminName, { QStringLiteral("user"), QStringLiteral("list") });
    CHECK(listing.out.contains(QStringLiteral("worker\tPerson worker\tsupport_worker\tdisabled")));
    CHECK(vault.as(AdminName, { QStringLiteral("rotate-key") }).exitCode == 0);
    CHECK(vault.as(AdminName, { QStringLiteral("verify") }).exitCode == 0);
}

TEST_CASE("wingmate-cli demo makes a populated wing that verifies, and will not overwrite a vault")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("demo"));
    const Run made = cli({ QStringLiteral("--vault"), vault, QStringLiteral("demo") });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("10 mentors, 30 mentees")));
    CHECK(made.out.contains(QStringLiteral("demo.nurse")));
    for (const QString& user :
        { QStringLiteral("demo.admin"), QStringLiteral("demo.worker"), QStringLiteral("demo.nurse") }) {
        const Run verified = cli({ QStringLiteral("--vault"), vault, QStringLiteral("verify"),
                                     QStringLiteral("--user"), user, QStringLiteral("--password-stdin") },
            line(QStringLiteral("Wingmate demo wing")));
        INFO(user.toStdString() << ": " << verified.err.toStdString());
        CHECK(verified.exitCode == 0);
    }
    const QByteArray before = readFile(vault + QStringLiteral("/wingmate.db"));
    const Run again = cli({ QStringLiteral("--vault"), vault, QStringLiteral("demo") });
    CHECK(again.exitCode == 6);
    CHECK(readFile(vault + QStringLiteral("/wingmate.db")) == before);
}

TEST_CASE("wingmate-cli backup and restore exit codes and a refused restore changes nothing")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("vault"));
    const QString password = QStringLiteral("Backup wing password 42");
    const Run created
        = cli({ QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--admin"),
                  QStringLiteral("chris"), QStringLiteral("--password-stdin") },
            line(password));
    REQUIRE(created.exitCode == 0);
    const QString code
        = QRegularExpression(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}")).match(created.out).captured(0);
    REQUIRE_FALSE(code.isEmpty());
    const auto as = [&vault](const QString& command, const QStringList& more) {
        return QStringList { QStringLiteral("--vault"), vault, command, QStringLiteral("--user"),
            QStringLiteral("chris") }
        + more;
    };
    const QString backup = dir.filePath(QStringLiteral("wing.wmbackup"));

    const Run made = cli(
        as(QStringLiteral("backup"), { QStringLiteral("--out"), backup, QStringLiteral("--password-stdin") }),
        line(password));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.err.isEmpty()); // no progress when stderr is not a terminal
    CHECK(made.out.contains(QStringLiteral("wing.wmbackup")));
    const Run intoFolder
        = cli(as(QStringLiteral("backup"), { QStringLiteral("--password-stdin") }), line(password));
    CHECK(intoFolder.exitCode == 0);
    CHECK(QDir(vault + QStringLiteral("-backups")).entryList(QDir::Files).size() == 1);

    const QStringList restoreWithPassword = as(
        QStringLiteral("restore"), { QStringLiteral("--from"), backup, QStringLiteral("--password-stdin") });
    const QMap<QString, QByteArray> before = folderFingerprint(vault);
    const QStringList siblings
        = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    QByteArray tampered = readFile(backup);
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x40);
    QTemporaryDir elsewhereDir;
    const QString bad = elsewhereDir.filePath(QStringLiteral("bad.wmbackup"));
    writeFile(bad, tampered);
    const Run refused = cli(
        as(QStringLiteral("restore"), { QStringLiteral("--from"), bad, QStringLiteral("--password-stdin") }),
        line(password));
    CHECK(refused.exitCode == 3);
    requireOneSentence(refused);
    writeFile(bad, readFile(backup).left(5000));
    CHECK(cli(as(QStringLiteral("restore"),
                  { QStringLiteral("--from"), bad, QStringLiteral("--password-stdin") }),
              line(password))
              .exitCode
        == 3);
    const Run wrong = cli(restoreWithPassword, line(QStringLiteral("Not the password at all")));
    CHECK(wrong.exitCode == 3);
    requireOneSentence(wrong);
    {
        // Open in this process: the restore must wait.
        Result<std::unique_ptr<Vault>> open = Vault::open(vault, QStringLiteral("chris"), password);
        REQUIRE(open.ok());
        const Run busy = cli(restoreWithPassword, line(password));
        CHECK(busy.exitCode == 4);
        requireOneSentence(busy);
    }
    CHECK(folderFingerprint(vault) == before);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == siblings);
    CHECK(cli({ QStringLiteral("--vault"), vault, QStringLiteral("restore"), QStringLiteral("--user"),
                  QStringLiteral("chris") })
              .exitCode
        == 1);

    const Run restored = cli(restoreWithPassword, line(password));
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral(".before-restore-")));
    const Run verified
        = cli(as(QStringLiteral("verify"), { QStringLiteral("--password-stdin") }), line(password));
    CHECK(verified.exitCode == 0);
    const Run audit
        = cli(as(QStringLiteral("audit"), { QStringLiteral("--password-stdin") }), line(password));
    CHECK(audit.out.contains(QStringLiteral("restore")));

    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    const Run recovered = cli({ QStringLiteral("--vault"), elsewhere, QStringLiteral("restore"),
                                  QStringLiteral("--user"), QStringLiteral("chris"), QStringLiteral("--from"),
                                  backup, QStringLiteral("--recovery-code-stdin") },
        line(code));
    INFO(recovered.err.toStdString());
    CHECK(recovered.exitCode == 0);

    // A support worker may back up but not restore.
    const Run added = cli(as(QStringLiteral("user"),
                              { QStringLiteral("add"), QStringLiteral("sam"), QStringLiteral("--role"),
                                  QStringLiteral("worker"), QStringLiteral("--display-name"),
                                  QStringLiteral("Sam Smith"), QStringLiteral("--password-stdin") }),
        line(password));
    REQUIRE(added.exitCode == 0);
    const QString oneTime = added.out.split(QLatin1Char('\n')).value(1).trimmed();
    const QString samPassword = QStringLiteral("Sam's own long password 5");
    REQUIRE(cli({ QStringLiteral("--vault"), vault, QStringLiteral("passwd"), QStringLiteral("--user"),
                    QStringLiteral("sam"), QStringLiteral("--password-stdin") },
                line(oneTime) + line(samPassword) + line(samPassword))
                .exitCode
        == 0);
    const Run samBackup = cli({ QStringLiteral("--vault"), vault, QStringLiteral("backup"),
                                  QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--out"),
                                  backup, QStringLiteral("--force"), QStringLiteral("--password-stdin") },
        line(samPassword));
    CHECK(samBackup.exitCode == 0);
    const Run samRestore = cli(
        { QStringLiteral("--vault"), vault, QStringLiteral("restore"), QStringLiteral("--user"),
            QStringLiteral("sam"), QStringLiteral("--from"), backup, QStringLiteral("--password-stdin") },
        line(samPassword));
    CHECK(samRestore.exitCode == 5);
    requireOneSentence(samRestore);
}

TEST_CASE("wingmate-cli export writes reports and row exports, refuses roles, and leaves nothing on failure",
    "[export]")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("demo"));
    REQUIRE(cli({ QStringLiteral("--vault"), vault, QStringLiteral("demo") }).exitCode == 0);
    const QByteArray password = line(QStringLiteral("Wingmate demo wing"));
    const auto exportAs = [&](const QString& user, const QStringList& arguments) {
        return cli(QStringList { QStringLiteral("--vault"), vault, QStringLiteral("export") } + arguments
                + QStringList { QStringLiteral("--user"), user, QStringLiteral("--password-stdin") },
            password);
    };
    const QString admin = QStringLiteral("demo.admin");
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    const QString from = QDate::currentDate().addMonths(-6).toString(Qt::ISODate);
    const QString to = QDate::currentDate().toString(Qt::ISODate);

    const QString monthly = dir.filePath(QStringLiteral("monthly.csv"));
    const Run made = exportAs(admin,
        { QStringLiteral("monthly"), QStringLiteral("--month"), month, QStringLiteral("--out"), monthly });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QByteArray bytes = readFile(monthly);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "format_version,month,establishment,wing,"));
    CHECK(bytes.count("\r\n") == 2);
    CHECK(bytes.contains(month.toUtf8() + ",HMP Northgate (demonstration),B wing,"));

    for (const QString& kind :
        { QStringLiteral("outcomes"), QStringLiteral("sessions"), QStringLiteral("checkins") }) {
        const QString out = dir.filePath(kind + QStringLiteral(".csv"));
        const Run run = exportAs(QStringLiteral("demo.nurse"),
            { kind, QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--out"),
                out });
        INFO(kind.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(readFile(out).startsWith("\xEF\xBB\xBF"));
    }
    // Pseudonymised: the demo's prisoners' names never appear.
    CHECK_FALSE(readFile(dir.filePath(QStringLiteral("sessions.csv"))).contains("Aaron"));
    CHECK(readFile(dir.filePath(QStringLiteral("sessions.csv"))).contains("P-"));

    // Identifiable: administrators only.
    const QString named = dir.filePath(QStringLiteral("named.csv"));
    const QStringList identifiable { QStringLiteral("sessions"), QStringLiteral("--from"), from,
        QStringLiteral("--to"), to, QStringLiteral("--out"), named, QStringLiteral("--identifiable") };
    const Run refused = exportAs(QStringLiteral("demo.nurse"), identifiable);
    CHECK(refused.exitCode == 5);
    requireOneSentence(refused);
    CHECK_FALSE(QFileInfo::exists(named));
    CHECK(exportAs(QStringLiteral("demo.worker"),
              { QStringLiteral("monthly"), QStringLiteral("--month"), month, QStringLiteral("--out"), named })
              .exitCode
        == 5);
    CHECK_FALSE(QFileInfo::exists(named));
    const Run disclosed = exportAs(admin, identifiable);
    CHECK(disclosed.exitCode == 0);
    CHECK(readFile(named).contains("Aaron"));

    // A mentee's handover summary as PDF: this mentee is still in custody,
    // so only an administrator may print it (PrintInCustody); a support
    // worker is refused and no file is written.
    const QRegularExpressionMatch number = QRegularExpression(QStringLiteral(",([A-Z][0-9]{4}[A-Z]{2}),"))
                                               .match(QString::fromUtf8(readFile(named)));
    REQUIRE(number.hasMatch());
    const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
    const QStringList print { QStringLiteral("mentee-summary"), QStringLiteral("--prison-number"),
        number.captured(1), QStringLiteral("--out") };
    const Run withheld = exportAs(QStringLiteral("demo.worker"), print + QStringList { summary });
    CHECK(withheld.exitCode == 5);
    requireOneSentence(withheld);
    CHECK_FALSE(QFileInfo::exists(summary));
    const Run printed = exportAs(admin, print + QStringList { summary });
    INFO(printed.err.toStdString());
    CHECK(printed.exitCode == 0);
    CHECK(readFile(summary).startsWith("%PDF-"));
    const Run full = exportAs(admin, print + QStringList { QStringLiteral("/dev/full") });
    CHECK(full.exitCode == 7);
    requireOneSentence(full);
    CHECK(exportAs(QStringLiteral("demo.worker"),
              { QStringLiteral("training-record"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("t.pdf")) })
              .exitCode
        == 1); // no --prison-number
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("t.pdf"))));

    // Unwritable destinations exit 7 and leave no file behind.
    for (const QString& bad :
        { QStringLiteral("/dev/full"), dir.filePath(QStringLiteral("missing/monthly.csv")) }) {
        const Run failed = exportAs(admin,
            { QStringLiteral("monthly"), QStringLiteral("--month"), month, QStringLiteral("--out"), bad });
        INFO(bad.toStdString());
        CHECK(failed.exitCode == 7);
        requireOneSentence(failed);
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    QDir files(dir.path());
    CHECK(
        files.entryList(QDir::Files | QDir::Hidden).size() == 6); // the six good exports, no temporary files

    // Bad requests are usage or input errors.
    CHECK(exportAs(admin,
              { QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-13"),
                  QStringLiteral("--out"), monthly })
              .exitCode
        == 6);
    CHECK(exportAs(admin, { QStringLiteral("monthly"), QStringLiteral("--month"), month }).exitCode == 1);
    CHECK(exportAs(admin, { QStringLiteral("everything"), QStringLiteral("--out"), monthly }).exitCode == 1);
    CHECK(exportAs(admin,
              { QStringLiteral("sessions"), QStringLiteral("--from"), to, QStringLiteral("--to"), from,
                  QStringLiteral("--out"), monthly })
              .exitCode
        == 6);

    // Every export is in the audit trail with its destination.
    const Run audit = cli({ QStringLiteral("--vault"), vault, QStringLiteral("audit"),
                              QStringLiteral("--user"), admin, QStringLiteral("--password-stdin") },
        password);
    REQUIRE(audit.exitCode == 0);
    CHECK(audit.out.count(QStringLiteral("\texport\treport:")) == 5);
    CHECK(audit.out.count(QStringLiteral("\texport\trecord:mentee_summary")) == 1);
    CHECK(audit.out.contains(QStringLiteral("named.csv")));
}

TEST_CASE("Every command's --help lists its own options and one example")
{
    // Each command with an option only it (or few others) takes; a command
    // the main help lists but this table lacks fails the test.
    const QList<std::pair<QString, QString>> ownOption {
        { QStringLiteral("init"), QStringLiteral("--admin") },
        { QStringLiteral("verify"), QStringLiteral("--user") },
        { QStringLiteral("accept-older-copy"), QStringLiteral("--user") },
        { QStringLiteral("audit"), QStringLiteral("--from") },
        { QStringLiteral("user"), QStringLiteral("--role") },
        { QStringLiteral("passwd"), QStringLiteral("--password-stdin") },
        { QStringLiteral("rotate-key"), QStringLiteral("--user") },
        { QStringLiteral("settings"), QStringLiteral("--user") },
        { QStringLiteral("demo"), QStringLiteral("--years") },
        { QStringLiteral("backup"), QStringLiteral("--force") },
        { QStringLiteral("restore"), QStringLiteral("--recovery-code-stdin") },
        { QStringLiteral("export"), QStringLiteral("--identifiable") },
        { QStringLiteral("transfer"), QStringLiteral("--prison-number") },
        { QStringLiteral("purge"), QStringLiteral("--yes") },
    };
    const Run help = cli({ QStringLiteral("--help") });
    REQUIRE(help.exitCode == 0);
    const QString list = help.out.mid(help.out.indexOf(QStringLiteral("Commands:")));
    QStringList listed;
    for (const QString& text : list.split(QLatin1Char('\n')).mid(1)) {
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^  ([a-z-]+)  ")).match(text);
        if (match.hasMatch())
            listed.append(match.captured(1));
    }
    QStringList tabled;
    for (const auto& [command, option] : ownOption)
        tabled.append(command);
    CHECK(listed == tabled);

    for (const auto& [command, option] : ownOption) {
        INFO(command.toStdString());
        const Run own = cli({ command, QStringLiteral("--help") });
        CHECK(own.exitCode == 0);
        CHECK(own.out.contains(option));
        CHECK_FALSE(own.out.contains(QStringLiteral("Commands:")));
        const qsizetype example = own.out.indexOf(QStringLiteral("Example:\n  wingmate-cli "));
        REQUIRE(example >= 0);
        const QString exampleLine = own.out.mid(example).section(QLatin1Char('\n'), 1, 1);
        CHECK(exampleLine.contains(QLatin1Char(' ') + command + QLatin1Char(' ')));
    }
    // Options are the command's own: the demo asks for no account.
    const Run demo = cli({ QStringLiteral("demo"), QStringLiteral("--help") });
    CHECK_FALSE(demo.out.contains(QStringLiteral("--user")));
    CHECK_FALSE(demo.out.contains(QStringLiteral("--identifiable")));
    // A usage error points at the command's own help.
    const Run wrong = cli({ QStringLiteral("user"), QStringLiteral("frobnicate") });
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("wingmate-cli user --help")));
}

TEST_CASE("Options end at a double dash and may come before the command")
{
    CliVault vault;
    const auto show = [&vault] {
        return vault.as(AdminName, { QStringLiteral("settings"), QStringLiteral("show") }).out;
    };

    // Without "--", a value starting with a dash reads as an unknown option
    // and nothing changes.
    const Run refused = vault.as(AdminName,
        { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("wing_name"),
            QStringLiteral("-2 wing") });
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(show().contains(QStringLiteral("-2 wing")));

    // Options first, then the command, then "--" and a value that starts
    // with a dash: the value is stored as it is.
    const Run set
        = cli({ QStringLiteral("--vault"), vault.path(), QStringLiteral("-u"), AdminName,
                  QStringLiteral("--password-stdin"), QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("wing_name"), QStringLiteral("--"), QStringLiteral("-2 wing") },
            line(AdminPassword));
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    CHECK(show().contains(QStringLiteral("wing_name = -2 wing\n")));

    // After "--" even an option's name is a value: here, one too many.
    const Run extra = cli({ QStringLiteral("--vault"), vault.path(), QStringLiteral("settings"),
                              QStringLiteral("set"), QStringLiteral("wing_name"), QStringLiteral("--"),
                              QStringLiteral("B wing"), QStringLiteral("--user"), AdminName },
        line(AdminPassword));
    CHECK(extra.exitCode == 1);
    CHECK(show().contains(QStringLiteral("wing_name = -2 wing\n")));
}
