// Kills wingmate-cli with SIGKILL at random moments while it upgrades a vault
// made by Wingmate 0.1 (SQLCipher 3) at its first unlock, and checks after
// every kill that the folder opens, as the old vault or the upgraded one, with
// every record it held.

#include "OldVault.h"
#include "Reliability.h"
#include "TestVault.h"
#include "services/UserSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

const QString DemoAdmin = QStringLiteral("demo.admin");
const QString DemoPassword = QStringLiteral("Wingmate demo wing");

qint64 count(UserSession& session, const char* table)
{
    QSqlQuery query(session.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("An upgrade from SQLCipher 3 killed at any moment leaves a vault that opens with every record")
{
    const int cycles = reliability::count("WINGMATE_UPGRADE_CYCLES", 120, 100);
    // The demonstration wing 0.1 made (tests/fixtures/v0.1/README.md).
    const qint64 sessions = 342;
    const qint64 checkIns = 172;

    int lost = 0;
    int unopenable = 0;
    int killedBeforeCopy = 0; // still the old file, nothing begun
    int killedDuringCopy = 0; // the new file half made beside the old one
    int killedAfterSwap = 0; // the new file in place, the old one still aside
    int finished = 0; // the process got to the end before the kill
    QStringList problems;
    QTemporaryDir dir;
    const auto startUpgrade = [&](QProcess& cli, const QString& folder) {
        oldvault::copyTo(folder);
        cli.start(QStringLiteral(WINGMATE_CLI_PATH),
            { QStringLiteral("--vault"), folder, QStringLiteral("verify"), QStringLiteral("--user"), DemoAdmin,
                QStringLiteral("--password-stdin") });
        REQUIRE(cli.waitForStarted());
        cli.write(DemoPassword.toUtf8() + '\n');
        // QProcess writes from its event loop; the sleep below runs none, so
        // the password goes now or the program would wait for it till killed.
        REQUIRE(cli.waitForBytesWritten());
        cli.closeWriteChannel();
    };
    // Kills land anywhere in the life of one whole run on this machine, timed
    // first, and a little after it.
    int lifeMs = 0;
    {
        QProcess whole;
        QElapsedTimer timer;
        timer.start();
        startUpgrade(whole, dir.path() + QStringLiteral("/timed"));
        REQUIRE(whole.waitForFinished());
        REQUIRE(whole.exitCode() == 0);
        lifeMs = int(timer.elapsed()) * 11 / 10 + 1;
    }
    bool overridden = false;
    if (const int requested = qEnvironmentVariableIntValue("WINGMATE_UPGRADE_MAX_LIFE_MS", &overridden);
        overridden && requested > 0) {
        lifeMs = requested;
    }
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const QString folder = dir.path() + QStringLiteral("/cycle-%1").arg(cycle);
        QProcess cli;
        startUpgrade(cli, folder);
        QThread::msleep(QRandomGenerator::global()->bounded(lifeMs));
        cli.kill();
        REQUIRE(cli.waitForFinished());
        if (cli.exitStatus() == QProcess::NormalExit) {
            ++finished;
        } else if (QFile::exists(folder + QStringLiteral("/wingmate.db.upgrading"))) {
            ++killedDuringCopy;
        } else if (QFile::exists(folder + QStringLiteral("/wingmate.db.sqlcipher3"))) {
            ++killedAfterSwap;
        } else {
            ++killedBeforeCopy;
        }

        // Whatever the kill left, the next sign-in opens it (upgrading it if
        // need be) with every record.
        Result<std::unique_ptr<UserSession>> session = UserSession::signIn(folder, DemoAdmin, DemoPassword);
        if (!session) {
            ++unopenable;
            problems.append(QStringLiteral("cycle %1: %2 / %3")
                                .arg(cycle)
                                .arg(session.status().message(), session.status().details()));
            continue;
        }
        if (count(**session, "mentee_sessions") != sessions || count(**session, "check_ins") != checkIns) {
            ++lost;
            problems.append(QStringLiteral("cycle %1: records missing after the kill").arg(cycle));
        }
        if (const Status verified = (*session)->verify(); !verified) {
            ++unopenable;
            problems.append(QStringLiteral("cycle %1: did not verify after the kill: %2 / %3")
                                .arg(cycle)
                                .arg(verified.message(), verified.details()));
        }
        CHECK((*session)->vault().cipherVersion().startsWith(QStringLiteral("4.")));
        CHECK_FALSE(QFile::exists((*session)->vault().legacyCopyPath()));
        session->reset();
        QDir(folder).removeRecursively();
    }
    reliability::recordFigures(
        QStringLiteral("upgrade-kill: cycles=%1 life_ms=%8 killed_before_copy=%2 killed_during_copy=%3 "
                       "killed_after_swap=%4 finished=%5 lost=%6 unopenable=%7")
            .arg(cycles)
            .arg(killedBeforeCopy)
            .arg(killedDuringCopy)
            .arg(killedAfterSwap)
            .arg(finished)
            .arg(lost)
            .arg(unopenable)
            .arg(lifeMs));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(lost == 0);
    CHECK(unopenable == 0);
    // The kills must have reached the upgrade itself, or this shows nothing.
    CHECK(killedDuringCopy + killedAfterSwap > 0);
}
