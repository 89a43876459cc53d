// The audit trail against the live records: a setting or a record changed
// in the database without its event (raw SQL with the key, through the
// sqlcipher shell), or its page put back from an older copy of the file
// (SQLCipher's page authentication has no version, so an old page checks
// out), is reported by verify with the table, the record, what differs and
// the event.
#include "RecordsFixture.h"
#include "SqlCipherShell.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CheckInService.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "services/RetentionService.h"
#include "services/SessionService.h"
#include "services/WingSettings.h"

#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

QByteArray adminKey(const QString& folder)
{
    return rawDatabaseKey(folder, AdminName, AdminPassword);
}

qint64 lastSettingsEvent(UserSession& s)
{
    return scalar(s, QStringLiteral("SELECT max(seq) FROM audit_events WHERE action = 'settings_change'"));
}

qint64 lastEventAbout(UserSession& s, const QString& entityType, qint64 id)
{
    return scalar(s,
        QStringLiteral("SELECT max(seq) FROM audit_events WHERE entity_type = '%1' AND entity_id = '%2'")
            .arg(entityType)
            .arg(id));
}

// Puts the table's one page back as it was in older (the database file
// after a checkpoint), in the file as it is now.
void putPageBack(const QString& folder, const QByteArray& key, const QString& table, const QByteArray& older)
{
    const QString database = folder + QStringLiteral("/wingmate.db");
    // The shell prints the checkpoint's three figures, then the page.
    const QList<QByteArray> printed = sqlcipherShell(folder, key,
        QStringLiteral(
            "PRAGMA wal_checkpoint(TRUNCATE); SELECT rootpage FROM sqlite_master WHERE name = '%1';")
            .arg(table))
                                          .trimmed()
                                          .split('\n');
    const qint64 page = printed.constLast().trimmed().toLongLong();
    REQUIRE(page > 1);
    QByteArray newer = readFile(database);
    constexpr qint64 PageSize = 4096;
    REQUIRE(older.size() >= page * PageSize);
    REQUIRE(newer.mid((page - 1) * PageSize, PageSize) != older.mid((page - 1) * PageSize, PageSize));
    newer.replace((page - 1) * PageSize, PageSize, older.mid((page - 1) * PageSize, PageSize));
    writeFile(database, newer);
}

QByteArray checkpointed(const QString& folder, const QByteArray& key)
{
    sqlcipherShell(folder, key, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    return readFile(folder + QStringLiteral("/wingmate.db"));
}

// A small wing made through the services: a mentor, a mentee with a 1:1
// session (and a follow-up action), a check-in that raised a concern, the
// nurse's review of it, a deleted check-in, and a support worker's account.
struct SmallWing {
    qint64 prisoner = 0;
    qint64 mentor = 0;
    qint64 episode = 0;
    qint64 session = 0;
    qint64 followUp = 0;
    qint64 checkIn = 0;
    qint64 deletedCheckIn = 0;
    qint64 concern = 0;
    qint64 applicant = 0; // a mentor application, not yet approved
    qint64 allocation = 0;

    explicit SmallWing(TestSession& ts)
    {
        UserSession& s = *ts.session;
        mentor = addMentor(s, QStringLiteral("A1234BC"), QStringLiteral("Ann Mentor"));
        applicant = mentorAt(s, addPrisoner(s, QStringLiteral("C3456DE"), QStringLiteral("Cal Applicant")),
            MentorStatus::Applied);
        episode = addEpisode(ts, QStringLiteral("B2345CD"), QStringLiteral("Ben Mentee"));
        prisoner
            = scalar(s, QStringLiteral("SELECT prisoner_id FROM mentee_episodes WHERE id = %1").arg(episode));
        const Result<qint64> allocated = MenteeService(s).allocate(episode, mentor, today(ts).addDays(-2));
        REQUIRE(allocated.ok());
        allocation = *allocated;
        MenteeSession oneToOne;
        oneToOne.heldAt = QDateTime(today(ts).addDays(-1), QTime(14, 30));
        oneToOne.durationMinutes = 45;
        oneToOne.sessionType = QStringLiteral("1:1");
        oneToOne.location = QStringLiteral("B wing association room");
        oneToOne.mentorIds = { mentor };
        oneToOne.attendees = { { episode, true, false } };
        oneToOne.notes = QStringLiteral("Talked about sleep.");
        oneToOne.followUps = { { 0, QStringLiteral("Ask about a gym slot"), today(ts).addDays(7), {} } };
        const Result<SessionService::Recorded> held = SessionService(s).record(oneToOne);
        REQUIRE(held.ok());
        session = held->sessionId;
        followUp = scalar(s, QStringLiteral("SELECT max(id) FROM follow_up_actions"));
        CheckIn c;
        c.episodeId = episode;
        c.checkedOn = today(ts);
        c.wellbeingRating = 3;
        c.selfHarm = CheckIn::SelfHarm::Act;
        c.coping = QStringLiteral("Music");
        c.notes = QStringLiteral("Cut his arm last night.");
        const Result<CheckInService::Recorded> recorded = CheckInService(s).record(c);
        REQUIRE(recorded.ok());
        REQUIRE(recorded->concernId);
        checkIn = recorded->checkInId;
        concern = *recorded->concernId;
        c.selfHarm = CheckIn::SelfHarm::None;
        c.notes = QStringLiteral("Entered twice by mistake.");
        const Result<CheckInService::Recorded> twice = CheckInService(s).record(c);
        REQUIRE(twice.ok());
        deletedCheckIn = twice->checkInId;
        requireOk(CheckInService(s).remove(deletedCheckIn, QStringLiteral("Entered twice")));
        ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
        requireOk(ts.session->verify());
    }
};

// Verify after the script has run on the closed vault, as the administrator.
Status verifyAfter(TestSession& ts, const QString& script)
{
    const QString folder = ts.path();
    ts.session.reset();
    sqlcipherShell(folder, adminKey(folder), script);
    ts.signInAs(AdminName);
    return ts.session->verify();
}

} // namespace

TEST_CASE("A setting changed without its audit event is reported by verify")
{
    TestSession ts;
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 2));
    const qint64 event = lastSettingsEvent(*ts.session);
    requireOk(ts.session->verify());
    const QString folder = ts.path();
    ts.session.reset();

    SECTION("changed")
    {
        sqlcipherShell(folder, adminKey(folder),
            QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'retention_years';"));
    }
    SECTION("removed, so that it reads as never set")
    {
        sqlcipherShell(
            folder, adminKey(folder), QStringLiteral("DELETE FROM settings WHERE key = 'retention_years';"));
    }
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("the setting retention_years is")));
    CHECK(verified.message().contains(QStringLiteral("(event %1, ").arg(event)));
    CHECK(verified.message().contains(QStringLiteral("set it to \"2\"")));
}

TEST_CASE("A setting set in the database with no audit event at all is reported by verify")
{
    TestSession ts;
    const QString folder = ts.path();
    ts.session.reset();
    sqlcipherShell(folder, adminKey(folder),
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('idle_lock_minutes', '240', "
                       "'2026-12-07T00:00:00.000Z');"));
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("idle_lock_minutes is \"240\"")));
    CHECK(verified.message().contains(QStringLiteral("records no change to it")));
}

TEST_CASE("The settings page put back from an older copy of the file is reported by verify")
{
    TestSession ts;
    const QString folder = ts.path();
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 2));
    ts.session.reset();
    const QByteArray key = adminKey(folder);
    const QByteArray older = checkpointed(folder, key);

    ts.signInAs(AdminName);
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 5));
    const qint64 event = lastSettingsEvent(*ts.session);
    ts.session.reset();
    // The settings table's one page, as it was, put back in place.
    putPageBack(folder, key, QStringLiteral("settings"), older);

    ts.signInAs(AdminName);
    CHECK(ts.session->settings().value(Setting::RetentionYears).toInt() == 2);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("the setting retention_years is \"2\"")));
    CHECK(verified.message().contains(QStringLiteral("(event %1, ").arg(event)));
    CHECK(verified.message().contains(QStringLiteral("set it to \"5\"")));
}

TEST_CASE("The settings table rebuilt to hold a setting twice is reported by verify")
{
    TestSession ts;
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 6));
    const QString folder = ts.path();
    ts.session.reset();
    sqlcipherShell(folder, adminKey(folder),
        QStringLiteral(
            "CREATE TABLE settings_new (key TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL); "
            "INSERT INTO settings_new VALUES ('retention_years', '1', '2026-12-07T00:00:00.000Z'); "
            "INSERT INTO settings_new SELECT * FROM settings; DROP TABLE settings; "
            "ALTER TABLE settings_new RENAME TO settings;"));
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    // Rebuilt without its unique key, the table is no longer the one
    // Wingmate made; were the schema check got round, the settings check
    // names the duplicate.
    CHECK((verified.message().contains(QStringLiteral("its table \"settings\" is not the one Wingmate made"))
        || verified.message().contains(
            QStringLiteral("retention_years is in the settings table more than once"))));
}

TEST_CASE("A table, index or trigger added to the database or taken from it is reported by verify")
{
    TestSession ts;
    const QString folder = ts.path();
    ts.session.reset();
    QString script;
    QString expected;
    SECTION("a unique index removed")
    {
        script = QStringLiteral("DROP INDEX prisoner_keys_current;");
        expected = QStringLiteral("its index \"prisoner_keys_current\" has been removed");
    }
    SECTION("a trigger added")
    {
        script = QStringLiteral("CREATE TRIGGER watch AFTER INSERT ON prisoners BEGIN SELECT 1; END;");
        expected = QStringLiteral("it holds the trigger \"watch\", which Wingmate never made");
    }
    SECTION("a table added")
    {
        script = QStringLiteral("CREATE TABLE stash (v BLOB);");
        expected = QStringLiteral("it holds the table \"stash\", which Wingmate never made");
    }
    SECTION("a view the caseload's figures come from redefined under its own name")
    {
        script = QStringLiteral("DROP VIEW episode_open_concerns; CREATE VIEW episode_open_concerns "
                                "(episode_id, open_concerns) AS "
                                "SELECT e.id, 0 FROM mentee_episodes e;");
        expected = QStringLiteral("its view \"episode_open_concerns\" is not the one Wingmate made");
    }
    SECTION("a trigger written into the schema under a name SQLite keeps for itself")
    {
        script = QStringLiteral(
            ".dbconfig defensive off\nPRAGMA writable_schema = ON; INSERT INTO sqlite_master (type, name, "
            "tbl_name, rootpage, sql) VALUES ('trigger', 'sqlite_x', 'concerns', 0, 'CREATE TRIGGER sqlite_x "
            "AFTER INSERT ON concerns BEGIN SELECT RAISE(ABORT, ''no''); END'); PRAGMA writable_schema = "
            "OFF;");
        expected = QStringLiteral("it holds the trigger \"sqlite_x\", which Wingmate never made");
    }
    SECTION("a trigger given another body under its own name")
    {
        script = QStringLiteral(
            "DROP TRIGGER audit_signatures_never_updated; CREATE TRIGGER audit_signatures_never_updated "
            "BEFORE UPDATE ON prisoner_keys BEGIN SELECT 1; END;");
        expected
            = QStringLiteral("its trigger \"audit_signatures_never_updated\" is not the one Wingmate made");
    }
    sqlcipherShell(folder, adminKey(folder), script);
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(expected));
}

TEST_CASE("A record changed, added or removed without its audit event is reported by verify")
{
    TestSession ts;
    const SmallWing wing(ts);
    const auto last = [&](const char* entityType, qint64 id) {
        return lastEventAbout(*ts.session, QString::fromLatin1(entityType), id);
    };
    const qint64 workerAdded = scalar(*ts.session,
        QStringLiteral(
            "SELECT max(seq) FROM audit_events WHERE action = 'user_admin' AND entity_id = 'worker'"));
    // What is done with the database key, the record verify must name
    // (table, id), what it must say differs, and the event it must name (0:
    // none, the row has no event).
    struct Attack {
        const char* name;
        QString script;
        QString table;
        QString record;
        QString differs;
        qint64 event = 0;
    };
    const auto id = [](qint64 n) { return QString::number(n); };
    const qint64 statusLine = scalar(*ts.session,
        QStringLiteral("SELECT max(id) FROM mentor_status_history WHERE mentor_id = %1").arg(wing.mentor));
    const QList<Attack> attacks {
        { "a check-in's note rewritten",
            QStringLiteral("UPDATE check_ins SET notes = 'Fine.' WHERE id = %1;").arg(wing.checkIn),
            QStringLiteral("check_ins"), id(wing.checkIn), QStringLiteral("a value of notes"),
            last("check_in", wing.checkIn) },
        { "a check-in's answer changed, so that it no longer shows risk",
            QStringLiteral("UPDATE check_ins SET self_harm = 'none' WHERE id = %1;").arg(wing.checkIn),
            QStringLiteral("check_ins"), id(wing.checkIn), QStringLiteral("a value of self_harm"),
            last("check_in", wing.checkIn) },
        { "a check-in put down to another worker",
            QStringLiteral("UPDATE check_ins SET recorded_by = 'worker' WHERE id = %1;").arg(wing.checkIn),
            QStringLiteral("check_ins"), id(wing.checkIn), QStringLiteral("a value of recorded_by"),
            last("check_in", wing.checkIn) },
        { "a prisoner's name changed",
            QStringLiteral("UPDATE prisoners SET full_name = 'Someone Else' WHERE id = %1;")
                .arg(wing.prisoner),
            QStringLiteral("prisoners"), id(wing.prisoner), QStringLiteral("a value of full_name"),
            last("prisoner", wing.prisoner) },
        { "a concern marked reviewed with no review",
            QStringLiteral("UPDATE concerns SET status = 'reviewed' WHERE id = %1;").arg(wing.concern),
            QStringLiteral("concerns"), id(wing.concern), QStringLiteral("a value of status"),
            last("concern", wing.concern) },
        { "a mentor's capacity raised",
            QStringLiteral("UPDATE mentors SET capacity = 9 WHERE id = %1;").arg(wing.mentor),
            QStringLiteral("mentors"), id(wing.mentor), QStringLiteral("a value of capacity"),
            last("mentor", wing.mentor) },
        { "a mentor's approval and clearance forged before they were given",
            QStringLiteral("UPDATE mentors SET governor_approved_on = '2026-01-01', governor_approved_by = "
                           "'Governor' WHERE id = %1;")
                .arg(wing.applicant),
            QStringLiteral("mentors"), id(wing.applicant), QStringLiteral("a value of governor_approved_"),
            last("mentor", wing.applicant) },
        { "a mentee's allocation to their mentor ended",
            QStringLiteral("UPDATE mentor_allocations SET ended_on = '2026-01-01' WHERE id = %1;")
                .arg(wing.allocation),
            QStringLiteral("mentor_allocations"), id(wing.allocation), QStringLiteral("a value of ended_on"),
            last("mentor_allocation", wing.allocation) },
        { "a mentor's status history backdated, so that a purge would count from then",
            QStringLiteral(
                "UPDATE mentor_status_history SET changed_on = '2016-03-01' WHERE mentor_id = %1 AND "
                "to_status = 'active';")
                .arg(wing.mentor),
            QStringLiteral("mentors"), id(wing.mentor), QStringLiteral("has a status history"),
            last("mentor", wing.mentor) },
        { "a session's register changed",
            QStringLiteral("UPDATE session_attendance SET attended = 0 WHERE session_id = %1;")
                .arg(wing.session),
            QStringLiteral("mentee_sessions"), id(wing.session),
            QStringLiteral("_episode_ids that is not what"), last("mentee_session", wing.session) },
        { "a session's mentor taken off it",
            QStringLiteral("DELETE FROM session_mentors WHERE session_id = %1;").arg(wing.session),
            QStringLiteral("mentee_sessions"), id(wing.session), QStringLiteral("a value of mentor_ids"),
            last("mentee_session", wing.session) },
        { "a mentor put on a session that does not exist",
            QStringLiteral("INSERT INTO session_mentors (session_id, mentor_id) VALUES (999, %1);")
                .arg(wing.mentor),
            QStringLiteral("mentee_sessions"), id(999), QStringLiteral("no such session") },
        // Made with its session: the session's event.
        { "a follow-up action marked done",
            QStringLiteral("UPDATE follow_up_actions SET done_on = '2026-01-01' WHERE id = %1;")
                .arg(wing.followUp),
            QStringLiteral("follow_up_actions"), id(wing.followUp), QStringLiteral("a value of done_on"),
            last("mentee_session", wing.session) },
        { "a follow-up action removed",
            QStringLiteral("DELETE FROM follow_up_actions WHERE id = %1;").arg(wing.followUp),
            QStringLiteral("follow_up_actions"), id(wing.followUp),
            QStringLiteral("is not in the table, but no event in the trail removed it"),
            last("mentee_session", wing.session) },
        { "a support worker made an administrator",
            QStringLiteral("UPDATE users SET role = 'administrator' WHERE username = 'worker';"),
            QStringLiteral("users"), QStringLiteral("worker"), QStringLiteral("a value of role"),
            workerAdded },
        { "a deleted check-in put back",
            QStringLiteral("UPDATE check_ins SET deleted_at = NULL WHERE id = %1;").arg(wing.deletedCheckIn),
            QStringLiteral("check_ins"), id(wing.deletedCheckIn),
            QStringLiteral("is live in the table, but the trail deleted it"),
            last("check_in", wing.deletedCheckIn) },
        { "a deletion backdated, so that a purge would count from then",
            QStringLiteral("UPDATE check_ins SET deleted_at = '2016-01-01T09:00:00.000Z' WHERE id = %1;")
                .arg(wing.deletedCheckIn),
            QStringLiteral("check_ins"), id(wing.deletedCheckIn), QStringLiteral("a value of deleted_at"),
            last("check_in", wing.deletedCheckIn) },
        { "a session deleted",
            QStringLiteral(
                "UPDATE mentee_sessions SET deleted_at = '2026-01-01', deleted_reason = 'x' WHERE id = %1;")
                .arg(wing.session),
            QStringLiteral("mentee_sessions"), id(wing.session),
            QStringLiteral("is deleted in the table, but the trail never deleted it"),
            last("mentee_session", wing.session) },
        { "a prisoner's last change backdated",
            QStringLiteral("UPDATE prisoners SET updated_at = '2016-01-01T09:00:00.000Z' WHERE id = %1;")
                .arg(wing.prisoner),
            QStringLiteral("prisoners"), id(wing.prisoner), QStringLiteral("a value of updated_at"),
            last("prisoner", wing.prisoner) },
        { "a review added",
            QStringLiteral(
                "INSERT INTO reviews (episode_id, concern_id, reviewed_on, reviewer, outcome, risk_level, "
                "notes, created_at) VALUES (%1, %2, '2026-01-01', 'Nurse', 'no_further_action', 'low', "
                "'', '2026-01-01');")
                .arg(wing.episode)
                .arg(wing.concern),
            QStringLiteral("reviews"), id(1),
            QStringLiteral("is in the table, but no event in the trail made it") },
        { "a concern hidden from the caseload's figures",
            QStringLiteral("UPDATE mentee_episodes SET open_concerns = 0 WHERE id = %1;").arg(wing.episode),
            QStringLiteral("mentee_episodes"), id(wing.episode),
            QStringLiteral(
                "keeps figures (its last contact, latest check-in or open concerns) that are not") },
        { "a concern's episode stored as raw bytes, which no list or search matches",
            QStringLiteral("UPDATE concerns SET episode_id = CAST('%1' AS BLOB) WHERE id = %2;")
                .arg(wing.episode)
                .arg(wing.concern),
            QStringLiteral("concerns"), id(wing.concern), QStringLiteral("holds raw bytes") },
        { "a mentor's leaving stored as raw bytes, which the purge does not find",
            QStringLiteral(
                "UPDATE mentor_status_history SET to_status = CAST(to_status AS BLOB) WHERE id = %1;")
                .arg(statusLine),
            QStringLiteral("mentor_status_history"), id(statusLine), QStringLiteral("holds raw bytes") },
        { "a follow-up action's done date set empty, which reads as done",
            QStringLiteral("UPDATE follow_up_actions SET done_on = '' WHERE id = %1;").arg(wing.followUp),
            QStringLiteral("follow_up_actions"), id(wing.followUp), QStringLiteral("a value of done_on"),
            last("mentee_session", wing.session) },
        { "a concern's episode stored as text with a non-breaking space, which no join matches",
            QStringLiteral("UPDATE concerns SET episode_id = char(160) || episode_id WHERE id = %1;")
                .arg(wing.concern),
            QStringLiteral("concerns"), id(wing.concern),
            QStringLiteral("or text where it writes a number") },
        { "a second account whose name differs from a worker's only by a look-alike letter",
            QStringLiteral(
                "INSERT INTO users (username, display_name, role, active, must_change_password, created_at, "
                "updated_at) SELECT 'wor' || char(8490) || 'er', display_name, role, active, 0, "
                "created_at, updated_at FROM users WHERE username = 'worker';"),
            QStringLiteral("users"), QStringLiteral("wor\u212Aer"),
            QStringLiteral("is in the table, but no event in the trail made it") },
        { "a prisoner hidden from search",
            QStringLiteral("UPDATE prisoners SET search_key = 'x' WHERE id = %1;").arg(wing.prisoner),
            QStringLiteral("prisoners"), id(wing.prisoner),
            QStringLiteral("is searched for under a name that is not theirs") },
    };
    for (const Attack& attack : attacks) {
        DYNAMIC_SECTION(attack.name)
        {
            const Status verified = verifyAfter(ts, attack.script);
            INFO(verified.message().toStdString());
            CHECK(verified.code() == ErrorCode::Damaged);
            CHECK(verified.message().contains(QStringLiteral("records do not agree with its audit trail")));
            CHECK(verified.message().contains(
                QStringLiteral("record %1 in the table %2").arg(attack.record, attack.table)));
            CHECK(verified.message().contains(attack.differs));
            if (attack.event > 0) {
                CHECK(verified.details().contains(
                    QStringLiteral("first bad sequence number %1;").arg(attack.event)));
            }
            // Nothing personal in what verify says.
            CHECK_FALSE(verified.message().contains(QStringLiteral("Fine.")));
            CHECK_FALSE(verified.message().contains(QStringLiteral("Someone Else")));
        }
    }
}

TEST_CASE("A record's page put back from an older copy of the file is reported by verify")
{
    TestSession ts;
    const SmallWing wing(ts);
    const QString folder = ts.path();
    ts.session.reset();
    const QByteArray key = adminKey(folder);
    const QByteArray older = checkpointed(folder, key);

    // The mentee moves cell; the old page, with the old cell, is put back.
    ts.signInAs(AdminName);
    PrisonerService prisoners(*ts.session);
    Result<Prisoner> moved = prisoners.get(wing.prisoner);
    REQUIRE(moved.ok());
    moved->location = QStringLiteral("C-2-14");
    requireOk(prisoners.update(*moved));
    const qint64 event = lastEventAbout(*ts.session, QStringLiteral("prisoner"), wing.prisoner);
    requireOk(ts.session->verify());
    ts.session.reset();
    putPageBack(folder, key, QStringLiteral("prisoners"), older);

    ts.signInAs(AdminName);
    CHECK(PrisonerService(*ts.session).get(wing.prisoner)->location != QStringLiteral("C-2-14"));
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(
        QStringLiteral("record %1 in the table prisoners has a value of location").arg(wing.prisoner)));
    CHECK(verified.message().contains(QStringLiteral("(event %1, ").arg(event)));
    CHECK(verified.message().contains(QStringLiteral("put back from an older copy")));
}

TEST_CASE("A retention purge is refused, deleting nothing, when the records do not agree with the trail")
{
    TestSession ts;
    const SmallWing wing(ts);
    const QString folder = ts.path();
    ts.session.reset();
    // The deleted check-in's deletion backdated ten years, so that a purge
    // would take it.
    sqlcipherShell(folder, adminKey(folder),
        QStringLiteral("UPDATE check_ins SET deleted_at = '2016-01-01T09:00:00.000Z' WHERE id = %1;")
            .arg(wing.deletedCheckIn));
    ts.signInAs(AdminName);
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 1));
    const QString before = fingerprint(*ts.session);
    const Status refused = RetentionService(*ts.session).purge().status();
    INFO(refused.message().toStdString());
    CHECK(refused.code() == ErrorCode::Damaged);
    CHECK(refused.message().startsWith(QStringLiteral("Nothing was deleted: ")));
    CHECK(refused.message().contains(
        QStringLiteral("record %1 in the table check_ins has a value of deleted_at")
            .arg(wing.deletedCheckIn)));
    CHECK(fingerprint(*ts.session) == before);
    CHECK(scalar(*ts.session,
              QStringLiteral("SELECT count(*) FROM check_ins WHERE id = %1").arg(wing.deletedCheckIn))
        == 1);
}
