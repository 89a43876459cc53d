// wingmate-cli demo and its --years: the real program making demonstration
// wings in temporary folders. Years of records are dated in their own time
// and audited, a retention purge finds what ended long ago and deletes it,
// the current wing is the same with or without the years before it, and bad
// --years values are refused with nothing written.
#include "CliRun.h"
#include "RecordsFixture.h"
#include "TestVault.h"
#include "demo/DemoWing.h"
#include "services/UserSession.h"
#include "services/VerifyReport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

const QString Admin = QString::fromLatin1(DemoWing::AdminName);
const QString Password = QString::fromLatin1(DemoWing::Password);

// A demonstration wing with years of records may take minutes on a slow,
// busy machine.
constexpr int DemoTimeoutMs = 10 * 60 * 1000;

CliRun demo(const QString& vault, const QStringList& options = {})
{
    return runCli(QStringList { QStringLiteral("--vault"), vault, QStringLiteral("demo") } + options, {},
        true, DemoTimeoutMs);
}

// A command as the demonstration wing's administrator, the password on stdin.
CliRun asAdmin(const QString& vault, const QStringList& command)
{
    QStringList arguments { QStringLiteral("--vault"), vault };
    arguments << command << QStringLiteral("--user") << Admin << QStringLiteral("--password-stdin");
    return runCli(arguments, inputLine(Password));
}

QDate today()
{
    return QDate::currentDate();
}

// Reads the vault in this process as the administrator (which records a
// sign-in, so never between two fingerprints).
template<typename Read> auto reading(const QString& vault, Read read)
{
    Result<std::unique_ptr<UserSession>> session = UserSession::signIn(vault, Admin, Password);
    INFO(session.status().message().toStdString());
    REQUIRE(session.ok());
    return read(**session);
}

QStringList rows(UserSession& session, const QString& sql)
{
    QSqlQuery query(session.database());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QStringList out;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << query.value(i).toString();
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

// "  Mentee episodes: 12" lines of a purge preview, by label.
QMap<QString, int> purgeCounts(const QString& out)
{
    QMap<QString, int> counts;
    static const QRegularExpression line(
        QStringLiteral("^  ([^:]+): (\\d+)$"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        counts.insert(m.captured(1), m.captured(2).toInt());
    }
    return counts;
}

} // namespace

TEST_CASE(
    "wingmate-cli demo --years 8 makes eight years of records, and a six-year retention purges the oldest")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("wing"));
    const CliRun made = demo(vault, { QStringLiteral("--years"), QStringLiteral("8") });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("with 8 years of records")));
    const QString first = today().addYears(-8).toString(Qt::ISODate);
    const QString lastYear = today().addYears(-1).toString(Qt::ISODate);
    const QString cutoff = today().addYears(-6).toString(Qt::ISODate);

    reading(vault, [&](UserSession& s) {
        // The records span the eight years, and some ended more than six ago.
        CHECK(scalar(s,
                  QStringLiteral("SELECT min(referred_on) <= '%1' FROM mentee_episodes")
                      .arg(today().addYears(-7).toString(Qt::ISODate)))
            == 1);
        CHECK(scalar(s, QStringLiteral("SELECT min(referred_on) >= '%1' FROM mentee_episodes").arg(first))
            == 1);
        CHECK(scalar(s,
                  QStringLiteral(
                      "SELECT count(*) FROM mentee_episodes WHERE status = 'closed' AND closed_on < '%1'")
                      .arg(cutoff))
            >= 5);
        // The earlier years are over: everything referred before the last
        // year is closed, and its mentors have left.
        CHECK(scalar(s,
                  QStringLiteral(
                      "SELECT count(*) FROM mentee_episodes WHERE referred_on < '%1' AND status <> 'closed'")
                      .arg(lastYear))
            == 0);
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM mentors WHERE applied_on < '%1' AND status <> 'left'")
                      .arg(lastYear))
            == 0);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentors WHERE status = 'left'")) >= 5);
        // The current wing is there as well: thirty referrals in the last year.
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE referred_on >= '%1'")
                      .arg(lastYear))
            == 30);

        // Every session, check-in, concern and review of an episode lies
        // within it, and the oldest ones had concerns the nurse reviewed.
        CHECK(
            scalar(s,
                QStringLiteral(
                    "SELECT count(*) FROM session_attendance a JOIN mentee_sessions m ON m.id = a.session_id "
                    "JOIN mentee_episodes e ON e.id = a.episode_id WHERE substr(m.held_at, 1, 10) < "
                    "e.referred_on "
                    "OR substr(m.held_at, 1, 10) > coalesce(e.closed_on, '9999')"))
            == 0);
        CHECK(scalar(s,
                  QStringLiteral(
                      "SELECT count(*) FROM check_ins c JOIN mentee_episodes e ON e.id = c.episode_id "
                      "WHERE c.checked_on < e.referred_on OR c.checked_on > coalesce(e.closed_on, '9999')"))
            == 0);
        CHECK(scalar(s,
                  QStringLiteral(
                      "SELECT count(*) FROM concerns k JOIN mentee_episodes e ON e.id = k.episode_id "
                      "WHERE date(k.raised_at) < e.referred_on OR date(k.raised_at) > coalesce(e.closed_on, "
                      "'9999')"))
            == 0);
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM reviews r JOIN concerns k ON k.id = r.concern_id "
                                 "WHERE r.reviewed_on < date(k.raised_at) OR julianday(r.reviewed_on) - "
                                 "julianday(date(k.raised_at)) > 2 "
                                 "AND k.raised_at < '%1'")
                      .arg(lastYear))
            == 0);
        CHECK(
            scalar(s,
                QStringLiteral("SELECT count(*) FROM concerns WHERE raised_at < '%1' AND status = 'reviewed'")
                    .arg(cutoff))
            >= 1);
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM concerns WHERE status = 'open' AND raised_at < '%1'")
                      .arg(lastYear))
            == 0);

        // Every record has its audit event, written on the day it is about,
        // and the audit trail runs forward in time from eight years ago.
        for (const auto& [table, entity, day] :
            { std::tuple { "mentee_sessions", "mentee_session", "substr(r.held_at, 1, 10)" },
                std::tuple { "check_ins", "check_in", "r.checked_on" },
                std::tuple { "mentee_episodes", "mentee_episode", "r.referred_on" },
                std::tuple { "concerns", "concern", "date(r.raised_at)" },
                std::tuple { "reviews", "review", "r.reviewed_on" },
                std::tuple { "supervisions", "supervision", "r.held_on" } }) {
            INFO(table);
            const QString joined
                = QStringLiteral(
                    "FROM %1 r JOIN audit_events a ON a.action = 'create' AND a.entity_type = '%2' "
                    "AND a.entity_id = CAST(r.id AS TEXT) WHERE %3 < '%4'")
                      .arg(QLatin1String(table), QLatin1String(entity), QLatin1String(day), lastYear);
            const int earlier = scalar(s,
                QStringLiteral("SELECT count(*) FROM %1 r WHERE %2 < '%3'")
                    .arg(QLatin1String(table), QLatin1String(day), lastYear));
            CHECK(earlier > 0);
            CHECK(scalar(s, QStringLiteral("SELECT count(*) ") + joined) == earlier);
            CHECK(scalar(s,
                      QStringLiteral("SELECT count(*) ") + joined
                          + QStringLiteral(" AND abs(julianday(date(a.occurred_at)) - julianday(%1)) > 1")
                                .arg(QLatin1String(day)))
                == 0);
        }
        CHECK(
            scalar(s,
                QStringLiteral("SELECT count(*) FROM audit_events a JOIN audit_events b ON b.seq = a.seq + 1 "
                               "WHERE b.occurred_at < a.occurred_at"))
            == 0);
        CHECK(scalar(s,
                  QStringLiteral("SELECT min(occurred_at) < '%1' FROM audit_events")
                      .arg(today().addYears(-8).addDays(8).toString(Qt::ISODate)))
            == 1);
        return 0;
    });
    const CliRun verified = asAdmin(vault, { QStringLiteral("verify") });
    INFO(verified.err.toStdString());
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.out.contains(verifiedSummary()));

    const CliRun retention = asAdmin(vault,
        { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retention_years"),
            QStringLiteral("6") });
    INFO(retention.err.toStdString());
    REQUIRE(retention.exitCode == 0);

    // The preview lists what ended before the cut-off, and deletes nothing:
    // every record reads back the same. It signs in, and a sign-in is always
    // on the audit trail, so the database and key files do change, by that
    // one event and nothing else.
    struct Snapshot {
        QStringList records;
        int lastEvent = 0;
        QStringList eventsAfter;
    };
    const auto snapshot = [&](int since) {
        return reading(vault, [since](UserSession& s) {
            Snapshot shot;
            for (const char* table : { "prisoners", "mentee_episodes", "mentee_sessions",
                     "session_attendance", "session_mentors", "follow_up_actions", "check_ins", "concerns",
                     "reviews", "mentor_allocations", "mentors", "mentor_status_history", "shadowing_periods",
                     "training_records", "supervisions", "settings" }) {
                shot.records
                    << QString::fromLatin1(table)
                    << rows(s, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
            }
            // The accounts, but for when each last signed in.
            shot.records << rows(s,
                QStringLiteral("SELECT id, username, display_name, role, active, must_change_password, "
                               "created_at, updated_at FROM users ORDER BY id"));
            shot.lastEvent = scalar(s, QStringLiteral("SELECT max(seq) FROM audit_events"));
            shot.eventsAfter = rows(s,
                QStringLiteral("SELECT actor, action FROM audit_events WHERE seq > %1 ORDER BY seq")
                    .arg(since));
            return shot;
        });
    };
    const Snapshot before = snapshot(0);
    const QMap<QString, QByteArray> filesBefore = folderFingerprint(vault);
    const CliRun preview = asAdmin(vault, { QStringLiteral("purge"), QStringLiteral("--dry-run") });
    INFO(preview.out.toStdString() << preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.contains(
        QStringLiteral("Records that ended before %1 (retention 6 years):").arg(cutoff)));
    CHECK(preview.out.contains(QStringLiteral("Dry run: nothing was deleted.")));
    const QMap<QString, int> counts = purgeCounts(preview.out);
    CHECK(counts.value(QStringLiteral("Prisoners")) >= 5);
    CHECK(counts.value(QStringLiteral("Mentee episodes")) >= 5);
    CHECK(counts.value(QStringLiteral("Sessions")) >= 20);
    CHECK(counts.value(QStringLiteral("Check-ins")) >= 10);
    CHECK(counts.value(QStringLiteral("Concerns")) >= 1);
    CHECK(counts.value(QStringLiteral("Reviews")) >= 1);
    int total = 0;
    for (int n : counts)
        total += n;
    const QMap<QString, QByteArray> filesAfter = folderFingerprint(vault);
    CHECK(filesAfter.keys() == filesBefore.keys());
    for (auto it = filesBefore.cbegin(); it != filesBefore.cend(); ++it) {
        INFO(it.key().toStdString());
        const bool audited
            = it.key() == QStringLiteral("wingmate.db") || it.key() == QStringLiteral("vault.keys");
        CHECK((filesAfter.value(it.key()) == it.value()) != audited);
    }
    const Snapshot after = snapshot(before.lastEvent);
    CHECK(after.records == before.records);
    // The preview's sign-in, then this reading's own.
    CHECK(after.eventsAfter
        == QStringList { Admin + QStringLiteral("|login"), Admin + QStringLiteral("|login") });

    const CliRun purged = asAdmin(vault, { QStringLiteral("purge"), QStringLiteral("--yes") });
    INFO(purged.out.toStdString() << purged.err.toStdString());
    REQUIRE(purged.exitCode == 0);
    CHECK(purged.out.contains(QStringLiteral("Deleted %1 records for good.").arg(total)));
    const CliRun again = asAdmin(vault, { QStringLiteral("purge"), QStringLiteral("--dry-run") });
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Nothing is due for deletion.")));
    const CliRun stillVerified = asAdmin(vault, { QStringLiteral("verify") });
    INFO(stillVerified.err.toStdString());
    CHECK(stillVerified.exitCode == 0);

    reading(vault, [&](UserSession& s) {
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE closed_on < '%1'").arg(cutoff))
            == 0);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_episodes")) > 30);
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE referred_on >= '%1'")
                      .arg(lastYear))
            == 30);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'purge'")) == 1);
        return 0;
    });
}

TEST_CASE("Without --years the demonstration wing is the current wing of a longer one, the same every time")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain"));
    const QString longer = dir.filePath(QStringLiteral("longer"));
    const CliRun one = demo(plain);
    INFO(one.err.toStdString());
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.startsWith(QStringLiteral("Made a demonstration wing in ")));
    CHECK(one.out.contains(QStringLiteral("10 mentors, 30 mentees")));
    CHECK(one.err.contains(QStringLiteral("under a minute")));
    const CliRun two = demo(longer, { QStringLiteral("--years"), QStringLiteral("2") });
    INFO(two.err.toStdString());
    REQUIRE(two.exitCode == 0);
    CHECK(two.out.contains(QStringLiteral("with 2 years of records")));

    // The current wing: its people, sessions, check-ins, concerns and reviews.
    const QString lastYear = today().addYears(-1).toString(Qt::ISODate);
    const auto currentWing = [&](const QString& vault) {
        return reading(vault, [&](UserSession& s) {
            return rows(s,
                       QStringLiteral(
                           "SELECT prison_number, full_name, date_of_birth, location FROM prisoners "
                           "WHERE prison_number < 'I' ORDER BY prison_number"))
                + rows(s,
                    QStringLiteral(
                        "SELECT held_at, duration_minutes, session_type, notes FROM mentee_sessions "
                        "WHERE held_at >= '%1' ORDER BY held_at, duration_minutes")
                        .arg(lastYear))
                + rows(s,
                    QStringLiteral("SELECT checked_on, wellbeing_rating, self_harm, suicidal FROM check_ins "
                                   "WHERE checked_on >= '%1' ORDER BY checked_on, wellbeing_rating")
                        .arg(lastYear))
                + rows(s,
                    QStringLiteral(
                        "SELECT reviewed_on, next_review_on FROM reviews WHERE reviewed_on >= '%1' "
                        "ORDER BY 1, 2")
                        .arg(lastYear))
                + rows(s,
                    QStringLiteral(
                        "SELECT applied_on, status FROM mentors WHERE applied_on >= '%1' ORDER BY 1, 2")
                        .arg(lastYear));
        });
    };
    const QStringList plainWing = currentWing(plain);
    CHECK(plainWing.size() > 500);
    CHECK(currentWing(longer) == plainWing);
    reading(plain, [&](UserSession& s) {
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM prisoners WHERE prison_number >= 'I'")) == 0);
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM mentee_sessions WHERE held_at < '%1'").arg(lastYear))
            == 0);
        return 0;
    });
    reading(longer, [&](UserSession& s) {
        CHECK(
            scalar(s,
                QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE referred_on < '%1'").arg(lastYear))
            >= 2);
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM mentee_sessions WHERE held_at < '%1'").arg(lastYear))
            >= 10);
        return 0;
    });
    const CliRun verified = asAdmin(longer, { QStringLiteral("verify") });
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
}

TEST_CASE("wingmate-cli demo refuses --years below 1, above 20 or not a number, and writes nothing")
{
    QTemporaryDir dir;
    const QString absent = dir.filePath(QStringLiteral("absent"));
    const QString empty = dir.filePath(QStringLiteral("empty"));
    REQUIRE(QDir().mkpath(empty));
    const QMap<QString, QByteArray> folderBefore = folderFingerprint(dir.path());

    const CliRun help = runCli({ QStringLiteral("demo"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--years <N>")));

    for (const QString& years :
        { QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("21"), QStringLiteral("1000000"),
            QStringLiteral("eight"), QStringLiteral("2.5"), QStringLiteral("") }) {
        for (const QString& vault : { absent, empty }) {
            INFO("--years \"" << years.toStdString() << "\" into " << vault.toStdString());
            const CliRun refused = demo(vault, { QStringLiteral("--years"), years });
            CHECK(refused.exitCode == int(ErrorCode::InvalidInput));
            requireOneSentence(refused);
            CHECK(
                refused.err.contains(QStringLiteral("--years must be a whole number of years from 1 to 20")));
            CHECK(refused.out.isEmpty());
            CHECK_FALSE(QFileInfo::exists(absent));
            CHECK(QDir(empty).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
            CHECK(folderFingerprint(dir.path()) == folderBefore);
        }
    }
    // Without a value it is a usage error, as for any option.
    const CliRun missing = demo(absent, { QStringLiteral("--years") });
    CHECK(missing.exitCode == int(ErrorCode::Usage));
    CHECK(missing.err.contains(QStringLiteral("years")));
    CHECK_FALSE(QFileInfo::exists(absent));
    CHECK(folderFingerprint(dir.path()) == folderBefore);

    // The core refuses them too, before anything is made.
    for (int years : { 0, -1, 21 }) {
        const Result<DemoWing::Made> made = DemoWing::create(absent, DemoWing::DefaultSeed, years);
        CHECK(made.status().code() == ErrorCode::InvalidInput);
        CHECK(made.status().message().contains(QStringLiteral("from 1 to 20")));
        CHECK_FALSE(QFileInfo::exists(absent));
    }
}
