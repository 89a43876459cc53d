// Every write, sync or truncation SQLite makes can fail (a full disk, a
// failing drive). For each operation below the failure is injected at the
// 1st, 2nd, ... file operation until the operation gets through untouched,
// and each time: the caller hears a plain Io error, nothing of the record is
// left behind, and the vault opens and verifies afterwards.

#include "FailingVfs.h"
#include "RecordsFixture.h"
#include "Reliability.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CheckInService.h"
#include "services/SessionService.h"

#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

#include <functional>

using namespace wingmate;
using namespace wingmate::test;
using reliability::FailingVfs;

namespace {

struct FaultyOperation {
    const char* name;
    // Runs the operation; tag makes what it writes recognisable.
    std::function<Status(TestSession&, const QString& tag)> run;
    // How many complete records carrying tag are stored, or -1 when part of
    // one is (a row without the rows that belong with it).
    std::function<int(UserSession&, const QString& tag)> stored;
};

QString quoted(const QString& tag) { return QLatin1Char('\'') + tag + QLatin1Char('\''); }

// A plain sentence for a support worker: not empty, one line, full stop.
bool plainSentence(const QString& message)
{
    return !message.isEmpty() && !message.contains(QLatin1Char('\n')) && message.endsWith(QLatin1Char('.'));
}

} // namespace

TEST_CASE("Writes failing at every file operation end in a plain error, leave no partial record, and the vault still verifies")
{
    FailingVfs::install();
    TestSession ts;
    const qint64 mentor = addMentor(*ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    const qint64 episode = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Fault Mentee"));

    const QList<FaultyOperation> operations {
        { "record a session",
            [&](TestSession& t, const QString& tag) {
                MenteeSession s;
                s.heldAt = QDateTime(today(t).addDays(-1), QTime(11, 0));
                s.durationMinutes = 30;
                s.sessionType = QStringLiteral("1:1");
                s.mentorIds = { mentor };
                s.attendees = { { episode, true, false } };
                s.notes = tag;
                s.followUps = { { 0, QStringLiteral("Follow up ") + tag, today(t).addDays(7), {} } };
                return SessionService(*t.session).record(s).status();
            },
            [](UserSession& s, const QString& tag) {
                const QString where = QStringLiteral(" WHERE s.notes = ") + quoted(tag);
                const int sessions = scalar(s, QStringLiteral("SELECT count(*) FROM mentee_sessions s") + where);
                const int attended = scalar(s,
                    QStringLiteral("SELECT count(*) FROM session_attendance a JOIN mentee_sessions s ON s.id = a.session_id")
                        + where);
                const int actions = scalar(s,
                    QStringLiteral("SELECT count(*) FROM follow_up_actions a JOIN mentee_sessions s ON s.id = a.session_id")
                        + where);
                const int audited = scalar(s,
                    QStringLiteral("SELECT count(*) FROM audit_events e JOIN mentee_sessions s "
                                   "ON e.entity_type = 'mentee_session' AND e.entity_id = CAST(s.id AS TEXT)")
                        + where);
                return sessions == attended && sessions == actions && sessions == audited ? sessions : -1;
            } },
        { "record a check-in that raises a concern",
            [&](TestSession& t, const QString& tag) {
                CheckIn c;
                c.episodeId = episode;
                c.checkedOn = today(t);
                c.wellbeingRating = 3;
                c.selfHarm = CheckIn::SelfHarm::Thoughts;
                c.coping = tag;
                return CheckInService(*t.session).record(c).status();
            },
            [](UserSession& s, const QString& tag) {
                const QString where = QStringLiteral(" WHERE c.coping = ") + quoted(tag);
                const int checkIns = scalar(s, QStringLiteral("SELECT count(*) FROM check_ins c") + where);
                const int concerns = scalar(s,
                    QStringLiteral("SELECT count(*) FROM concerns x JOIN check_ins c ON c.id = x.check_in_id") + where);
                return checkIns == concerns ? checkIns : -1;
            } },
        { "change a setting",
            [](TestSession& t, const QString& tag) { return t.session->changeSetting(Setting::WingName, tag); },
            [](UserSession& s, const QString& tag) { return s.settings().text(Setting::WingName) == tag ? 1 : 0; } },
        { "rotate the database key",
            [](TestSession& t, const QString&) { return t.session->rotateKey(); },
            [](UserSession&, const QString&) { return 0; } },
    };

    int points = 0;
    int failedOperations = 0;
    int partial = 0;
    int damaged = 0;
    int unclear = 0;
    // Every point in CI; under the sanitizers, every point of the first 20 and
    // then every divisor-th.
    const int stride = reliability::divisor();
    for (const FaultyOperation& op : operations) {
        for (int failAt = 1;; failAt += failAt < 20 ? 1 : stride) {
            REQUIRE(failAt < 1000);
            const QString tag = QStringLiteral("fault-%1-%2").arg(QString::fromUtf8(op.name).left(6)).arg(failAt);
            INFO(op.name << ", failing from file operation " << failAt);
            FailingVfs::failFrom(failAt);
            const Status status = op.run(ts, tag);
            const int failures = FailingVfs::failures();
            FailingVfs::disarm();
            INFO(status.message().toStdString() << " / " << status.details().toStdString());
            if (failures == 0) {
                // Every file operation got through: the sweep is complete.
                REQUIRE(status.ok());
                break;
            }
            ++points;
            if (!status.ok()) {
                ++failedOperations;
                const bool clear = status.code() == ErrorCode::Io && plainSentence(status.message());
                CHECK(status.code() == ErrorCode::Io);
                CHECK(plainSentence(status.message()));
                unclear += clear ? 0 : 1;
            }

            // Close (as the program would after such an error) and come back.
            Result<std::unique_ptr<UserSession>> again = ts.trySignIn(AdminName, AdminPassword);
            Status verified = again ? (*again)->verify() : again.status();
            INFO("after reopening: " << verified.message().toStdString() << " / "
                                     << verified.details().toStdString());
            CHECK(verified.ok());
            if (!verified.ok()) {
                ++damaged;
                REQUIRE(again.ok()); // nothing more can be checked
                continue;
            }
            ts.session = std::move(*again);
            const int stored = op.stored(*ts.session, tag);
            // Saved when it said so; not saved, and not half-saved, when not.
            if (stored < 0 || (status.ok() && stored != 1 && op.name != std::string("rotate the database key"))
                || (!status.ok() && stored != 0)) {
                ++partial;
                FAIL_CHECK("stored " << stored << " records after " << (status.ok() ? "success" : "failure"));
            }
        }
    }
    reliability::recordFigures(QStringLiteral("faults: operations=%1 points=%2 failed=%3 unclear=%4 partial=%5 damaged=%6")
                                   .arg(operations.size())
                                   .arg(points)
                                   .arg(failedOperations)
                                   .arg(unclear)
                                   .arg(partial)
                                   .arg(damaged));
    CHECK(points > 0);
}
