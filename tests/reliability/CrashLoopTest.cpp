// Kills a writer with SIGKILL at random moments, again and again, and checks
// after every kill that each record it acknowledged is there and that the
// vault is intact.

#include "RecordsFixture.h"
#include "Reliability.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CheckInService.h"
#include "services/SessionService.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

struct Acknowledged {
    QList<qint64> sessions;
    QList<qint64> checkIns;
    int size() const { return int(sessions.size() + checkIns.size()); }
};

// What the writer printed before it died; a last line cut off by the kill
// was never acknowledged.
Acknowledged parse(const QByteArray& output, QString* refusal)
{
    Acknowledged ack;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline
        const QByteArray& line = lines.at(i);
        if (line.startsWith("session "))
            ack.sessions.append(line.mid(8).toLongLong());
        else if (line.startsWith("check-in "))
            ack.checkIns.append(line.mid(9).toLongLong());
        else if (line.startsWith("refused "))
            *refusal = QString::fromUtf8(line);
    }
    return ack;
}

// The records that are missing (0 when all are there).
int missing(UserSession& session, const QList<qint64>& sessionIds, const QList<qint64>& checkInIds)
{
    int lost = 0;
    SessionService sessions(session);
    for (qint64 id : sessionIds) {
        if (!sessions.get(id).ok()) {
            UNSCOPED_INFO("session " << id << " was acknowledged but is missing");
            ++lost;
        }
    }
    CheckInService checkIns(session);
    for (qint64 id : checkInIds) {
        if (!checkIns.get(id).ok()) {
            UNSCOPED_INFO("check-in " << id << " was acknowledged but is missing");
            ++lost;
        }
    }
    return lost;
}

} // namespace

TEST_CASE("A writer killed at random moments loses no acknowledged record and damages nothing")
{
    const int cycles = reliability::count("WINGMATE_CRASH_CYCLES", 200, 50);
    // How long the writer may live, at most, before it is killed: long enough
    // to get through signing in and a few dozen writes, short enough that most
    // kills land in the middle of something.
    const int maxLifeMs = reliability::count("WINGMATE_CRASH_MAX_LIFE_MS", 400, 400);

    TestSession ts;
    const qint64 mentor = addMentor(*ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    const qint64 episode = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Crash Mentee"));
    ts.session->signOut();
    ts.session.reset();

    QRandomGenerator random(quint32(qEnvironmentVariableIntValue("WINGMATE_CRASH_SEED")) ^ 20261122u);
    Acknowledged all;
    int lost = 0;
    int damaged = 0;
    int killedBeforeReady = 0;
    int done = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(WINGMATE_CRASH_WRITER_PATH),
            { ts.path(), QString::number(mentor), QString::number(episode) });
        REQUIRE(writer.waitForStarted());
        QThread::msleep(random.bounded(maxLifeMs));
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished());
        const QByteArray output = writer.readAllStandardOutput();
        QString refusal;
        const Acknowledged ack = parse(output, &refusal);
        // A writer that stopped by itself was refused something: a failure
        // here, unless the refusal is the damage counted below.
        const bool killed = writer.exitStatus() == QProcess::CrashExit;
        if (!output.contains("ready\n"))
            ++killedBeforeReady;

        Result<std::unique_ptr<UserSession>> signedIn = ts.trySignIn(AdminName, AdminPassword);
        Status verified = signedIn ? (*signedIn)->verify() : signedIn.status();
        INFO("cycle " << cycle << ": " << verified.message().toStdString() << " / "
                      << verified.details().toStdString() << " " << refusal.toStdString());
        if (!verified.ok()) {
            ++damaged;
            FAIL_CHECK("the vault did not open and verify after the kill");
            break;
        }
        CHECK((killed || !refusal.isEmpty()));
        CHECK(refusal.isEmpty());
        const int lostNow = missing(**signedIn, ack.sessions, ack.checkIns);
        CHECK(lostNow == 0);
        lost += lostNow;
        all.sessions += ack.sessions;
        all.checkIns += ack.checkIns;
        (*signedIn)->signOut();
        ++done;
    }

    // Once more at the end, everything acknowledged in every cycle.
    {
        Result<std::unique_ptr<UserSession>> signedIn = ts.trySignIn(AdminName, AdminPassword);
        REQUIRE(signedIn.ok());
        REQUIRE((*signedIn)->verify().ok());
        CHECK(missing(**signedIn, all.sessions, all.checkIns) == 0);
        // Ids are never handed out twice.
        CHECK(QSet<qint64>(all.sessions.begin(), all.sessions.end()).size() == all.sessions.size());
        CHECK(QSet<qint64>(all.checkIns.begin(), all.checkIns.end()).size() == all.checkIns.size());
    }
    const reliability::CliRun cli = reliability::cliVerify(ts.path());
    INFO(cli.err.toStdString());
    CHECK(cli.finished);
    CHECK(cli.exitCode == 0);

    fprintf(stderr, "crash: %d records acknowledged, %d kills before the writer was signed in\n", all.size(),
        killedBeforeReady);
    reliability::recordFigures(QStringLiteral("crash: cycles=%1 lost=%2 damaged=%3").arg(done).arg(lost).arg(damaged));
    CHECK(all.size() > cycles); // the kills did land among the writes
}
