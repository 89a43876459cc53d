#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CaseloadQuery.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/RetentionService.h"
#include "services/SessionService.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"
#include "transfer/TransferService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <array>
#include <catch2/catch.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

// The caseload's figures by their definitions, straight from the records:
// what the episode row's kept columns must always equal.
const char* const RecomputedFigures = R"SQL(
SELECT e.id, e.last_contact_at, e.last_check_in_id, e.open_concerns,
       (SELECT a.held_at FROM session_attendance a JOIN mentee_sessions s ON s.id = a.session_id
         WHERE a.episode_id = e.id AND a.attended = 1 AND s.deleted_at IS NULL
         ORDER BY a.held_at DESC LIMIT 1),
       (SELECT c.id FROM check_ins c WHERE c.episode_id = e.id AND c.deleted_at IS NULL
         ORDER BY c.checked_on DESC, c.id DESC LIMIT 1),
       (SELECT count(*) FROM concerns k WHERE k.episode_id = e.id AND k.status = 'open')
  FROM mentee_episodes e ORDER BY e.id
)SQL";

// One line per episode whose kept figures differ from its records; empty
// when every episode is right.
QStringList staleFigures(QSqlDatabase db)
{
    QSqlQuery q(db);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(QString::fromUtf8(RecomputedFigures)));
    QStringList stale;
    while (q.next()) {
        for (int i = 1; i <= 3; ++i) {
            if (q.value(i) != q.value(i + 3)) {
                stale.append(
                    QStringLiteral("episode %1: %2 kept, %3 from the records")
                        .arg(q.value(0).toString(), q.value(i).toString(), q.value(i + 3).toString()));
            }
        }
    }
    return stale;
}

CaseloadQuery::Row caseloadRow(UserSession& session, qint64 episodeId)
{
    const Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(session).run();
    requireOk(rows.status());
    for (const CaseloadQuery::Row& row : *rows) {
        if (row.episodeId == episodeId)
            return row;
    }
    FAIL("episode " << episodeId << " is not on the caseload");
    return {};
}

MenteeSession sessionAt(
    qint64 mentorId, const QDateTime& heldAt, const QList<MenteeSession::Attendee>& attendees)
{
    MenteeSession s;
    s.heldAt = heldAt;
    s.durationMinutes = 45;
    s.isGroup = attendees.size() > 1;
    s.sessionType = s.isGroup ? QStringLiteral("Group") : QStringLiteral("1:1");
    s.mentorIds = { mentorId };
    s.attendees = attendees;
    return s;
}

CheckIn checkInOn(qint64 episodeId, const QDate& on, CheckIn::SelfHarm selfHarm = CheckIn::SelfHarm::None)
{
    CheckIn c;
    c.episodeId = episodeId;
    c.checkedOn = on;
    c.selfHarm = selfHarm;
    return c;
}

Review reviewOf(qint64 episodeId, qint64 concernId, const QDate& on)
{
    Review r;
    r.episodeId = episodeId;
    r.concernId = concernId;
    r.reviewedOn = on;
    r.outcome = Review::Outcome::Monitor;
    r.riskLevel = MenteeEpisode::RiskLevel::Medium;
    r.nextReviewOn = on.addDays(14);
    return r;
}

void exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

TEST_CASE("An episode's last contact, latest check-in and open concerns follow every change to the records")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const QDate day = today(ts);
    const auto at = [&](int daysAgo, int hour) { return QDateTime(day.addDays(-daysAgo), QTime(hour, 0)); };
    const auto S = [&]() -> UserSession& { return *ts.session; };
    const qint64 mentor = addMentor(S(), QStringLiteral("M1000AA"), QStringLiteral("Max Mentor"));
    const qint64 adams = addEpisode(ts, QStringLiteral("A1000AA"), QStringLiteral("Adams Tracked"));
    const qint64 brown = addEpisode(ts, QStringLiteral("A2000AA"), QStringLiteral("Brown Other"));
    const auto row = [&](qint64 episode) {
        CHECK(staleFigures(S().database()).isEmpty());
        return caseloadRow(S(), episode);
    };
    CHECK(!row(adams).lastContact.isValid());
    CHECK(!row(adams).lastCheckIn.isValid());
    CHECK(row(adams).openConcerns == 0);

    // Sessions: recorded, moved in time, registers edited, deleted.
    const qint64 first
        = SessionService(S()).record(sessionAt(mentor, at(10, 10), { { adams, true, false } }))->sessionId;
    CHECK(row(adams).lastContact == at(10, 10));
    const qint64 group
        = SessionService(S())
              .record(sessionAt(mentor, at(6, 14), { { adams, true, false }, { brown, false, false } }))
              ->sessionId;
    CHECK(row(adams).lastContact == at(6, 14));
    CHECK(!row(brown).lastContact.isValid()); // on the register, absent
    const qint64 latest
        = SessionService(S())
              .record(sessionAt(mentor, at(1, 9), { { adams, true, false }, { brown, true, false } }))
              ->sessionId;
    CHECK(row(adams).lastContact == at(1, 9));
    CHECK(row(brown).lastContact == at(1, 9));

    MenteeSession moved = *SessionService(S()).get(latest);
    moved.heldAt = at(4, 11);
    requireOk(SessionService(S()).update(moved));
    CHECK(row(adams).lastContact == at(4, 11));
    CHECK(row(brown).lastContact == at(4, 11));
    moved.attendees = { { adams, false, false }, { brown, true, false } }; // he did not come after all
    requireOk(SessionService(S()).update(moved));
    CHECK(row(adams).lastContact == at(6, 14));
    CHECK(row(brown).lastContact == at(4, 11));
    moved.attendees = { { adams, true, false }, { brown, true, false } };
    requireOk(SessionService(S()).update(moved));
    CHECK(row(adams).lastContact == at(4, 11));

    // Brown was at the earlier group after all.
    MenteeSession register_ = *SessionService(S()).get(group);
    register_.attendees = { { adams, true, false }, { brown, true, false } };
    requireOk(SessionService(S()).update(register_));
    CHECK(row(brown).lastContact == at(4, 11));

    // Deleting the latest session falls back to the one before.
    requireOk(SessionService(S()).remove(latest, QStringLiteral("Entered twice")));
    CHECK(row(adams).lastContact == at(6, 14));
    CHECK(row(brown).lastContact == at(6, 14));
    requireOk(SessionService(S()).remove(group, QStringLiteral("Entered for the wrong day")));
    CHECK(row(adams).lastContact == at(10, 10));
    CHECK(!row(brown).lastContact.isValid());

    MenteeSession earlier = *SessionService(S()).get(first);
    earlier.heldAt = at(12, 16);
    requireOk(SessionService(S()).update(earlier));
    CHECK(row(adams).lastContact == at(12, 16));

    // Check-ins: the newest by date, then the later recorded on the same day.
    const qint64 older = CheckInService(S()).record(checkInOn(adams, day.addDays(-8)))->checkInId;
    CHECK(row(adams).lastCheckIn == day.addDays(-8));
    const qint64 thoughts = CheckInService(S())
                                .record(checkInOn(adams, day.addDays(-3), CheckIn::SelfHarm::Thoughts))
                                ->checkInId;
    CHECK(row(adams).lastCheckIn == day.addDays(-3));
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::Thoughts);
    const qint64 sameDay = CheckInService(S()).record(checkInOn(adams, day.addDays(-3)))->checkInId;
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::None);
    requireOk(CheckInService(S()).remove(sameDay, QStringLiteral("Recorded twice")));
    CHECK(row(adams).lastCheckIn == day.addDays(-3));
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::Thoughts);
    CheckIn redated = *CheckInService(S()).get(thoughts);
    redated.checkedOn = day.addDays(-9);
    requireOk(CheckInService(S()).update(redated).status());
    CHECK(row(adams).lastCheckIn == day.addDays(-8));
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::None);
    requireOk(CheckInService(S()).remove(older, QStringLiteral("Wrong mentee")));
    CHECK(row(adams).lastCheckIn == day.addDays(-9));
    CHECK(!row(brown).lastCheckIn.isValid());

    // Concerns: raised by a check-in, by a session and by staff; reviewed.
    const Result<CheckInService::Recorded> act
        = CheckInService(S()).record(checkInOn(adams, day, CheckIn::SelfHarm::Act));
    REQUIRE(act->concernId);
    CHECK(row(adams).openConcerns == 1);
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::Act);
    const Result<SessionService::Recorded> worrying
        = SessionService(S()).record(sessionAt(mentor, at(0, 8), { { adams, true, true } }));
    REQUIRE(worrying->concernIds.size() == 1);
    CHECK(row(adams).openConcerns == 2);
    CHECK(row(adams).lastContact == at(0, 8));
    const qint64 staffConcern = *ConcernService(S()).raise(brown, QStringLiteral("Withdrawn at work"));
    CHECK(row(brown).openConcerns == 1);
    CHECK(row(adams).openConcerns == 2);
    ts.signInAs(QStringLiteral("nurse"));
    requireOk(ConcernService(S()).review(reviewOf(adams, *act->concernId, day)).status());
    CHECK(row(adams).openConcerns == 1);
    requireOk(ConcernService(S()).review(reviewOf(adams, worrying->concernIds.constFirst(), day)).status());
    CHECK(row(adams).openConcerns == 0);
    requireOk(ConcernService(S()).review(reviewOf(brown, staffConcern, day)).status());
    CHECK(row(brown).openConcerns == 0);
    ts.signInAs(AdminName);

    SECTION("written by hand, outside the services, the figures still follow")
    {
        QSqlDatabase db = S().database();
        REQUIRE(db.transaction());
        // A register row and a check-in moved to the other mentee, a concern reopened.
        exec(db,
            QStringLiteral("UPDATE session_attendance SET episode_id = %1 WHERE session_id = %2")
                .arg(brown)
                .arg(first));
        exec(db,
            QStringLiteral("UPDATE check_ins SET episode_id = %1 WHERE id = %2").arg(brown).arg(thoughts));
        exec(db, QStringLiteral("UPDATE concerns SET status = 'open' WHERE id = %1").arg(staffConcern));
        CHECK(staleFigures(db).isEmpty());
        exec(db,
            QStringLiteral("UPDATE mentee_sessions SET held_at = '2020-01-01T10:00' WHERE id = %1")
                .arg(first));
        exec(db,
            QStringLiteral(
                "UPDATE mentee_sessions SET deleted_at = NULL, deleted_reason = NULL WHERE id = %1")
                .arg(latest));
        exec(db, QStringLiteral("DELETE FROM reviews WHERE concern_id = %1").arg(staffConcern));
        exec(db, QStringLiteral("DELETE FROM concerns WHERE id = %1").arg(staffConcern));
        CHECK(staleFigures(db).isEmpty());
        REQUIRE(db.commit());
        // The register moved with its session; the undeleted session is Brown's latest again.
        CHECK(scalar(S(),
                  QStringLiteral("SELECT count(*) FROM session_attendance WHERE session_id = %1 AND "
                                 "held_at = '2020-01-01T10:00'")
                      .arg(first))
            == 1);
        CHECK(caseloadRow(S(), brown).lastContact == at(4, 11));
        CHECK(caseloadRow(S(), brown).lastCheckIn == day.addDays(-9));
        CHECK(caseloadRow(S(), brown).openConcerns == 0);
        CHECK(caseloadRow(S(), adams).lastContact == at(0, 8));
    }
    SECTION("a transfer brings the figures with the records")
    {
        const CaseloadQuery::Row sent = caseloadRow(S(), adams);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("adams.wmtransfer"));
        requireOk(S().changeSetting(Setting::EstablishmentName, QStringLiteral("HMP Sender")));
        const Result<TransferService::Exported> exported = TransferService(S()).exportPackage(
            QStringLiteral("A1000AA"), QStringLiteral("HMP Receiver"), path);
        requireOk(exported.status());
        TestSession receiver;
        const Result<TransferService::Preview> imported
            = TransferService(*receiver.session).importPackage(path, exported->code);
        requireOk(imported.status());
        CHECK(staleFigures(receiver.session->database()).isEmpty());
        const Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(*receiver.session).run();
        requireOk(rows.status());
        REQUIRE(rows->size() == 1);
        const CaseloadQuery::Row& arrived = rows->constFirst();
        CHECK(arrived.prisonerName == QStringLiteral("Adams Tracked"));
        CHECK(arrived.lastContact == sent.lastContact);
        CHECK(arrived.lastCheckIn == sent.lastCheckIn);
        CHECK(arrived.lastSelfHarm == sent.lastSelfHarm);
        CHECK(arrived.openConcerns == sent.openConcerns);
    }
    SECTION("the retention purge leaves the figures right")
    {
        requireOk(MenteeService(S()).close(
            brown, { day, MenteeEpisode::ClosureReason::Released, false, false, {} }));
        requireOk(S().changeSetting(Setting::RetentionYears, 2));
        const CaseloadQuery::Row before = caseloadRow(S(), adams);
        ts.clock.advance(3LL * 366 * 24 * 3600);
        ts.signInAs(AdminName);
        const Result<RetentionService::Plan> purged = RetentionService(S()).purge();
        requireOk(purged.status());
        CHECK(purged->counts.episodes == 1); // Brown's
        CHECK(purged->counts.sessions >= 2); // those deleted long ago
        CHECK(staleFigures(S().database()).isEmpty());
        const CaseloadQuery::Row after = caseloadRow(S(), adams);
        CHECK(after.lastContact == before.lastContact);
        CHECK(after.lastCheckIn == before.lastCheckIn);
        CHECK(after.openConcerns == before.openConcerns);
    }
}

TEST_CASE("The caseload orders names as SQLite's NOCASE does, then by episode")
{
    TestSession ts;
    // Case, accents and a shared name: only A-Z fold, bytes decide the rest.
    const QStringList names { QStringLiteral("zoe Able"), QStringLiteral("Zoe able"),
        QStringLiteral("Zoë Able"), QStringLiteral("Émile Brun"), QStringLiteral("emile Brun"),
        QStringLiteral("Emile brun"), QStringLiteral("_Under Score"), QStringLiteral("Same Name"),
        QStringLiteral("Same Name"), QStringLiteral("same name"), QStringLiteral("Ångström Ann"),
        QStringLiteral("Adam Zed") };
    int number = 1000;
    for (const QString& name : names)
        addEpisode(ts, QStringLiteral("B%1AA").arg(++number), name);
    QSqlQuery q(ts.session->database());
    REQUIRE(
        q.exec(QStringLiteral("SELECT e.id FROM mentee_episodes e JOIN prisoners p ON p.id = e.prisoner_id "
                              "WHERE e.status IN ('referred', 'active') AND e.deleted_at IS NULL "
                              "ORDER BY p.full_name COLLATE NOCASE, e.id")));
    QList<qint64> bySqlite;
    while (q.next())
        bySqlite.append(q.value(0).toLongLong());
    const Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(*ts.session).run();
    requireOk(rows.status());
    QList<qint64> shown;
    for (const CaseloadQuery::Row& row : *rows)
        shown.append(row.episodeId);
    REQUIRE(bySqlite.size() == names.size());
    CHECK(shown == bySqlite);
}

TEST_CASE("A vault at schema version 5 gets its episodes' figures from its records when updated to version 6")
{
    QTemporaryDir dir;
    const QString connection = QStringLiteral("caseload-figures-migration");
    {
        auto* driver = new SqlCipherDriver;
        std::array<unsigned char, 32> key {};
        for (size_t i = 0; i < key.size(); ++i)
            key[i] = static_cast<unsigned char>(0x5a ^ i);
        driver->setRawKey(key);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("wingmate.db")));
        REQUIRE(db.open());
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        const QStringList files = SchemaMigrator::migrationFiles();
        REQUIRE(files.size() >= 6);
        requireOk(SchemaMigrator(db, files.mid(0, 5)).migrate());
        REQUIRE(*SchemaMigrator(db).currentVersion() == 5);

        // Three mentees recorded before the update.
        const QString stamp = QStringLiteral("'2025-03-01T09:00:00.000Z'");
        REQUIRE(db.transaction());
        for (int p = 1; p <= 3; ++p) {
            exec(db,
                QStringLiteral("INSERT INTO prisoners (id, prison_number, full_name, search_key, created_at, "
                               "updated_at) VALUES (%1, '%2', 'Mentee %1', 'mentee %1', %3, %3)")
                    .arg(p)
                    .arg(QStringLiteral("A%1BC").arg(1000 + p), stamp));
            exec(db,
                QStringLiteral("INSERT INTO mentee_episodes (id, prisoner_id, status, referred_on, "
                               "referral_source, created_at, updated_at) VALUES (%1, %1, '%2', '2025-01-01', "
                               "'self', %3, %3)")
                    .arg(p)
                    .arg(p == 3 ? QStringLiteral("closed") : QStringLiteral("active"))
                    .arg(stamp));
        }
        // Sessions 1-4: the latest attended one (2) was deleted; 4 was missed.
        for (const auto& [id, heldAt, deleted] : std::array<std::array<QString, 3>, 4> { {
                 { QStringLiteral("1"), QStringLiteral("2025-03-01T10:00"), QStringLiteral("NULL") },
                 { QStringLiteral("2"), QStringLiteral("2025-03-05T14:00"), stamp },
                 { QStringLiteral("3"), QStringLiteral("2025-03-04T09:00"), QStringLiteral("NULL") },
                 { QStringLiteral("4"), QStringLiteral("2025-03-06T09:00"), QStringLiteral("NULL") },
             } }) {
            exec(db,
                QStringLiteral(
                    "INSERT INTO mentee_sessions (id, held_at, duration_minutes, session_type, "
                    "recorded_by, created_at, updated_at, deleted_at) VALUES (%1, '%2', 45, '1:1', "
                    "'admin', %3, %3, %4)")
                    .arg(id, heldAt, stamp, deleted));
        }
        for (const QString& row :
            { QStringLiteral("1, 1, 1, '2025-03-01T10:00'"), QStringLiteral("2, 1, 1, '2025-03-05T14:00'"),
                QStringLiteral("3, 1, 1, '2025-03-04T09:00'"), QStringLiteral("3, 2, 0, '2025-03-04T09:00'"),
                QStringLiteral("4, 1, 0, '2025-03-06T09:00'") }) {
            exec(db,
                QStringLiteral(
                    "INSERT INTO session_attendance (session_id, episode_id, attended, held_at) VALUES (%1)")
                    .arg(row));
        }
        // Check-ins 1-5: two on the same day (the later id wins), the newest deleted.
        for (const QString& row : { QStringLiteral("1, 1, '2025-03-02', NULL"),
                 QStringLiteral("2, 1, '2025-03-03', NULL"), QStringLiteral("3, 1, '2025-03-03', NULL"),
                 QStringLiteral("4, 1, '2025-03-07', %1").arg(stamp),
                 QStringLiteral("5, 3, '2025-02-01', NULL") }) {
            exec(db,
                QStringLiteral("INSERT INTO check_ins (id, episode_id, checked_on, deleted_at, recorded_by, "
                               "created_at, updated_at) VALUES (%1, 'admin', %2, %2)")
                    .arg(row, stamp));
        }
        for (const QString& row :
            { QStringLiteral("1, 'open'"), QStringLiteral("1, 'open'"), QStringLiteral("1, 'reviewed'"),
                QStringLiteral("2, 'reviewed'"), QStringLiteral("3, 'open'") }) {
            exec(db,
                QStringLiteral("INSERT INTO concerns (episode_id, status, raised_at, source, raised_by, "
                               "created_at, updated_at) VALUES (%1, %2, 'staff', 'admin', %2, %2)")
                    .arg(row, stamp));
        }
        REQUIRE(db.commit());

        requireOk(SchemaMigrator(db).migrate());
        CHECK(*SchemaMigrator(db).currentVersion() == 6);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, last_contact_at, last_check_in_id, open_concerns FROM mentee_episodes ORDER BY id")));
        QStringList figures;
        while (q.next()) {
            figures.append(QStringLiteral("%1 %2 %3 %4")
                               .arg(q.value(0).toString(),
                                   q.value(1).isNull() ? QStringLiteral("-") : q.value(1).toString(),
                                   q.value(2).isNull() ? QStringLiteral("-") : q.value(2).toString(),
                                   q.value(3).toString()));
        }
        q.finish();
        CHECK(figures
            == QStringList { QStringLiteral("1 2025-03-04T09:00 3 2"), QStringLiteral("2 - - 0"),
                QStringLiteral("3 - 5 1") });
        CHECK(staleFigures(db).isEmpty());

        // From now on the triggers keep them.
        exec(db, QStringLiteral("UPDATE mentee_sessions SET deleted_at = %1 WHERE id = 3").arg(stamp));
        exec(db, QStringLiteral("UPDATE check_ins SET deleted_at = %1 WHERE id = 3").arg(stamp));
        exec(db, QStringLiteral("UPDATE concerns SET status = 'reviewed' WHERE episode_id = 3"));
        CHECK(staleFigures(db).isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
