// What the audit trail says about a prisoner is sealed under a key of their
// own, and a retention purge destroys that key: the trail still verifies,
// the audit log says when the content was erased, and a dump of the
// decrypted database (the sqlcipher shell with the raw key) no longer holds
// the purged people's names, prison numbers or notes anywhere.
#include "OldVault.h"
#include "RecordsFixture.h"
#include "SqlCipherShell.h"
#include "TestSession.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "audit/PcAnchor.h"
#include "audit/PersonalSeal.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/RetentionService.h"
#include "services/SessionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

// Dan's episode closes and he is purged three years on; Olly's goes on.
// They shared a group session; each has notes, a check-in and Dan a concern.
struct Wing {
    TestSession ts;
    qint64 dan = 0;
    qint64 olly = 0;
    qint64 danPrisoner = 0;
    qint64 ollyPrisoner = 0;

    Wing()
    {
        UserSession& s = *ts.session;
        const qint64 max = addMentor(s, QStringLiteral("M1000AA"), QStringLiteral("Max Mentor"));
        dan = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
        olly = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Olly Other"));
        danPrisoner
            = scalar(s, QStringLiteral("SELECT prisoner_id FROM mentee_episodes WHERE id = %1").arg(dan));
        ollyPrisoner
            = scalar(s, QStringLiteral("SELECT prisoner_id FROM mentee_episodes WHERE id = %1").arg(olly));
        addPrisoner(s, QStringLiteral("F1000AA"), QStringLiteral("Fred Nobody"));

        MenteeSession one;
        one.heldAt = QDateTime(today(ts).addDays(-3), QTime(10, 0));
        one.durationMinutes = 30;
        one.sessionType = QStringLiteral("1:1");
        one.mentorIds = { max };
        one.attendees = { { dan, true, false } };
        one.notes = QStringLiteral("Dan spoke about his daughter's visit");
        one.followUps = { { 0, QStringLiteral("Ask Shirin to book the visit"), today(ts).addDays(1), {} } };
        requireOk(SessionService(s).record(one).status());
        requireOk(SessionService(s).completeFollowUp(
            scalar(s, QStringLiteral("SELECT max(id) FROM follow_up_actions")), today(ts).addDays(-2), {}));
        MenteeSession group = one;
        group.heldAt = QDateTime(today(ts).addDays(-2), QTime(15, 0));
        group.sessionType = QStringLiteral("Group");
        group.isGroup = true;
        group.notes = QStringLiteral("The group talked about sleep");
        group.followUps.clear();
        group.attendees = { { dan, true, false }, { olly, true, false } };
        requireOk(SessionService(s).record(group).status());

        CheckIn checkIn;
        checkIn.episodeId = dan;
        checkIn.checkedOn = today(ts).addDays(-1);
        checkIn.wellbeingRating = 6;
        checkIn.coping = QStringLiteral("Letters to Shirin");
        requireOk(CheckInService(s).record(checkIn).status());
        checkIn.episodeId = olly;
        checkIn.coping = QStringLiteral("Gym with Olly's cousin");
        requireOk(CheckInService(s).record(checkIn).status());
        const Result<qint64> concern
            = ConcernService(s).raise(dan, QStringLiteral("Worried about the move to Ford"));
        requireOk(concern.status());
        ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
        ts.signInAs(QStringLiteral("nurse"));
        Review review;
        review.episodeId = dan;
        review.concernId = *concern;
        review.reviewedOn = today(ts);
        review.outcome = Review::Outcome::NoFurtherAction;
        review.riskLevel = MenteeEpisode::RiskLevel::Low;
        review.notes = QStringLiteral("Spoke with Dan's sister Shirin");
        requireOk(ConcernService(*ts.session).review(review).status());
        ts.signInAs(AdminName);
        UserSession& admin = *ts.session;
        requireOk(MenteeService(admin).close(
            dan, { today(ts), MenteeEpisode::ClosureReason::Transferred, false, false, {} }));
        requireOk(admin.changeSetting(Setting::RetentionYears, 2));
    }
};

// What a purge must forget of Dan (and Fred, who never had a role), and
// what stays of Olly.
const QStringList DansContent { QStringLiteral("Dan Mover"), QStringLiteral("A1234BC"),
    QStringLiteral("daughter"), QStringLiteral("Shirin"), QStringLiteral("Worried about the move"),
    QStringLiteral("Fred Nobody"), QStringLiteral("F1000AA") };

int storedEventsContaining(UserSession& s, const QString& text)
{
    return scalar(
        s, QStringLiteral("SELECT count(*) FROM audit_events WHERE instr(details, '%1') > 0").arg(text));
}

QList<AuditEvent> listed(UserSession& s)
{
    const Result<QList<AuditEvent>> events = s.auditLog().list(s);
    REQUIRE(events.ok());
    return *events;
}

QString listing(UserSession& s)
{
    QString text;
    for (const AuditEvent& event : listed(s))
        text += event.toLine() + QLatin1Char('\n');
    return text;
}

} // namespace

TEST_CASE("What the audit trail says about a prisoner is sealed under their own key and shown as recorded")
{
    Wing wing;
    UserSession& s = *wing.ts.session;

    // As stored: no name, prison number, note or answer of anyone's.
    for (const QString& text : DansContent
            + QStringList { QStringLiteral("Olly Other"), QStringLiteral("Max Mentor"),
                QStringLiteral("talked about sleep"), QStringLiteral("Gym with") }) {
        INFO(text.toStdString());
        CHECK(storedEventsContaining(s, text) == 0);
    }
    // One key for each prisoner the trail describes.
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM prisoner_keys WHERE seal_key IS NOT NULL")) == 4);
    CHECK(scalar(s, QStringLiteral("SELECT count(DISTINCT prisoner_id) FROM prisoner_keys")) == 4);

    // What stays readable: ids, field names, staff actions and accounts.
    QSqlQuery created(s.database());
    REQUIRE(created.exec(QStringLiteral("SELECT details FROM audit_events WHERE action = 'create' AND "
                                        "entity_type = 'mentee_episode' AND entity_id = '%1'")
                             .arg(wing.dan)));
    REQUIRE(created.next());
    const QJsonObject stored = QJsonDocument::fromJson(created.value(0).toString().toUtf8()).object();
    CHECK(stored.value(QStringLiteral("prisoner_id")).toInteger() == wing.danPrisoner);
    const QJsonObject sealed = stored.value(QStringLiteral("sealed")).toObject();
    CHECK(sealed.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("referral_reason")));
    CHECK(sealed.value(QStringLiteral("to")).toArray().size() == 1);
    CHECK(scalar(s,
              QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user_admin' AND "
                             "instr(details, 'sealed') = 0"))
        > 0);
    // The group session is sealed to both who attended.
    CHECK(
        scalar(s,
            QStringLiteral("SELECT json_array_length(details, '$.sealed.to') FROM audit_events WHERE "
                           "action = 'create' AND entity_type = 'mentee_session' ORDER BY seq DESC LIMIT 1"))
        == 2);

    // Every event about a prisoner's records that holds more than ids is sealed.
    CHECK(scalar(s,
              QStringLiteral(
                  "SELECT count(*) FROM audit_events WHERE entity_type IN ('prisoner', 'mentor', "
                  "'mentee_episode', 'mentee_session', 'check_in', 'concern', 'review', 'training_record', "
                  "'shadowing_period', 'supervision', 'follow_up_action') AND json_extract(details, "
                  "'$.sealed') IS NULL AND "
                  "EXISTS (SELECT 1 FROM json_each(details) WHERE key NOT LIKE '%_id' AND key NOT LIKE "
                  "'%_ids')"))
        == 0);

    // The audit log and wingmate-cli audit show the content as recorded.
    const QString text = listing(s);
    for (const QString& content : DansContent.mid(0, 6))
        CHECK(text.contains(content));
    CHECK(text.contains(QStringLiteral("The group talked about sleep")));
    CHECK_FALSE(text.contains(QStringLiteral("\"sealed\"")));
    CHECK_FALSE(text.contains(QStringLiteral("content erased")));
    requireOk(s.verify());
}

TEST_CASE("A retention purge forgets what the audit trail said about the people it deletes")
{
    Wing wing;
    wing.ts.clock.advance(3LL * 366 * 24 * 3600);
    wing.ts.signInAs(AdminName);
    UserSession& s = *wing.ts.session;
    const QString purgedOn = today(wing.ts).toString(Qt::ISODate);
    const int eventsBefore = auditEvents(s);

    const Result<RetentionService::Plan> purged = RetentionService(s).purge();
    requireOk(purged.status());
    CHECK(purged->counts.prisoners == 2); // Dan and Fred
    CHECK(purged->vacuumed);

    // Their keys are gone, in the purge's own transaction, and it says how many.
    CHECK(scalar(s,
              QStringLiteral(
                  "SELECT count(*) FROM prisoner_keys WHERE seal_key IS NULL AND erased_on = '%1' AND "
                  "erased_why = 'retention_purge'")
                  .arg(purgedOn))
        == 2);
    CHECK(scalar(s,
              QStringLiteral("SELECT json_extract(details, '$.audit_keys_erased') FROM audit_events WHERE "
                             "action = 'purge'"))
        == 2);
    CHECK(auditEvents(s) == eventsBefore + 1);

    // The chain and every signature still verify.
    requireOk(s.verify());

    // The audit log shows Dan's events as erased; Olly's, and the group
    // session they shared, as recorded.
    const QList<AuditEvent> events = listed(s);
    int erased = 0;
    for (const AuditEvent& event : events) {
        if (event.entityType == QLatin1String("prisoner")
            && event.entityId == QString::number(wing.danPrisoner)) {
            CHECK(event.erased.startsWith(
                QStringLiteral("content erased by retention purge on %1").arg(purgedOn)));
            CHECK(event.toLine().contains(
                QStringLiteral("content erased by retention purge on %1").arg(purgedOn)));
            ++erased;
        }
    }
    CHECK(erased > 0);
    const QString text = listing(s);
    CHECK(text.contains(QStringLiteral("The group talked about sleep")));
    CHECK(text.contains(QStringLiteral("Olly Other")));
    CHECK(text.contains(QStringLiteral("Gym with Olly's cousin")));
    for (const QString& content : DansContent) {
        INFO(content.toStdString());
        CHECK_FALSE(text.contains(content));
    }

    // A dump of the decrypted database holds none of it, in any table.
    const QString folder = wing.ts.path();
    wing.ts.session.reset();
    const QByteArray dump
        = sqlcipherShell(folder, rawDatabaseKey(folder, AdminName, AdminPassword), QStringLiteral(".dump"));
    REQUIRE(dump.contains("CREATE TABLE prisoner_keys"));
    CHECK(dump.contains("Olly Other"));
    for (const QString& content : DansContent) {
        INFO(content.toStdString());
        CHECK_FALSE(dump.contains(content.toUtf8()));
    }
}

TEST_CASE(
    "Sealed content whose key was changed behind Wingmate's back is shown as tampered with, never as erased")
{
    Wing wing;
    const QString folder = wing.ts.path();
    wing.ts.session.reset();
    // A member of staff with the database key, through the sqlcipher shell.
    const QByteArray key
        = rawDatabaseKey(folder, QStringLiteral("nurse"), TestSession::passwordFor(QStringLiteral("nurse")));
    SECTION("another key of the right size")
    {
        sqlcipherShell(folder, key,
            QStringLiteral("UPDATE prisoner_keys SET seal_key = randomblob(32) WHERE prisoner_id = %1;")
                .arg(wing.danPrisoner));
        wing.ts.signInAs(AdminName);
        const Status verified = wing.ts.session->verify();
        CHECK(verified.code() == ErrorCode::Damaged);
        CHECK(verified.message().contains(QStringLiteral("does not open with the key it names")));
    }
    SECTION("an empty key, past the table's check")
    {
        sqlcipherShell(folder, key,
            QStringLiteral(
                "PRAGMA ignore_check_constraints = ON; UPDATE prisoner_keys SET seal_key = X'' WHERE "
                "prisoner_id = %1;")
                .arg(wing.danPrisoner));
        wing.ts.signInAs(AdminName);
        CHECK(wing.ts.session->verify().code() == ErrorCode::Damaged);
    }
    bool seen = false;
    for (const AuditEvent& event : listed(*wing.ts.session)) {
        if (event.entityType == QLatin1String("prisoner")
            && event.entityId == QString::number(wing.danPrisoner) && event.action == AuditAction::Create) {
            CHECK(event.erased.startsWith(QStringLiteral("content could not be opened")));
            CHECK_FALSE(event.toLine().contains(QStringLiteral("Dan Mover")));
            seen = true;
        }
    }
    CHECK(seen);
}

TEST_CASE(
    "A trail kept before sealing is checked in full, sealed per prisoner once, and its old head recorded")
{
    // The 0.1 vault (tests/fixtures/v0.1): Kieran Ibrahim is one of its mentees.
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/vault");
    oldvault::copyTo(folder);
    Result<KeySlotFile> keyFile = KeySlotFile::load(folder + QStringLiteral("/vault.keys"));
    REQUIRE(keyFile.ok());
    const AuditAnchor oldHead = keyFile->anchor;
    REQUIRE(oldHead.sequence > 100);

    Result<std::unique_ptr<UserSession>> signedIn
        = UserSession::signIn(folder, oldvault::Worker, oldvault::Password);
    REQUIRE(signedIn.ok());
    UserSession& s = **signedIn;

    // The first signed commit says how many events were carried over, and
    // what their head's hash was before: continuity with every older copy.
    QSqlQuery start(s.database());
    REQUIRE(
        start.exec(QStringLiteral("SELECT details, actor FROM audit_events WHERE action = 'signing_start'")));
    REQUIRE(start.next());
    const QJsonObject details = QJsonDocument::fromJson(start.value(0).toString().toUtf8()).object();
    CHECK(start.value(1).toString() == oldvault::Worker);
    CHECK(details.value(QStringLiteral("legacy_events")).toInteger() == oldHead.sequence);
    CHECK(details.value(QStringLiteral("legacy_head_before_sealing")).toString()
        == QString::fromLatin1(oldHead.hash.toHex()));
    CHECK(details.value(QStringLiteral("sealed_events")).toInteger() > 500);
    CHECK(details.value(QStringLiteral("erased_events")).toInteger() == 0);
    CHECK_FALSE(start.next());

    // Sealed as stored, shown as recorded, and still a trail that verifies.
    for (const QString& content : { QStringLiteral("Kieran Ibrahim"), QStringLiteral("A9799IJ") }) {
        INFO(content.toStdString());
        CHECK(storedEventsContaining(s, content) == 0);
    }
    requireOk(s.verify());
    QSqlQuery update(s.database());
    CHECK_FALSE(update.exec(QStringLiteral("UPDATE audit_events SET actor = 'someone' WHERE seq = 1")));
    CHECK(update.lastError().text().contains(QStringLiteral("never changed")));
    signedIn->reset();
    signedIn = UserSession::signIn(folder, oldvault::Admin, oldvault::Password);
    REQUIRE(signedIn.ok());
    CHECK(listing(**signedIn).contains(QStringLiteral("Kieran Ibrahim")));
    CHECK(
        scalar(**signedIn, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'signing_start'"))
        == 1);

    SECTION("cut off after the carry-over committed, before the copies of its head were written")
    {
        // Both copies still name the head as it was before sealing.
        Vault& vault = (*signedIn)->vault();
        requireOk(vault.writeAnchor(oldHead));
        requireOk(PcAnchor::save(vault.vaultId(), vault.directory(), oldHead));
        signedIn->reset();
        signedIn = UserSession::signIn(folder, oldvault::Admin, oldvault::Password);
        INFO(signedIn.status().message().toStdString());
        REQUIRE(signedIn.ok());
        CHECK(scalar(**signedIn,
                  QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'anchor_repair'"))
            == 1);
        requireOk((*signedIn)->verify());
    }
    SECTION("a copy that names another head there is still tampering")
    {
        AuditAnchor forged = oldHead;
        forged.hash[0] = char(forged.hash.at(0) ^ 1);
        Vault& vault = (*signedIn)->vault();
        requireOk(vault.writeAnchor(forged));
        signedIn->reset();
        signedIn = UserSession::signIn(folder, oldvault::Admin, oldvault::Password);
        CHECK(signedIn.status().code() == ErrorCode::Damaged);
    }
}

TEST_CASE("Content hidden by destroying a prisoner's key without a purge is caught by verify")
{
    Wing wing;
    const QString folder = wing.ts.path();
    wing.ts.session.reset();
    const QByteArray key
        = rawDatabaseKey(folder, QStringLiteral("nurse"), TestSession::passwordFor(QStringLiteral("nurse")));
    const QString today = wing.ts.clock.now().toUTC().date().toString(Qt::ISODate);
    const QString fakePurge
        = QStringLiteral("UPDATE prisoner_keys SET seal_key = NULL, erased_on = '%1', erased_why = "
                         "'retention_purge' WHERE prisoner_id = %2;")
              .arg(today)
              .arg(wing.danPrisoner);

    SECTION("the key destroyed as if purged, the person still here")
    {
        sqlcipherShell(folder, key, fakePurge);
    }
    SECTION("the key destroyed and the person deleted as if purged, with no purge")
    {
        sqlcipherShell(folder, key,
            QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM prisoners WHERE id = %1; ")
                    .arg(wing.danPrisoner)
                + fakePurge);
    }
    SECTION("the key row deleted")
    {
        sqlcipherShell(folder, key,
            QStringLiteral("DELETE FROM prisoner_keys WHERE prisoner_id = %1;").arg(wing.danPrisoner));
    }
    wing.ts.signInAs(AdminName);
    const QString first = QString::number(scalar(*wing.ts.session,
        QStringLiteral(
            "SELECT min(seq) FROM audit_events WHERE entity_type = 'prisoner' AND entity_id = '%1'")
            .arg(wing.danPrisoner)));
    const Status verified = wing.ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("at event %1:").arg(first)));
}

TEST_CASE(
    "A script cannot make a purge leave a person's trail readable, nor pass off a living person's as purged")
{
    Wing wing;
    wing.ts.clock.advance(3LL * 366 * 24 * 3600);
    const QString folder = wing.ts.path();
    wing.ts.session.reset();
    const QByteArray key
        = rawDatabaseKey(folder, QStringLiteral("nurse"), TestSession::passwordFor(QStringLiteral("nurse")));
    const auto purge = [&] {
        wing.ts.signInAs(AdminName);
        requireOk(RetentionService(*wing.ts.session).purge().status());
        wing.ts.session.reset();
    };
    // A purge after the keys were tampered with checks the trail first, and
    // deletes nothing.
    const auto purgeRefused = [&] {
        wing.ts.signInAs(AdminName);
        const QString before = fingerprint(*wing.ts.session);
        const Status refused = RetentionService(*wing.ts.session).purge().status();
        CHECK(refused.code() == ErrorCode::Damaged);
        CHECK(refused.message().startsWith(QStringLiteral("Nothing was deleted: ")));
        CHECK(scalar(*wing.ts.session,
                  QStringLiteral("SELECT count(*) FROM prisoners WHERE id = %1").arg(wing.danPrisoner))
            == 1);
        CHECK(fingerprint(*wing.ts.session) == before);
        wing.ts.session.reset();
    };
    QString expected;
    SECTION("a key pointed at no one before the purge, so that it is not destroyed")
    {
        sqlcipherShell(folder, key,
            QStringLiteral(
                "UPDATE prisoner_keys SET prisoner_id = 1000000 + prisoner_id WHERE prisoner_id = %1;")
                .arg(wing.danPrisoner));
        purgeRefused();
        expected = QStringLiteral("is sealed to a key the vault records as prisoner");
    }
    SECTION("a trigger planted to copy the keys aside as the purge destroys them")
    {
        sqlcipherShell(folder, key,
            QStringLiteral(
                "CREATE TABLE kept (k INTEGER, v BLOB); CREATE TRIGGER keep BEFORE UPDATE OF seal_key ON "
                "prisoner_keys WHEN NEW.seal_key IS NULL BEGIN INSERT INTO kept VALUES (OLD.id, "
                "OLD.seal_key); END;"));
        // The purge refuses to run under it, and deletes nothing.
        wing.ts.signInAs(AdminName);
        const Status refused = RetentionService(*wing.ts.session).purge().status();
        CHECK(refused.code() == ErrorCode::Damaged);
        CHECK(refused.message().contains(QStringLiteral("changed outside Wingmate")));
        CHECK(scalar(*wing.ts.session,
                  QStringLiteral("SELECT count(*) FROM prisoner_keys WHERE seal_key IS NULL"))
            == 0);
        CHECK(scalar(*wing.ts.session,
                  QStringLiteral("SELECT count(*) FROM prisoners WHERE id = %1").arg(wing.danPrisoner))
            == 1);
        wing.ts.session.reset();
        expected = QStringLiteral("which Wingmate never made");
    }
    SECTION("two people's keys swapped before the purge, so that the one kept is the purged person's")
    {
        sqlcipherShell(folder, key,
            QStringLiteral(
                "UPDATE prisoner_keys SET prisoner_id = -1 WHERE prisoner_id = %1; UPDATE prisoner_keys "
                "SET prisoner_id = %1 WHERE prisoner_id = %2; UPDATE prisoner_keys SET prisoner_id = %2 "
                "WHERE prisoner_id = -1;")
                .arg(wing.danPrisoner)
                .arg(wing.ollyPrisoner));
        purgeRefused();
        expected = QStringLiteral("is sealed to a key the vault records as prisoner");
    }
    SECTION("a made-up destroyed key, to make a day's count come out")
    {
        purge();
        const QString day = wing.ts.clock.now().toUTC().date().toString(Qt::ISODate);
        sqlcipherShell(folder, key,
            QStringLiteral(
                "INSERT INTO prisoner_keys (prisoner_id, seal_key, created_at, erased_on, erased_why) "
                "VALUES (999, NULL, '%1T12:00:00.000Z', '%1', 'retention_purge');")
                .arg(day));
        expected = QStringLiteral("The audit trail has been tampered with at event");
    }
    SECTION("a living person's key destroyed on the day of a purge, and a new one made for them")
    {
        purge();
        const QString day = wing.ts.clock.now().toUTC().date().toString(Qt::ISODate);
        sqlcipherShell(folder, key,
            QStringLiteral(
                "UPDATE prisoner_keys SET seal_key = NULL, erased_on = '%1', erased_why = "
                "'retention_purge' WHERE prisoner_id = %2; INSERT INTO prisoner_keys (prisoner_id, "
                "seal_key, created_at) VALUES (%2, randomblob(32), '%1T12:00:00.000Z');")
                .arg(day)
                .arg(wing.ollyPrisoner));
        expected = QStringLiteral("The audit trail has been tampered with at event");
    }
    wing.ts.signInAs(AdminName);
    const Status verified = wing.ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(expected));
}

TEST_CASE(
    "Records hidden from the carry-over of a trail kept before sealing cannot pass off a living person's "
    "content as purged")
{
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/vault");
    oldvault::copyTo(folder);
    // Before anyone signs in with this version, a worker points an episode
    // at no one, so that the carry-over finds its events about nobody...
    const QByteArray oldKey = rawDatabaseKey(folder, oldvault::Worker, oldvault::Password);
    const QString episodeOwner = QString::fromUtf8(sqlcipherShell(
        folder, oldKey, QStringLiteral("SELECT prisoner_id FROM mentee_episodes WHERE id = 2;"), {}, 3)
                                                       .trimmed());
    REQUIRE(episodeOwner.toLongLong() > 0);
    sqlcipherShell(
        folder, oldKey, QStringLiteral("UPDATE mentee_episodes SET prisoner_id = 0 WHERE id = 2;"), {}, 3);
    // ... but the trail is checked against the records before it is carried
    // over, and the episode's owner is not the one its events recorded.
    const Result<std::unique_ptr<UserSession>> signedIn
        = UserSession::signIn(folder, oldvault::Admin, oldvault::Password);
    INFO(signedIn.status().message().toStdString());
    REQUIRE_FALSE(signedIn.ok());
    CHECK(signedIn.status().code() == ErrorCode::Damaged);
    CHECK(signedIn.status().message().contains(
        QStringLiteral("record 2 in the table mentee_episodes has a value of prisoner_id")));
}

TEST_CASE("A row put back after a purge under the id of a record it removed is reported by verify")
{
    Wing wing;
    wing.ts.clock.advance(3LL * 366 * 24 * 3600);
    requireOk(RetentionService(*wing.ts.session).purge().status());
    // The purge names what it removed; the first of its check-ins and its
    // session come back with made-up content, about someone still here.
    const qint64 checkIn = scalar(*wing.ts.session,
        QStringLiteral(
            "SELECT json_extract(details, '$.removed.check_ins[0]') FROM audit_events WHERE action = "
            "'purge'"));
    const qint64 session = scalar(*wing.ts.session,
        QStringLiteral("SELECT json_extract(details, '$.removed.mentee_sessions[0]') FROM audit_events WHERE "
                       "action = 'purge'"));
    REQUIRE(checkIn > 0);
    REQUIRE(session > 0);
    requireOk(wing.ts.session->verify());
    const QString folder = wing.ts.path();
    wing.ts.session.reset();
    const QByteArray key
        = rawDatabaseKey(folder, QStringLiteral("nurse"), TestSession::passwordFor(QStringLiteral("nurse")));
    QString script;
    QString table;
    qint64 record = 0;
    SECTION("a check-in saying all is well")
    {
        script = QStringLiteral(
            "INSERT INTO check_ins (id, episode_id, checked_on, recorded_by, wellbeing_rating, self_harm, "
            "suicidal, "
            "created_at, updated_at) VALUES (%1, %2, '2029-01-01', 'nurse', 9, 'none', 'none', "
            "'2029-01-01T09:00:00.000Z', '2029-01-01T09:00:00.000Z');")
                     .arg(checkIn)
                     .arg(wing.olly);
        table = QStringLiteral("check_ins");
        record = checkIn;
    }
    SECTION("a session")
    {
        script = QStringLiteral(
            "INSERT INTO mentee_sessions (id, held_at, duration_minutes, session_type, recorded_by, "
            "created_at, "
            "updated_at) VALUES (%1, '2029-01-01T09:00', 60, '1:1', 'nurse', '2029-01-01T09:10:00.000Z', "
            "'2029-01-01T09:10:00.000Z'); INSERT INTO session_attendance VALUES (%1, %2, 1, "
            "'2029-01-01T09:00');")
                     .arg(session)
                     .arg(wing.olly);
        table = QStringLiteral("mentee_sessions");
        record = session;
    }
    sqlcipherShell(folder, key, script);
    wing.ts.signInAs(AdminName);
    const Status verified = wing.ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(
        QStringLiteral("record %1 in the table %2 is in the table").arg(record).arg(table)));
    CHECK(verified.message().contains(QStringLiteral("followed by the purge that removed it")));
}
