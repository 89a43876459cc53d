#include "CliRun.h"
#include "RecordsFixture.h"
#include "TestVault.h"
#include "services/MenteeService.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

const QRegularExpression CodePattern(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"));

QStringList as(const QString& vault, QStringList arguments)
{
    arguments.prepend(vault);
    arguments.prepend(QStringLiteral("--vault"));
    arguments << QStringLiteral("--user") << AdminName << QStringLiteral("--password-stdin");
    return arguments;
}

// A vault with Dan's closed episode, left closed for the command line to use.
QString vaultWithDan(TestSession& ts, const QDateTime& when)
{
    ts.clock.set(when);
    ts.signInAs(AdminName);
    const qint64 episode = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    requireOk(
        MenteeService(*ts.session)
            .close(episode, { today(ts), MenteeEpisode::ClosureReason::Transferred, false, false, {} }));
    ts.session.reset();
    return ts.path();
}

int count(TestSession& ts, const QString& sql)
{
    ts.signInAs(AdminName);
    const int n = scalar(*ts.session, sql);
    ts.session.reset();
    return n;
}

} // namespace

TEST_CASE("wingmate-cli transfer export prints the code once and import reads it from the second line")
{
    TestSession sender;
    const QString from = vaultWithDan(sender, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    TestSession receiver;
    receiver.session.reset();
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("dan.wmtransfer"));

    const CliRun help = runCli({ QStringLiteral("transfer"), QStringLiteral("--help") });
    CHECK(help.out.contains(QStringLiteral("--dry-run")));
    CHECK(help.out.contains(QStringLiteral("second")));

    CHECK(runCli(as(from, { QStringLiteral("transfer"), QStringLiteral("export") }), inputLine(AdminPassword))
              .exitCode
        == 1);
    CHECK(
        runCli(as(from, { QStringLiteral("transfer"), QStringLiteral("sideways") }), inputLine(AdminPassword))
            .exitCode
        == 1);

    const CliRun exported
        = runCli(as(from,
                     { QStringLiteral("transfer"), QStringLiteral("export"),
                         QStringLiteral("--prison-number"), QStringLiteral("A1234BC"), QStringLiteral("--to"),
                         QStringLiteral("HMP Receiver"), QStringLiteral("--out"), package }),
            inputLine(AdminPassword));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.err.isEmpty()); // no progress when stderr is not a terminal
    CHECK(exported.out.count(CodePattern) == 1);
    const QString code = CodePattern.match(exported.out).captured(0);
    REQUIRE(QFile::exists(package));

    const QStringList import = as(receiver.path(),
        { QStringLiteral("transfer"), QStringLiteral("import"), QStringLiteral("--from"), package });
    const QByteArray input = inputLine(AdminPassword) + inputLine(code);

    SECTION("refusals exit 3 and write nothing")
    {
        const CliRun wrong = runCli(import,
            inputLine(AdminPassword) + inputLine(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")));
        CHECK(wrong.exitCode == 3);
        requireOneSentence(wrong);
        QByteArray bytes;
        {
            QFile file(package);
            REQUIRE(file.open(QIODevice::ReadOnly));
            bytes = file.readAll();
        }
        const QString bad = dir.filePath(QStringLiteral("bad.wmtransfer"));
        const auto tryBytes = [&](const QByteArray& content) {
            QFile file(bad);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            QStringList args = import;
            args[args.indexOf(package)] = bad;
            return runCli(args, input);
        };
        QByteArray tampered = bytes;
        tampered[tampered.size() - 5] = char(tampered.at(tampered.size() - 5) ^ 0x40);
        CHECK(tryBytes(tampered).exitCode == 3);
        CHECK(tryBytes(bytes.left(bytes.size() - 1)).exitCode == 3);
        CHECK(tryBytes(QByteArray("PK\x03\x04 a zip file")).exitCode == 3);
        const CliRun missingCode = runCli(import, inputLine(AdminPassword));
        CHECK(missingCode.exitCode == 1);
        CHECK(count(receiver, QStringLiteral("SELECT count(*) FROM prisoners")) == 0);
        CHECK(
            count(receiver, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'transfer_in'"))
            == 0);
    }
    SECTION("a dry run shows what would come, then the import brings it, and a second import is a conflict")
    {
        QStringList dry = import;
        dry << QStringLiteral("--dry-run");
        const CliRun preview = runCli(dry, input);
        INFO(preview.err.toStdString());
        CHECK(preview.exitCode == 0);
        CHECK(preview.out.contains(QStringLiteral("Dan Mover")));
        CHECK(preview.out.contains(QStringLiteral("new here")));
        CHECK(preview.out.contains(QStringLiteral("Mentee episodes: 1")));
        CHECK(preview.out.contains(QStringLiteral("Dry run")));
        CHECK(count(receiver, QStringLiteral("SELECT count(*) FROM prisoners")) == 0);

        const CliRun imported = runCli(import, input);
        INFO(imported.err.toStdString());
        CHECK(imported.exitCode == 0);
        CHECK(imported.out.contains(QStringLiteral("Imported")));
        CHECK(count(receiver, QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE status = 'closed'"))
            == 1);

        const CliRun again = runCli(import, input);
        CHECK(again.exitCode == 6);
        CHECK(again.out.contains(QStringLiteral("overlaps")));
        requireOneSentence(again);
        CHECK(count(receiver, QStringLiteral("SELECT count(*) FROM mentee_episodes")) == 1);
    }
}

TEST_CASE("wingmate-cli purge previews, asks, and deletes only with confirmation")
{
    TestSession wing;
    // Records from years ago, by the wing's own clock; the command line runs
    // on today's date.
    const QString vault = vaultWithDan(wing, QDateTime(QDate(2021, 3, 1), QTime(9, 0), Qt::UTC));
    const QStringList purge = as(vault, { QStringLiteral("purge") });

    const CliRun off = runCli(purge, inputLine(AdminPassword));
    CHECK(off.exitCode == 6);
    requireOneSentence(off);
    REQUIRE(runCli(as(vault,
                       { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retention_years"),
                           QStringLiteral("2") }),
                inputLine(AdminPassword))
                .exitCode
        == 0);

    QStringList dry = purge;
    dry << QStringLiteral("--dry-run");
    const CliRun preview = runCli(dry, inputLine(AdminPassword));
    CHECK(preview.exitCode == 0);
    CHECK(preview.out.contains(QStringLiteral("Prisoners: 1")));
    CHECK(preview.out.contains(QStringLiteral("Mentee episodes: 1")));
    CHECK(preview.out.contains(QStringLiteral("Dry run")));

    const CliRun unconfirmed = runCli(purge, inputLine(AdminPassword));
    CHECK(unconfirmed.exitCode == 1);
    CHECK(unconfirmed.err.contains(QStringLiteral("--yes")));
    CHECK(count(wing, QStringLiteral("SELECT count(*) FROM prisoners")) == 1);

    QStringList confirmed = purge;
    confirmed << QStringLiteral("--yes");
    const CliRun done = runCli(confirmed, inputLine(AdminPassword));
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Deleted")));
    CHECK(count(wing, QStringLiteral("SELECT count(*) FROM prisoners")) == 0);
    CHECK(count(wing, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'purge'")) == 1);

    const CliRun nothing = runCli(confirmed, inputLine(AdminPassword));
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out.contains(QStringLiteral("Nothing is due")));
}
