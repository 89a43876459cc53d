#include "RecordsFixture.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "security/KeyDerivation.h"
#include "security/RecoveryCode.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/MentorService.h"
#include "services/PrisonerService.h"
#include "services/SessionService.h"
#include "transfer/TransferPackage.h"
#include "transfer/TransferPayload.h"
#include "transfer/TransferService.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

const QString Mover = QStringLiteral("A1234BC");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The sending wing: Dan Mover, a mentee with a 1:1 session (and its
// follow-up action), a group session shared with Olly Other, a risky
// check-in whose concern a nurse reviewed; and Max Mentor, an active mentor
// with a supervision.
struct SendingWing {
    TestSession ts;
    qint64 mentor = 0;
    qint64 danEpisode = 0;
    qint64 ollyEpisode = 0;

    SendingWing()
    {
        UserSession& s = *ts.session;
        requireOk(s.changeSetting(Setting::EstablishmentName, QStringLiteral("HMP Sender")));
        mentor = addMentor(s, QStringLiteral("M1000AA"), QStringLiteral("Max Mentor"));
        danEpisode = addEpisode(ts, Mover, QStringLiteral("Dan Mover"));
        ollyEpisode = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Olly Other"));

        MenteeSession one;
        one.heldAt = QDateTime(today(ts).addDays(-3), QTime(10, 0));
        one.durationMinutes = 45;
        one.sessionType = QStringLiteral("1:1");
        one.mentorIds = { mentor };
        one.attendees = { { danEpisode, true, false } };
        one.notes = QStringLiteral("Talked about the move.");
        one.followUps
            = { { 0, QStringLiteral("Pass on the art therapy referral"), today(ts).addDays(5), {} } };
        requireOk(SessionService(s).record(one).status());

        MenteeSession group;
        group.heldAt = QDateTime(today(ts).addDays(-2), QTime(15, 0));
        group.durationMinutes = 60;
        group.sessionType = QStringLiteral("Group");
        group.isGroup = true;
        group.mentorIds = { mentor };
        group.attendees = { { danEpisode, true, false }, { ollyEpisode, true, false } };
        group.notes = QStringLiteral("Olly Other spoke about his family.");
        requireOk(SessionService(s).record(group).status());

        CheckIn checkIn;
        checkIn.episodeId = danEpisode;
        checkIn.checkedOn = today(ts).addDays(-1);
        checkIn.wellbeingRating = 3;
        checkIn.selfHarm = CheckIn::SelfHarm::Act;
        checkIn.coping = QStringLiteral("Not well");
        const Result<CheckInService::Recorded> recorded = CheckInService(s).record(checkIn);
        requireOk(recorded.status());
        REQUIRE(recorded->concernId.has_value());

        Supervision supervision;
        supervision.mentorId = mentor;
        supervision.heldOn = today(ts).addDays(-4);
        supervision.supervisor = QStringLiteral("Nina Nurse");
        supervision.notes = QStringLiteral("Coping well with three mentees.");
        requireOk(MentorService(s).addSupervision(supervision).status());

        ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
        ts.signInAs(QStringLiteral("nurse"));
        Review review;
        review.episodeId = danEpisode;
        review.concernId = *recorded->concernId;
        review.reviewedOn = today(ts);
        review.outcome = Review::Outcome::Monitor;
        review.riskLevel = MenteeEpisode::RiskLevel::Medium;
        review.nextReviewOn = today(ts).addDays(7);
        requireOk(ConcernService(*ts.session).review(review).status());
        ts.signInAs(AdminName);
        // Dan and Max are leaving: a package is made only for a prisoner
        // recorded as transferred or released.
        recordTransferred(*ts.session, Mover);
        recordTransferred(*ts.session, QStringLiteral("M1000AA"));
    }

    static void recordTransferred(UserSession& s, const QString& number)
    {
        Result<Prisoner> prisoner = PrisonerService(s).findByPrisonNumber(number);
        requireOk(prisoner.status());
        prisoner->status = Prisoner::CustodyStatus::Transferred;
        prisoner->statusDate = s.clock().now().toLocalTime().date();
        requireOk(PrisonerService(s).update(*prisoner));
    }

    TransferService::Exported exportTo(const QString& path, const QString& number = Mover)
    {
        Result<TransferService::Exported> exported
            = TransferService(*ts.session).exportPackage(number, QStringLiteral("HMP Receiver"), path);
        requireOk(exported.status());
        return exported.take();
    }
};

struct ReceivingWing {
    TestSession ts;
    ReceivingWing()
    {
        requireOk(ts.session->changeSetting(Setting::EstablishmentName, QStringLiteral("HMP Receiver")));
    }
};

// Both wings, and one person's package made at the sending one.
struct Exchange {
    SendingWing sender;
    ReceivingWing receiver;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("package.wmtransfer"));
    TransferService::Exported exported;

    explicit Exchange(const QString& number = Mover) { exported = sender.exportTo(path, number); }
};

} // namespace

TEST_CASE("A transfer package carries one person's records to another vault and is audited at both ends")
{
    Exchange x;
    const QString& path = x.path;
    const TransferService::Exported& exported = x.exported;
    ReceivingWing& receiver = x.receiver;
    CHECK(RecoveryCode::normalise(exported.code).has_value());
    CHECK(exported.counts.episodes == 1);
    CHECK(exported.counts.sessions == 2);
    CHECK(exported.counts.followUps == 1);
    CHECK(exported.counts.checkIns == 1);
    CHECK(exported.counts.concerns == 1);
    CHECK(exported.counts.reviews == 1);
    CHECK(exported.counts.mentors == 0);

    // The file gives nothing away without the code.
    const QByteArray bytes = readAll(path);
    CHECK_FALSE(bytes.contains("Dan Mover"));
    CHECK_FALSE(bytes.contains(Mover.toLatin1()));

    // The export is a disclosure naming the destination.
    const QJsonObject out = lastDetailsObject(*x.sender.ts.session, AuditAction::TransferOut,
        QStringLiteral("prisoner"), PrisonerService(*x.sender.ts.session).findByPrisonNumber(Mover)->id);
    CHECK(out.value(QStringLiteral("destination")).toString() == QStringLiteral("HMP Receiver"));
    CHECK(out.value(QStringLiteral("counts")).toObject().value(QStringLiteral("sessions")).toInt() == 2);

    UserSession& s = *receiver.ts.session;
    TransferService transfers(s);
    const QString before = fingerprint(s);
    const Result<TransferService::Preview> preview = transfers.preview(path, exported.code);
    requireOk(preview.status());
    CHECK(fingerprint(s) == before); // a preview writes nothing
    CHECK(preview->source == QStringLiteral("HMP Sender"));
    CHECK(preview->prisonNumber == Mover);
    CHECK(preview->fullName == QStringLiteral("Dan Mover"));
    CHECK(preview->existingPrisonerId == 0);
    CHECK(preview->conflicts.isEmpty());

    // The code is forgiving about case and dashes, like the recovery code.
    const Result<TransferService::Preview> imported
        = transfers.importPackage(path, exported.code.toLower().remove(QLatin1Char('-')));
    requireOk(imported.status());
    CHECK(
        scalar(s,
            QStringLiteral(
                "SELECT count(*) FROM prisoners WHERE prison_number = 'A1234BC' AND full_name = 'Dan Mover'"))
        == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE status = 'active'")) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_sessions")) == 2);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM session_attendance")) == 2);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM follow_up_actions")) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM check_ins WHERE self_harm = 'act'")) == 1);
    CHECK(
        scalar(s, QStringLiteral("SELECT count(*) FROM concerns c JOIN check_ins i ON i.id = c.check_in_id"))
        == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM reviews r JOIN concerns c ON c.id = r.concern_id"))
        == 1);
    // Co-attendees stay behind: not Olly, not his words in the group notes.
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM prisoners")) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_sessions WHERE notes LIKE '%Olly%'")) == 0);
    CHECK(scalar(s,
              QStringLiteral("SELECT count(*) FROM mentee_sessions WHERE notes = 'Talked about the move.'"))
        == 1);

    const QJsonObject in = lastDetailsObject(
        s, AuditAction::TransferIn, QStringLiteral("prisoner"), imported->existingPrisonerId);
    CHECK(in.value(QStringLiteral("source")).toString() == QStringLiteral("HMP Sender"));
    CHECK(in.value(QStringLiteral("prisonerAdded")).toBool());
    requireOk(s.verify());
    // An imported record corrected here still agrees with the trail.
    Result<CheckIn> moved = CheckInService(s).get(
        scalar(s, QStringLiteral("SELECT max(id) FROM check_ins WHERE self_harm = 'act'")));
    REQUIRE(moved.ok());
    moved->coping = QStringLiteral("Letters home");
    receiver.ts.clock.advance(60);
    requireOk(CheckInService(s).update(*moved, QStringLiteral("Coping written up wrongly")).status());
    requireOk(s.verify());

    // The same package again overlaps what is now here: refused, nothing written.
    const QString afterImport = fingerprint(s);
    const Result<TransferService::Preview> again = transfers.preview(path, exported.code);
    requireOk(again.status());
    CHECK(again->existingPrisonerId == imported->existingPrisonerId);
    REQUIRE(again->conflicts.size() == 1);
    CHECK(again->conflicts.constFirst().contains(QStringLiteral("overlaps")));
    checkRefused(transfers.importPackage(path, exported.code).status(), ErrorCode::InvalidInput,
        QStringLiteral("conflicts"));
    CHECK(fingerprint(s) == afterImport);
}

TEST_CASE("A mentor's record travels with its status history, shadowing, training and supervision")
{
    Exchange x(QStringLiteral("m1000aa"));
    const QString& path = x.path;
    const TransferService::Exported& exported = x.exported;
    ReceivingWing& receiver = x.receiver;
    CHECK(exported.counts.mentors == 1);
    CHECK(exported.counts.episodes == 0);
    CHECK(exported.counts.statusChanges >= 4);
    CHECK(exported.counts.shadowing == 1);
    CHECK(exported.counts.training >= 1);
    CHECK(exported.counts.supervisions == 1);

    UserSession& s = *receiver.ts.session;
    requireOk(TransferService(s).importPackage(path, exported.code).status());
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentors WHERE status = 'active'")) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentor_status_history"))
        == exported.counts.statusChanges);
    CHECK(scalar(
              s, QStringLiteral("SELECT count(*) FROM shadowing_periods WHERE experienced_mentor_id IS NULL"))
        == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM training_records")) == exported.counts.training);
    CHECK(
        scalar(s, QStringLiteral("SELECT count(*) FROM supervisions WHERE supervisor = 'Nina Nurse'")) == 1);
    // The imported mentor is a working record here: it can be changed.
    Result<Mentor> mentor = MentorService(s).get(scalar(s, QStringLiteral("SELECT id FROM mentors")));
    requireOk(mentor.status());
    requireOk(MentorService(s).update(*mentor));
}

TEST_CASE("A prisoner recorded here under another name or date of birth is a conflict, shown before anything "
          "is written")
{
    Exchange x;
    const QString& path = x.path;
    const TransferService::Exported& exported = x.exported;
    ReceivingWing& receiver = x.receiver;
    UserSession& s = *receiver.ts.session;
    addPrisoner(s, Mover, QStringLiteral("Daniel Someone-Else"));
    const QString before = fingerprint(s);
    const Result<TransferService::Preview> preview = TransferService(s).preview(path, exported.code);
    requireOk(preview.status());
    REQUIRE(preview->conflicts.size() == 1);
    CHECK(preview->conflicts.constFirst().contains(QStringLiteral("Daniel Someone-Else")));
    checkRefused(TransferService(s).importPackage(path, exported.code).status(), ErrorCode::InvalidInput,
        QStringLiteral("Daniel Someone-Else"));
    CHECK(fingerprint(s) == before);
}

TEST_CASE("A prisoner already here with matching details receives the episodes")
{
    Exchange x;
    const QString& path = x.path;
    const TransferService::Exported& exported = x.exported;
    ReceivingWing& receiver = x.receiver;
    UserSession& s = *receiver.ts.session;
    const qint64 here = addPrisoner(s, Mover, QStringLiteral("dan  MOVER"));
    const Result<TransferService::Preview> imported = TransferService(s).importPackage(path, exported.code);
    requireOk(imported.status());
    CHECK(imported->existingPrisonerId == here);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM prisoners")) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE prisoner_id = %1").arg(here))
        == 1);
}

TEST_CASE("Wrong codes and damaged, tampered, truncated or foreign files are refused and change nothing")
{
    Exchange x;
    const QString& path = x.path;
    const TransferService::Exported& exported = x.exported;
    ReceivingWing& receiver = x.receiver;
    const QByteArray good = readAll(path);
    UserSession& s = *receiver.ts.session;
    TransferService transfers(s);
    const QString before = fingerprint(s);
    const QString bad = x.dir.filePath(QStringLiteral("bad.wmtransfer"));

    SECTION("a wrong code")
    {
        checkRefused(transfers.importPackage(path, TransferPackage::newCode()).status(), ErrorCode::Damaged,
            QStringLiteral("code is wrong"));
        checkRefused(transfers.importPackage(path, QStringLiteral("not a code")).status(),
            ErrorCode::InvalidInput, QStringLiteral("not a transfer code"));
    }
    SECTION("a byte changed anywhere")
    {
        // Header fields (KDF, salt, nonce, names, date, length) and the sealed part.
        for (const qsizetype at : { qsizetype(8), qsizetype(20), qsizetype(40), qsizetype(60), qsizetype(85),
                 qsizetype(95), good.size() / 2, good.size() - 1 }) {
            QByteArray tampered = good;
            tampered[at] = char(tampered.at(at) ^ 0x01);
            writeAll(bad, tampered);
            INFO("byte " << at);
            const Status status = transfers.importPackage(bad, exported.code).status();
            CHECK(status.code() == ErrorCode::Damaged);
        }
    }
    SECTION("a truncated file")
    {
        for (const qsizetype length :
            { qsizetype(0), qsizetype(7), qsizetype(60), good.size() / 2, good.size() - 1 }) {
            writeAll(bad, good.left(length));
            INFO("length " << length);
            CHECK(transfers.importPackage(bad, exported.code).status().code() == ErrorCode::Damaged);
        }
        writeAll(bad, good + QByteArray("x"));
        CHECK(transfers.importPackage(bad, exported.code).status().code() == ErrorCode::Damaged);
    }
    SECTION("a file that is not a transfer package")
    {
        writeAll(bad, QByteArray("Name,Prison number\r\nDan Mover,A1234BC\r\n"));
        checkRefused(transfers.importPackage(bad, exported.code).status(), ErrorCode::Damaged,
            QStringLiteral("not a Wingmate transfer package"));
        const QByteArray database = readAll(x.sender.ts.path() + QStringLiteral("/wingmate.db"));
        writeAll(bad, database.left(4096));
        CHECK(transfers.importPackage(bad, exported.code).status().code() == ErrorCode::Damaged);
    }
    CHECK(fingerprint(s) == before);
}

TEST_CASE("The package parser takes any bytes without crashing and checks structure before any cryptography")
{
    const QString code = TransferPackage::newCode();
    const QDateTime made(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    const Result<QByteArray> sealed = TransferPackage::seal(QByteArray("{\"x\":1}"), code,
        QStringLiteral("HMP Sender"), QStringLiteral("HMP Receiver"), made, KdfParams::minimum());
    requireOk(sealed.status());
    const Result<TransferPackage> parsed = TransferPackage::parse(*sealed);
    requireOk(parsed.status());
    CHECK(parsed->source == QStringLiteral("HMP Sender"));
    CHECK(parsed->destination == QStringLiteral("HMP Receiver"));
    CHECK(parsed->createdAt == made);
    CHECK(*parsed->open(code) == QByteArray("{\"x\":1}"));

    // Every prefix is refused.
    for (qsizetype length = 0; length < sealed->size(); ++length)
        CHECK_FALSE(TransferPackage::parse(sealed->left(length)).ok());
    // Impossible lengths and parameters in the header are refused by parse itself.
    QByteArray hugeMemory = *sealed;
    hugeMemory[23] = char(0x7f); // memLimit's top byte
    CHECK(TransferPackage::parse(hugeMemory).status().code() == ErrorCode::Damaged);
    QByteArray longName = *sealed;
    longName[64] = char(0xff); // the source name's length
    longName[65] = char(0xff);
    CHECK_FALSE(TransferPackage::parse(longName).ok());
    // Pseudo-random bytes behind a correct magic number.
    quint32 seed = 12345;
    for (int round = 0; round < 2000; ++round) {
        QByteArray noise = sealed->left(8);
        const int length = int(seed % 300);
        for (int i = 0; i < length; ++i) {
            seed = seed * 1664525u + 1013904223u;
            noise.append(char(seed >> 24));
        }
        const Result<TransferPackage> result = TransferPackage::parse(noise);
        if (result.ok()) // structurally possible; the seal must still hold
            CHECK_FALSE(result->open(code).ok());
    }
}

TEST_CASE("A sealed payload whose fields have the wrong type or range is refused and changes nothing")
{
    ReceivingWing receiver;
    UserSession& s = *receiver.ts.session;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crafted.wmtransfer"));
    const QString code = TransferPackage::newCode();
    const QString before = fingerprint(s);

    const QJsonObject episode { { QStringLiteral("status"), QStringLiteral("closed") },
        { QStringLiteral("referred_on"), QStringLiteral("2025-01-02") },
        { QStringLiteral("referral_source"), QStringLiteral("self") },
        { QStringLiteral("referral_reason"), QString() }, { QStringLiteral("consent_on"), QJsonValue::Null },
        { QStringLiteral("baseline_self_harm_ever"), false },
        { QStringLiteral("baseline_self_harm_year"), false },
        { QStringLiteral("baseline_self_harm_current"), false },
        { QStringLiteral("baseline_suicidal_year"), QStringLiteral("none") },
        { QStringLiteral("acct_open"), false }, { QStringLiteral("acct_reference"), QString() },
        { QStringLiteral("risk_level"), QJsonValue::Null },
        { QStringLiteral("next_review_on"), QJsonValue::Null },
        { QStringLiteral("activated_on"), QJsonValue::Null },
        { QStringLiteral("closed_on"), QStringLiteral("2025-03-01") },
        { QStringLiteral("closure_reason"), QStringLiteral("transferred") },
        { QStringLiteral("outcome_education_work"), false },
        { QStringLiteral("outcome_became_mentor"), false }, { QStringLiteral("outcome_notes"), QString() },
        { QStringLiteral("created_at"), QStringLiteral("2025-01-02T09:00:00.000Z") },
        { QStringLiteral("updated_at"), QStringLiteral("2025-03-01T09:00:00.000Z") },
        { QStringLiteral("sessions"), QJsonArray() }, { QStringLiteral("checkIns"), QJsonArray() },
        { QStringLiteral("concerns"), QJsonArray() }, { QStringLiteral("reviews"), QJsonArray() } };
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("wingmate-transfer") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("source"), QStringLiteral("HMP Sender") },
        { QStringLiteral("destination"), QStringLiteral("HMP Receiver") },
        { QStringLiteral("exportedAt"), QStringLiteral("2025-12-01T10:00:00.000Z") },
        { QStringLiteral("exportedBy"), QStringLiteral("someone") },
        { QStringLiteral("prisoner"),
            QJsonObject { { QStringLiteral("prison_number"), Mover },
                { QStringLiteral("full_name"), QStringLiteral("Dan Mover") },
                { QStringLiteral("date_of_birth"), QJsonValue::Null },
                { QStringLiteral("expected_release"), QJsonValue::Null } } },
        { QStringLiteral("episodes"), QJsonArray { episode } }, { QStringLiteral("mentors"), QJsonArray() } };
    const auto sealAndImport = [&](const QJsonObject& payload) {
        const Result<QByteArray> sealed
            = TransferPackage::seal(QJsonDocument(payload).toJson(), code, QStringLiteral("HMP Sender"),
                QStringLiteral("HMP Receiver"), QDateTime::currentDateTimeUtc(), KdfParams::minimum());
        requireOk(sealed.status());
        writeAll(path, *sealed);
        return TransferService(s).importPackage(path, code).status();
    };
    const auto withEpisodeField = [&](const QString& key, const QJsonValue& value) {
        QJsonObject changed = episode;
        changed.insert(key, value);
        QJsonObject payload = root;
        payload.insert(QStringLiteral("episodes"), QJsonArray { changed });
        return payload;
    };

    const std::pair<const char*, QJsonObject> cases[] = {
        { "status out of range", withEpisodeField(QStringLiteral("status"), QStringLiteral("sleeping")) },
        { "flag as number", withEpisodeField(QStringLiteral("acct_open"), 1) },
        { "date not a date", withEpisodeField(QStringLiteral("referred_on"), QStringLiteral("2025-02-30")) },
        { "null where required", withEpisodeField(QStringLiteral("referred_on"), QJsonValue::Null) },
        { "control character",
            withEpisodeField(QStringLiteral("outcome_notes"), QStringLiteral("a\u0001b")) },
        { "unknown field", withEpisodeField(QStringLiteral("extra"), 1) },
        { "sessions not a list", withEpisodeField(QStringLiteral("sessions"), QStringLiteral("none")) },
        { "bad prison number",
            [&] {
                QJsonObject p = root;
                QJsonObject prisoner = root.value(QStringLiteral("prisoner")).toObject();
                prisoner.insert(QStringLiteral("prison_number"), QStringLiteral("1234567"));
                p.insert(QStringLiteral("prisoner"), prisoner);
                return p;
            }() },
        { "newer version",
            [&] {
                QJsonObject p = root;
                p.insert(QStringLiteral("version"), 2);
                return p;
            }() },
        { "header and payload disagree",
            [&] {
                QJsonObject p = root;
                p.insert(QStringLiteral("source"), QStringLiteral("HMP Elsewhere"));
                return p;
            }() },
    };
    for (const auto& [name, payload] : cases) {
        INFO(name);
        CHECK(sealAndImport(payload).code() == ErrorCode::Damaged);
    }
    CHECK(fingerprint(s) == before);
    // The untouched payload imports, so the refusals above are about the fields.
    requireOk(sealAndImport(root));
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE status = 'closed'")) == 1);
}

TEST_CASE("Cancelling a transfer leaves nothing behind")
{
    SendingWing sender;
    ReceivingWing receiver;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dan.wmtransfer"));
    const int outBefore = auditEvents(*sender.ts.session);
    const auto stopAtOnce = [](const QString&, qint64, qint64) { return false; };
    checkRefused(TransferService(*sender.ts.session)
                     .exportPackage(Mover, QStringLiteral("HMP Receiver"), path, stopAtOnce)
                     .status(),
        ErrorCode::Usage, QStringLiteral("Cancelled"));
    CHECK_FALSE(QFile::exists(path));
    CHECK(auditEvents(*sender.ts.session) == outBefore);

    const TransferService::Exported exported = sender.exportTo(path);
    UserSession& s = *receiver.ts.session;
    const QString before = fingerprint(s);
    qint64 calls = 0;
    const auto stopHalfway = [&](const QString&, qint64 done, qint64 total) {
        ++calls;
        return done < total / 2;
    };
    checkRefused(TransferService(s).importPackage(path, exported.code, stopHalfway).status(),
        ErrorCode::Usage, QStringLiteral("Cancelled"));
    CHECK(calls > 1);
    CHECK(fingerprint(s) == before);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM prisoners")) == 0);
}

TEST_CASE("Only support workers and administrators transfer records, and only people with records go")
{
    SendingWing sender;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dan.wmtransfer"));
    sender.ts.signInAs(QStringLiteral("nurse"));
    checkRefused(TransferService(*sender.ts.session)
                     .exportPackage(Mover, QStringLiteral("HMP Receiver"), path)
                     .status(),
        ErrorCode::Forbidden, QStringLiteral("mental health nurse"));
    sender.ts.signInAs(AdminName);
    UserSession& s = *sender.ts.session;
    addPrisoner(s, QStringLiteral("Z9999ZZ"), QStringLiteral("Nobody Yet"));
    SendingWing::recordTransferred(s, QStringLiteral("Z9999ZZ"));
    checkRefused(TransferService(s)
                     .exportPackage(QStringLiteral("Z9999ZZ"), QStringLiteral("HMP Receiver"), path)
                     .status(),
        ErrorCode::InvalidInput, QStringLiteral("no mentee episode or mentor record"));
    checkRefused(TransferService(s).exportPackage(Mover, QStringLiteral("  "), path).status(),
        ErrorCode::InvalidInput, QStringLiteral("destination"));
    checkRefused(TransferService(s)
                     .exportPackage(QStringLiteral("B7777BB"), QStringLiteral("HMP Receiver"), path)
                     .status(),
        ErrorCode::InvalidInput, QStringLiteral("B7777BB"));
    CHECK_FALSE(QFile::exists(path));
}
