#include "TestVault.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QFileInfo>

#include <unistd.h>

#include <catch2/catch.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QByteArray& input = {}, bool closeInput = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WINGMATE_INSECURE_FAST_KDF"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WINGMATE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    if (closeInput)
        process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray line(const QString& text) { return (text + QLatin1Char('\n')).toUtf8(); }

// stderr holds exactly one sentence on one line.
void requireOneSentence(const Run& run)
{
    INFO("stderr: " << run.err.toStdString());
    const QString trimmed = run.err.trimmed();
    REQUIRE_FALSE(trimmed.isEmpty());
    CHECK_FALSE(trimmed.contains(QLatin1Char('\n')));
    CHECK(trimmed.endsWith(QLatin1Char('.')));
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
    CHECK(cli({ QStringLiteral("verify"), QStringLiteral("--user"), AdminName, QStringLiteral("--password-stdin") },
              line(AdminPassword))
              .exitCode
        == 1); // no --vault
    CHECK(cli({ QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--password-stdin") }, line(AdminPassword))
              .exitCode
        == 1); // no --admin
    const Run noPassword = cli({ QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--admin"), AdminName });
    CHECK(noPassword.exitCode == 1); // stdin is not a terminal and no --password-stdin
    CHECK(noPassword.err.contains(QStringLiteral("--password-stdin")));
    const Run emptyInput = cli({ QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--admin"), AdminName,
        QStringLiteral("--password-stdin") });
    CHECK(emptyInput.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(vault));
}

TEST_CASE("wingmate-cli init and verify, good paths and bad")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("wing vault")); // a space in the path, too
    const QString password = QStringLiteral("Pässwörd für den Flügel ✓");
    const QStringList init { QStringLiteral("--vault"), vault, QStringLiteral("init"), QStringLiteral("--admin"),
        QStringLiteral("chris"), QStringLiteral("--password-stdin") };

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

    const QStringList verifyAs { QStringLiteral("--vault"), vault, QStringLiteral("verify"), QStringLiteral("--user"),
        QStringLiteral("chris"), QStringLiteral("--password-stdin") };
    const Run ok = cli(verifyAs, line(password));
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("intact")));

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
        const Run run = cli({ QStringLiteral("--vault"), dir.filePath(QStringLiteral("plain-file/vault")), QStringLiteral("init"),
                                QStringLiteral("--admin"), AdminName, QStringLiteral("--password-stdin") },
            line(AdminPassword));
        CHECK(run.exitCode == 7);
        requireOneSentence(run);
    } else {
        const Run run = cli({ QStringLiteral("--vault"), QStringLiteral("/proc/wingmate-vault"), QStringLiteral("init"),
                                QStringLiteral("--admin"), AdminName, QStringLiteral("--password-stdin") },
            line(AdminPassword));
        CHECK(run.exitCode == 7);
        requireOneSentence(run);
    }
}
