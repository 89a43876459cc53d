// Identifiable data leaving the vault: every path that writes names, dates
// of birth or notes to a file, tried by every role through the real
// wingmate-cli on a real vault. Refused paths exit 5 and write no file;
// allowed ones write the file and a disclosure audit event that names what
// left, whose records, how many and the file, with no personal content.

#include "CliRun.h"
#include "RecordsFixture.h"
#include "TestVault.h"
#include "audit/AuditExport.h"
#include "audit/PersonalSeal.h"
#include "services/CheckInService.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "transfer/TransferService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

// Lena's episode was closed on her transfer; Mo, an active mentor, is
// recorded as released; Colin (a mentee) and Mia (a mentor) are still in
// custody.
const QString Leaving = QStringLiteral("L1000AA");
const QString LeavingMentor = QStringLiteral("M1000AA");
const QString InCustody = QStringLiteral("C1000AA");
const QString InCustodyMentor = QStringLiteral("M2000AA");
const QStringList PersonalContent { QStringLiteral("Lena Leaving"), QStringLiteral("Mo Moving"),
    QStringLiteral("Colin Custody"), QStringLiteral("Mia Staying"), Leaving, LeavingMentor, InCustody,
    InCustodyMentor, QStringLiteral("Feeling low"), QStringLiteral("1990-04-01") };

// The wing the paths are tried on, made by the administrator through the
// services, then closed for the command line.
void makeWing(TestSession& ts)
{
    ts.clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    ts.addStaff();
    ts.signInAs(AdminName);
    UserSession& s = *ts.session;

    Prisoner lena = prisonerRecord(Leaving, QStringLiteral("Lena Leaving"));
    lena.dateOfBirth = QDate(1990, 4, 1);
    const qint64 lenaId = PrisonerService(s).add(lena)->id;
    MenteeEpisode referral;
    referral.prisonerId = lenaId;
    referral.referredOn = today(ts).addDays(-20);
    referral.referralSource = MenteeEpisode::ReferralSource::Self;
    const MenteeEpisode episode = startEpisode(s, referral, today(ts).addDays(-19), today(ts).addDays(-18));
    CheckIn checkIn;
    checkIn.episodeId = episode.id;
    checkIn.checkedOn = today(ts).addDays(-3);
    checkIn.wellbeingRating = 4;
    checkIn.coping = QStringLiteral("Feeling low");
    requireOk(CheckInService(s).record(checkIn).status());
    requireOk(MenteeService(s).close(
        episode.id, { today(ts).addDays(-1), MenteeEpisode::ClosureReason::Transferred, false, false, {} }));

    const qint64 mo = addMentor(s, LeavingMentor, QStringLiteral("Mo Moving"));
    Result<Prisoner> moved = PrisonerService(s).findByPrisonNumber(LeavingMentor);
    requireOk(moved.status());
    moved->status = Prisoner::CustodyStatus::Released;
    moved->statusDate = today(ts);
    requireOk(PrisonerService(s).update(*moved));
    (void)mo;

    addEpisode(ts, InCustody, QStringLiteral("Colin Custody"));
    addMentor(s, InCustodyMentor, QStringLiteral("Mia Staying"));
    ts.session.reset();
}

struct Path {
    const char* name;
    QStringList arguments; // after --vault DIR, before --out FILE --user U --password-stdin
    QString what; // the disclosure's "what"
    bool worker, nurse, administrator; // allowed?
};

// Every path that writes identifiable data to a file, and who the scheme
// lets take it. Pseudonymised exports and the monthly return are not here:
// they name no one.
QList<Path> paths()
{
    const QStringList period { QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
        QStringLiteral("2026-12-31"), QStringLiteral("--identifiable") };
    const QString pn = QStringLiteral("--prison-number");
    return {
        { "named session rows", QStringList { QStringLiteral("export"), QStringLiteral("sessions") } + period,
            QStringLiteral("sessions"), false, false, true },
        { "named check-in rows",
            QStringList { QStringLiteral("export"), QStringLiteral("checkins") } + period,
            QStringLiteral("check_ins"), false, false, true },
        { "summary of a mentee transferred",
            { QStringLiteral("export"), QStringLiteral("mentee-summary"), pn, Leaving },
            QStringLiteral("mentee_summary"), true, true, true },
        { "summary of a mentee in custody",
            { QStringLiteral("export"), QStringLiteral("mentee-summary"), pn, InCustody },
            QStringLiteral("mentee_summary"), false, false, true },
        { "training record of a mentor released",
            { QStringLiteral("export"), QStringLiteral("training-record"), pn, LeavingMentor },
            QStringLiteral("training_record"), true, true, true },
        { "training record of a mentor in custody",
            { QStringLiteral("export"), QStringLiteral("training-record"), pn, InCustodyMentor },
            QStringLiteral("training_record"), false, false, true },
        { "transfer package of a mentee transferred",
            { QStringLiteral("transfer"), QStringLiteral("export"), pn, Leaving, QStringLiteral("--to"),
                QStringLiteral("HMP Receiver") },
            QStringLiteral("transfer_package"), true, false, true },
        { "transfer package of a mentor released",
            { QStringLiteral("transfer"), QStringLiteral("export"), pn, LeavingMentor, QStringLiteral("--to"),
                QStringLiteral("HMP Receiver") },
            QStringLiteral("transfer_package"), true, false, true },
        { "transfer package of a mentee in custody",
            { QStringLiteral("transfer"), QStringLiteral("export"), pn, InCustody, QStringLiteral("--to"),
                QStringLiteral("HMP Receiver") },
            QStringLiteral("transfer_package"), false, false, false },
        { "audit trail", { QStringLiteral("audit") }, QStringLiteral("audit_trail"), false, false, true },
    };
}

QString passwordOf(const QString& user)
{
    return user == AdminName ? AdminPassword : TestSession::passwordFor(user);
}

CliRun runAs(const QString& vault, const QString& user, QStringList arguments, const QString& out)
{
    arguments.prepend(vault);
    arguments.prepend(QStringLiteral("--vault"));
    arguments << QStringLiteral("--out") << out << QStringLiteral("--user") << user
              << QStringLiteral("--password-stdin");
    return runCli(arguments, inputLine(passwordOf(user)));
}

// Who recorded each audit event that records a disclosure to file, and its
// details as the audit log shows them (compact JSON, a prisoner's sealed
// part opened).
struct Disclosed {
    QString actor;
    QString details;
};
QList<Disclosed> disclosuresTo(UserSession& s, const QString& file)
{
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral(
        "SELECT details, actor FROM audit_events WHERE details LIKE '%\"disclosure\":true%' ORDER BY seq"));
    REQUIRE(q.exec());
    const PersonalSeal seal(s.database(), s.vault().vaultId());
    QList<Disclosed> found;
    while (q.next()) {
        const Result<PersonalSeal::Opened> opened
            = seal.open(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        REQUIRE(opened.ok());
        if (opened->details.value(QStringLiteral("file")).toString() == QDir::toNativeSeparators(file))
            found.append({ q.value(1).toString(),
                QString::fromUtf8(QJsonDocument(opened->details).toJson(QJsonDocument::Compact)) });
    }
    return found;
}

} // namespace

TEST_CASE(
    "Every path that writes identifiable data to a file is allowed or refused as the matrix says, by role")
{
    TestSession ts;
    makeWing(ts);
    QTemporaryDir dir;
    const std::pair<QString, int> roles[] = { { Worker, 0 }, { Nurse, 1 }, { AdminName, 2 } };

    struct Allowed {
        QString file;
        QString what;
        QString user;
    };
    QList<Allowed> allowed;
    int refusals = 0;
    int fileNumber = 0;
    for (const Path& path : paths()) {
        for (const auto& [user, column] : roles) {
            const bool expected = column == 0 ? path.worker : column == 1 ? path.nurse : path.administrator;
            // The file's name says nothing about whose records it holds.
            const QString out = dir.filePath(QStringLiteral("out-%1.bin").arg(++fileNumber));
            INFO(path.name << " as " << user.toStdString());
            const CliRun run = runAs(ts.path(), user, path.arguments, out);
            INFO("stdout: " << run.out.toStdString() << " stderr: " << run.err.toStdString());
            if (expected) {
                CHECK(run.exitCode == 0);
                CHECK(QFileInfo(out).size() > 0);
                allowed.append({ out, path.what, user });
            } else {
                ++refusals;
                CHECK(run.exitCode == 5);
                requireOneSentence(run);
                CHECK_FALSE(QFileInfo::exists(out));
            }
        }
    }
    CHECK(refusals == 15);
    // Nothing else appeared in the folder (no temporary or partial file).
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == allowed.size());

    // Each file written is in the audit trail as a disclosure, once, by the
    // user who wrote it, with what left, whose records and how many, and no
    // name, prison number, date of birth or note.
    ts.signInAs(AdminName);
    for (const Allowed& a : allowed) {
        INFO(a.what.toStdString() << " by " << a.user.toStdString());
        const QList<Disclosed> events = disclosuresTo(*ts.session, a.file);
        REQUIRE(events.size() == 1);
        const QJsonObject details = QJsonDocument::fromJson(events.first().details.toUtf8()).object();
        CHECK(details.value(QStringLiteral("what")).toString() == a.what);
        CHECK(details.value(QStringLiteral("records")).isDouble());
        const QString subject = details.value(QStringLiteral("subject")).toString();
        CHECK((subject == QStringLiteral("wing") || subject.startsWith(QStringLiteral("prisoner:"))));
        for (const QString& personal : PersonalContent)
            CHECK_FALSE(events.first().details.contains(personal));
        CHECK(events.first().actor == a.user);
    }
    // A named check-in export holds the one check-in, and says so.
    const auto checkIns = std::find_if(allowed.begin(), allowed.end(),
        [](const Allowed& a) { return a.what == QStringLiteral("check_ins"); });
    REQUIRE(checkIns != allowed.end());
    const QJsonObject rows
        = QJsonDocument::fromJson(disclosuresTo(*ts.session, checkIns->file).first().details.toUtf8())
              .object();
    CHECK(rows.value(QStringLiteral("records")).toInt() == 1);
    CHECK(rows.value(QStringLiteral("subject")).toString() == QStringLiteral("wing"));

    // The audit log page writes its file itself, once the core has checked
    // ViewAuditLog and recorded the disclosure.
    for (const auto& [user, column] : roles) {
        INFO("audit log page as " << user.toStdString());
        UserSession& s = ts.signInAs(user);
        const QString file = dir.filePath(QStringLiteral("page-%1.txt").arg(column));
        const Status status
            = AuditExport::recordFileExport(s, QDate(2026, 1, 1), QDate(2026, 12, 31), 3, file);
        ts.signInAs(AdminName);
        if (column == 2) {
            requireOk(status);
            REQUIRE(disclosuresTo(*ts.session, file).size() == 1);
            CHECK(disclosuresTo(*ts.session, file)
                      .first()
                      .details.contains(QStringLiteral("\"what\":\"audit_trail\"")));
        } else {
            checkRefused(status, ErrorCode::Forbidden,
                roleDisplayName(column == 0 ? UserRole::SupportWorker : UserRole::MentalHealthNurse)
                    .toLower());
            CHECK(disclosuresTo(*ts.session, file).isEmpty());
        }
    }
}

TEST_CASE("A support worker cannot take a transfer package of a prisoner in custody, from the command line "
          "or the core")
{
    // The review's attack: a support worker exports a package of someone
    // still on the wing, to import into a vault of their own and read it.
    TestSession ts;
    makeWing(ts);
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("colin.wmtransfer"));

    const CliRun run = runAs(ts.path(), Worker,
        { QStringLiteral("transfer"), QStringLiteral("export"), QStringLiteral("--prison-number"), InCustody,
            QStringLiteral("--to"), QStringLiteral("HMP Anywhere") },
        package);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 5);
    requireOneSentence(run);
    CHECK(run.err.contains(QStringLiteral("transferred or released")));
    CHECK(run.out.isEmpty()); // no transfer code either
    CHECK_FALSE(QFileInfo::exists(package));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // The same through the core, and an administrator no differently.
    for (const QString& user : { Worker, AdminName }) {
        INFO(user.toStdString());
        UserSession& s = ts.signInAs(user);
        const Result<TransferService::Exported> exported
            = TransferService(s).exportPackage(InCustody, QStringLiteral("HMP Anywhere"), package);
        checkRefused(exported.status(), ErrorCode::Forbidden, QStringLiteral("transferred or released"));
        CHECK_FALSE(QFileInfo::exists(package));
    }
    ts.signInAs(AdminName);
    CHECK(
        scalar(*ts.session, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'transfer_out'"))
        == 0);
}
