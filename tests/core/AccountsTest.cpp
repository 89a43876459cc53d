#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"

#include "backup/BackupService.h"
#include "backup/RestoreService.h"
#include "documents/RecordDocuments.h"
#include "reports/ReportService.h"
#include "services/AccountService.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/MentorService.h"
#include "services/Permissions.h"
#include "services/PrisonerService.h"
#include "services/RetentionService.h"
#include "services/SessionService.h"
#include "transfer/TransferService.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

TEST_CASE("An administrator adds an account with a one-time password that must be changed")
{
    TestSession ts;
    AccountService accounts(*ts.session);
    Result<AccountService::Issued> issued = accounts.addUser(QStringLiteral("jo"), QStringLiteral("Jo Bloggs"), UserRole::SupportWorker);
    REQUIRE(issued.ok());
    CHECK(QRegularExpression(QStringLiteral("^([2-9a-z]{4}-){3}[2-9a-z]{4}$")).match(issued->oneTimePassword).hasMatch());
    CHECK(issued->account.mustChangePassword);
    CHECK(issued->account.active);
    CHECK(issued->account.role == UserRole::SupportWorker);
    CHECK(issued->account.createdAt == ts.clock.now());

    SECTION("bad or duplicate accounts are refused and nothing is added")
    {
        CHECK(accounts.addUser(QStringLiteral("JO"), QStringLiteral("Another Jo"), UserRole::SupportWorker).status().code()
            == ErrorCode::InvalidInput);
        CHECK(accounts.addUser(QStringLiteral("bad name"), QStringLiteral("X"), UserRole::SupportWorker).status().code()
            == ErrorCode::InvalidInput);
        CHECK(accounts.addUser(QStringLiteral("nameless"), QStringLiteral("  "), UserRole::SupportWorker).status().code()
            == ErrorCode::InvalidInput);
        CHECK(accounts.list()->size() == 2);
    }
    SECTION("the first sign-in must change it; the old one then stops working")
    {
        Result<std::unique_ptr<UserSession>> jo = ts.trySignIn(QStringLiteral("jo"), issued->oneTimePassword);
        REQUIRE(jo.ok());
        CHECK((*jo)->mustChangePassword());
        CHECK((*jo)->verify().code() == ErrorCode::Forbidden);
        CHECK((*jo)->require(Operation::ViewRecords).message().contains(QStringLiteral("Choose your own password first")));
        CHECK((*jo)->changeOwnPassword(QStringLiteral("wrong current"), QStringLiteral("Jo's own passphrase 1")).code()
            == ErrorCode::Authentication);
        CHECK((*jo)->changeOwnPassword(issued->oneTimePassword, issued->oneTimePassword).code() == ErrorCode::InvalidInput);
        CHECK((*jo)->changeOwnPassword(issued->oneTimePassword, QStringLiteral("short")).code() == ErrorCode::InvalidInput);
        REQUIRE((*jo)->changeOwnPassword(issued->oneTimePassword, QStringLiteral("Jo's own passphrase 1")).ok());
        CHECK_FALSE((*jo)->mustChangePassword());
        jo->reset();
        CHECK(ts.trySignIn(QStringLiteral("jo"), issued->oneTimePassword).status().code() == ErrorCode::Authentication);
        Result<std::unique_ptr<UserSession>> again = ts.trySignIn(QStringLiteral("jo"), QStringLiteral("Jo's own passphrase 1"));
        REQUIRE(again.ok());
        CHECK_FALSE((*again)->mustChangePassword());
    }
}

TEST_CASE("Disabling removes the account's key slot, and enabling issues a new one-time password")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("sam"), UserRole::MentalHealthNurse);
    AccountService accounts(*ts.session);
    REQUIRE(accounts.disableUser(QStringLiteral("sam")).ok());
    CHECK(ts.session->vault().slotUsers() == QStringList { AdminName });
    CHECK(accounts.disableUser(QStringLiteral("sam")).code() == ErrorCode::InvalidInput);
    CHECK(ts.trySignIn(QStringLiteral("sam"), TestSession::passwordFor(QStringLiteral("sam"))).status().code()
        == ErrorCode::Authentication);

    ts.signInAs(AdminName);
    AccountService again(*ts.session);
    Result<AccountService::Issued> enabled = again.enableUser(QStringLiteral("sam"));
    REQUIRE(enabled.ok());
    CHECK(enabled->account.active);
    CHECK(enabled->account.mustChangePassword);
    Result<std::unique_ptr<UserSession>> sam = ts.trySignIn(QStringLiteral("sam"), enabled->oneTimePassword);
    REQUIRE(sam.ok());
    CHECK((*sam)->role() == UserRole::MentalHealthNurse);
    sam->reset();
    CHECK(ts.countEvents(AuditAction::UserAdmin) >= 4); // add admin, add sam, password change, disable, enable
}

TEST_CASE("The last active administrator can be neither disabled nor demoted")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("deputy"), UserRole::SupportWorker);
    AccountService accounts(*ts.session);
    CHECK(accounts.disableUser(AdminName).code() == ErrorCode::InvalidInput); // own account
    const Status demote = accounts.setRole(AdminName, UserRole::SupportWorker);
    CHECK(demote.code() == ErrorCode::InvalidInput);
    CHECK(demote.message().contains(QStringLiteral("last active administrator")));
    CHECK(ts.session->loadAccount(AdminName)->role == UserRole::Administrator);

    // With a second administrator, the first may be demoted, and the
    // second then cannot be disabled.
    REQUIRE(accounts.setRole(QStringLiteral("deputy"), UserRole::Administrator).ok());
    REQUIRE(accounts.setRole(AdminName, UserRole::SupportWorker).ok());
    UserSession& deputy = ts.signInAs(QStringLiteral("deputy"));
    AccountService deputyAccounts(deputy);
    const Status last = deputyAccounts.setRole(QStringLiteral("deputy"), UserRole::MentalHealthNurse);
    CHECK(last.code() == ErrorCode::InvalidInput);
    REQUIRE(deputyAccounts.disableUser(AdminName).ok()); // now a support worker: allowed
    CHECK(deputyAccounts.list()->size() == 2);
}

TEST_CASE("Password resets, role and name changes are audited with before and after")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("kim"), UserRole::SupportWorker);
    AccountService accounts(*ts.session);
    REQUIRE(accounts.setRole(QStringLiteral("kim"), UserRole::MentalHealthNurse).ok());
    REQUIRE(accounts.setDisplayName(QStringLiteral("kim"), QStringLiteral("Kim Ó Briain")).ok());
    Result<AccountService::Issued> reset = accounts.resetPassword(QStringLiteral("kim"));
    REQUIRE(reset.ok());
    CHECK(accounts.resetPassword(AdminName).status().code() == ErrorCode::InvalidInput);

    QSqlQuery query(ts.session->database());
    REQUIRE(query.exec(QStringLiteral("SELECT details FROM audit_events WHERE entity_id = 'kim' AND action = 'user_admin' ORDER BY seq")));
    QStringList details;
    while (query.next())
        details.append(query.value(0).toString());
    REQUIRE(details.size() >= 4);
    CHECK(details.join(QLatin1Char('\n')).contains(QStringLiteral(R"("before":{"role":"support_worker"})")));
    CHECK(details.join(QLatin1Char('\n')).contains(QStringLiteral(R"("after":{"role":"mental_health_nurse"})")));
    CHECK(details.join(QLatin1Char('\n')).contains(QStringLiteral("Kim Ó Briain")));
    CHECK(details.last().contains(QStringLiteral("reset_password")));
    CHECK(ts.trySignIn(QStringLiteral("kim"), TestSession::passwordFor(QStringLiteral("kim"))).status().code()
        == ErrorCode::Authentication);
    CHECK(ts.trySignIn(QStringLiteral("kim"), reset->oneTimePassword).ok());
}

namespace {

// What the record operations below work on, made once by the administrator
// before any role is tried.
struct Records {
    qint64 applicant = 0; // an applied mentor: clearance may be recorded, details changed
    qint64 fullMentor = 0; // active with capacity 0: every allocation goes over capacity
    QHash<QString, qint64> episodes; // an active episode for each username to write to
    qint64 concernEpisode = 0;
    qint64 concern = 0; // open, waiting for a nurse's review
    qint64 closedEpisode = 0;

    explicit Records(TestSession& ts, const QStringList& usernames)
    {
        UserSession& s = *ts.session;
        const qint64 applying = addPrisoner(s, QStringLiteral("R1000AA"), QStringLiteral("Ann Applicant"));
        applicant = mentorAt(s, applying, MentorStatus::Applied);
        fullMentor
            = addMentor(s, QStringLiteral("R1001AA"), QStringLiteral("Fred Full"), MentorStatus::Active, 0);
        int next = 1100;
        for (const QString& username : usernames) {
            episodes.insert(username,
                addEpisode(ts, QStringLiteral("R%1AA").arg(next++), QStringLiteral("Mentee of ") + username));
        }
        concernEpisode = addEpisode(ts, QStringLiteral("R1200AA"), QStringLiteral("Carl Concern"));
        Result<qint64> raised
            = ConcernService(s).raise(concernEpisode, QStringLiteral("Said he has stopped eating"));
        requireOk(raised.status());
        concern = *raised;
        closedEpisode = addEpisode(ts, QStringLiteral("R1300AA"), QStringLiteral("Cleo Closed"));
        const MenteeService::Closure released { today(ts).addDays(-2), MenteeEpisode::ClosureReason::Released,
            false, false, {} };
        requireOk(MenteeService(s).close(closedEpisode, released));
        requireOk(s.changeSetting(Setting::RetentionYears, 5));
    }
};

// The operations whose allowed calls below are meant to succeed.
const QList<Operation> RecordOperations { Operation::ManageMentors, Operation::RecordClearance,
    Operation::OverrideCapacity, Operation::ManageMentees, Operation::RecordSessions,
    Operation::RecordCheckIns, Operation::ReviewConcerns, Operation::AmendClosedEpisode,
    Operation::BackupVault, Operation::RestoreVault, Operation::ViewReports, Operation::ExportReports,
    Operation::ExportIdentifiable, Operation::PrintRecords, Operation::PrintInCustody,
    Operation::TransferRecords, Operation::PurgeRecords };

// Where the backup and restore calls below write.
QTemporaryDir& backupFolder()
{
    static QTemporaryDir folder;
    return folder;
}

// Where the export operations write: a folder that lives as long as the test program.
QString exportPath(const QString& name)
{
    static QTemporaryDir folder;
    return folder.filePath(name);
}

// Calls the service behind each operation; what matters is whether the
// answer is "forbidden".
Status attempt(TestSession& ts, Operation operation, const Records& records)
{
    UserSession& s = *ts.session;
    const QString username = s.user().username;
    switch (operation) {
    case Operation::ChangeOwnPassword:
        return s.changeOwnPassword(QStringLiteral("not the password"), QStringLiteral("Some new passphrase 1"));
    case Operation::VerifyVault:
        return s.verify();
    case Operation::ViewSettings:
        return s.require(Operation::ViewSettings);
    case Operation::ChangeSettings:
        return s.changeSetting(Setting::WingName, QStringLiteral("Wing ") + QString::number(ts.clock.now().toSecsSinceEpoch()));
    case Operation::ManageUsers:
        return AccountService(s).list().status();
    case Operation::RotateKey:
        return s.rotateKey();
    case Operation::ViewAuditLog:
        return s.require(Operation::ViewAuditLog);
    case Operation::ViewRecords:
        return PrisonerService(s).search(QStringLiteral("a")).status();
    case Operation::EditPrisoners: {
        Prisoner p;
        p.prisonNumber = QStringLiteral("A%1BC").arg(1000 + ts.clock.now().time().second() * 10 + int(s.role()));
        p.fullName = QStringLiteral("Test Person");
        return PrisonerService(s).add(p).status();
    }
    case Operation::DeleteRecords:
        return PrisonerService(s).remove(987654, QStringLiteral("entered by mistake"));
    case Operation::ManageMentors: {
        MentorService mentors(s);
        Result<Mentor> applicant = mentors.get(records.applicant);
        if (!applicant)
            return applicant.status();
        applicant->applicationNotes = QStringLiteral("Seen again by ") + username;
        return mentors.update(*applicant);
    }
    case Operation::RecordClearance:
        return MentorService(s).recordGovernorApproval(
            records.applicant, today(ts).addDays(-1), QStringLiteral("Governor ") + username);
    case Operation::OverrideCapacity:
        return MenteeService(s)
            .allocate(records.episodes.value(username), records.fullMentor, today(ts),
                QStringLiteral("Only mentor on the landing"))
            .status();
    case Operation::ManageMentees:
        return MenteeService(s).setAcct(
            records.episodes.value(username), true, QStringLiteral("ACCT-") + username);
    case Operation::RecordSessions: {
        MenteeSession session;
        session.heldAt = QDateTime(today(ts).addDays(-1), QTime(10, 0));
        session.durationMinutes = 45;
        session.sessionType = QStringLiteral("1:1");
        session.mentorIds = { records.fullMentor };
        session.attendees = { { records.episodes.value(username), true, false } };
        return SessionService(s).record(session).status();
    }
    case Operation::RecordCheckIns: {
        CheckIn checkIn;
        checkIn.episodeId = records.episodes.value(username);
        checkIn.checkedOn = today(ts);
        checkIn.wellbeingRating = 6;
        return CheckInService(s).record(checkIn).status();
    }
    case Operation::ReviewConcerns: {
        Review review;
        review.episodeId = records.concernEpisode;
        review.concernId = records.concern;
        review.reviewedOn = today(ts);
        review.outcome = Review::Outcome::Monitor;
        review.riskLevel = MenteeEpisode::RiskLevel::Medium;
        review.nextReviewOn = today(ts).addDays(7);
        return ConcernService(s).review(review).status();
    }
    case Operation::AmendClosedEpisode:
        return MenteeService(s).setAcct(records.closedEpisode, true, QStringLiteral("ACCT-") + username,
            QStringLiteral("ACCT opened the day before release"));
    case Operation::BackupVault:
        return BackupService(s).backUp(backupFolder().filePath(QStringLiteral("%1.wmbackup").arg(username))).status();
    case Operation::RestoreVault: {
        // From the backup the same user made just before (BackupVault comes
        // first), so a refused restore leaves the live vault untouched.
        const QString backup = backupFolder().filePath(QStringLiteral("%1.wmbackup").arg(username));
        const QString password = username == AdminName ? AdminPassword : TestSession::passwordFor(username);
        return RestoreService::restore(backupFolder().filePath(QStringLiteral("restored-") + username), backup,
            { username, password, {} }, {}, ts.clock)
            .status();
    }
    case Operation::ViewReports:
        return ReportService(s).monthlyReturn(today(ts)).status();
    case Operation::ExportReports:
        return ReportService(s).exportMonthlyReturn(today(ts), exportPath(username + QStringLiteral("-monthly.csv"))).status();
    case Operation::ExportIdentifiable:
        return ReportService(s)
            .exportRows(RowExport::Kind::Sessions, today(ts).addDays(-30), today(ts),
                exportPath(username + QStringLiteral("-named.csv")), true)
            .status();
    case Operation::PrintRecords: // Cleo's episode was closed on her release
        return RecordDocuments(s).menteeSummaryHtml(QStringLiteral("R1300AA")).status();
    case Operation::PrintInCustody: // Carl is still on the wing
        return RecordDocuments(s).menteeSummaryHtml(QStringLiteral("R1200AA")).status();
    case Operation::TransferRecords: {
        // A package of the closed episode, written and then opened again
        // (an import of it here would rightly be refused as a conflict).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("transfer.wmtransfer"));
        TransferService transfers(s);
        const Result<TransferService::Exported> exported
            = transfers.exportPackage(QStringLiteral("R1300AA"), QStringLiteral("HMP Elsewhere"), path);
        if (!exported)
            return exported.status();
        return transfers.preview(path, exported->code).status();
    }
    case Operation::PurgeRecords:
        return RetentionService(s).preview().status();
    }
    return Status::failure(ErrorCode::Usage, QStringLiteral("operation not covered"));
}

} // namespace

TEST_CASE("Every (role, operation) pair is answered by the one permission matrix")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const std::pair<QString, UserRole> people[] = { { QStringLiteral("worker"), UserRole::SupportWorker },
        { QStringLiteral("nurse"), UserRole::MentalHealthNurse }, { AdminName, UserRole::Administrator } };
    const Records records(ts, { QStringLiteral("worker"), QStringLiteral("nurse"), AdminName });
    int forbidden = 0;
    for (const auto& [username, role] : people) {
        ts.signInAs(username);
        for (Operation operation : Permissions::allOperations()) {
            INFO(username.toStdString() << " " << Permissions::operationName(operation).toStdString());
            const int eventsBefore = ts.countEvents(AuditAction::SettingsChange);
            const QString recordsBefore = fingerprint(*ts.session);
            const Status status = attempt(ts, operation, records);
            INFO(status.message().toStdString());
            ts.clock.advance(1);
            if (Permissions::allows(role, operation)) {
                CHECK(status.code() != ErrorCode::Forbidden);
                // The record operations' calls are made to succeed when allowed.
                if (RecordOperations.contains(operation))
                    CHECK(status.ok());
            } else {
                ++forbidden;
                CHECK(status.code() == ErrorCode::Forbidden);
                CHECK(status.message().contains(roleDisplayName(role).toLower()));
                CHECK(ts.countEvents(AuditAction::SettingsChange) == eventsBefore);
                CHECK(fingerprint(*ts.session) == recordsBefore);
            }
        }
    }
    CHECK(forbidden == 26);
}

TEST_CASE("The README shows the same permission matrix as the code")
{
    QFile readme(QStringLiteral(WINGMATE_SOURCE_DIR "/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (Operation operation : Permissions::allOperations()) {
        const QString name = Permissions::operationName(operation);
        const QRegularExpression row(QStringLiteral("\\|\\s*%1\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|").arg(name));
        const QRegularExpressionMatch match = row.match(text);
        INFO(name.toStdString());
        REQUIRE(match.hasMatch());
        const UserRole roles[] = { UserRole::SupportWorker, UserRole::MentalHealthNurse, UserRole::Administrator };
        for (int i = 0; i < 3; ++i)
            CHECK((match.captured(i + 1).trimmed() == QStringLiteral("yes")) == Permissions::allows(roles[i], operation));
    }
}
