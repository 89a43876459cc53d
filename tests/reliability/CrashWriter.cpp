// The child of the crash-loop test: signs in to the vault it is given and
// records sessions and check-ins through the services, one transaction each,
// until it is killed. After each write returns success it prints the new
// record's id ("session 12", "check-in 40"): from then on the record must
// survive whatever happens to the process.
//
//   wingmate-crash-writer VAULT_DIR MENTOR_ID EPISODE_ID
//
// Exit codes are Wingmate's (Status::exitCode) when a write is refused;
// normally the parent kills it with SIGKILL.

#include "Clock.h"
#include "TestVault.h"
#include "domain/CheckIn.h"
#include "domain/MenteeSession.h"
#include "services/CheckInService.h"
#include "services/SessionService.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <sys/prctl.h>
#include <signal.h>
#include <unistd.h>

using namespace wingmate;

namespace {

// Straight to the pipe, unbuffered: a line printed is a line the parent reads.
void say(const QByteArray& line)
{
    const QByteArray bytes = line + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            _exit(7);
        done += n;
    }
}

int refused(const Status& status)
{
    say("refused " + QByteArray::number(status.exitCode()) + ' ' + status.message().toUtf8() + " / "
        + status.details().toUtf8());
    return status.exitCode();
}

} // namespace

int main(int argc, char** argv)
{
    // Never outlive the test that started us.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        fprintf(stderr, "usage: wingmate-crash-writer VAULT_DIR MENTOR_ID EPISODE_ID\n");
        return 1;
    }
    const qint64 mentorId = args.at(2).toLongLong();
    const qint64 episodeId = args.at(3).toLongLong();

    // The same fixed time as the test's clock, so the episode's dates agree.
    ManualClock clock;
    Result<std::unique_ptr<UserSession>> signedIn
        = UserSession::signIn(args.at(1), test::AdminName, test::AdminPassword, clock);
    if (!signedIn)
        return refused(signedIn.status());
    UserSession& session = **signedIn;
    say("ready");

    SessionService sessions(session);
    CheckInService checkIns(session);
    const QDate today = clock.now().toLocalTime().date();
    for (qint64 i = 0; i < 1000000; ++i) {
        clock.advance(1);
        if (i % 2 == 0) {
            MenteeSession s;
            s.heldAt = QDateTime(today.addDays(-1), QTime(10, 0).addSecs(int(i % 600) * 60));
            s.durationMinutes = 30;
            s.sessionType = QStringLiteral("1:1");
            s.location = QStringLiteral("Crash wing");
            s.mentorIds = { mentorId };
            s.attendees = { { episodeId, true, false } };
            s.notes = QStringLiteral("Session %1").arg(i);
            Result<SessionService::Recorded> recorded = sessions.record(s);
            if (!recorded)
                return refused(recorded.status());
            say("session " + QByteArray::number(recorded->sessionId));
        } else {
            CheckIn c;
            c.episodeId = episodeId;
            c.checkedOn = today;
            c.wellbeingRating = int(i % 10) + 1;
            // Every fifth check-in raises a concern: a write over several tables.
            c.selfHarm = i % 5 == 1 ? CheckIn::SelfHarm::Thoughts : CheckIn::SelfHarm::None;
            c.coping = QStringLiteral("Check-in %1").arg(i);
            Result<CheckInService::Recorded> recorded = checkIns.record(c);
            if (!recorded)
                return refused(recorded.status());
            say("check-in " + QByteArray::number(recorded->checkInId));
        }
    }
    return 0;
}
