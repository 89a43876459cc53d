#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"

#include "reports/CsvWriter.h"
#include "reports/MonthlyReturn.h"
#include "reports/OutcomeReport.h"
#include "reports/Pseudonyms.h"
#include "reports/ReportService.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "services/SessionService.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

const QByteArray Bom("\xEF\xBB\xBF");

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Cells of a simple CSV produced by CsvWriter (no quoted commas or newlines).
QList<QStringList> csvRows(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows;
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

// The clock at noon (UTC) on a day: the services' "today".
void at(TestSession& ts, int year, int month, int day)
{
    ts.clock.set(QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC));
}

qint64 refer(TestSession& ts, const QString& number, const QString& name, const QDate& referred, bool ever,
    bool current, MenteeEpisode::BaselineSuicidal suicidal, const QDate& activated = {})
{
    MenteeEpisode referral;
    referral.prisonerId = addPrisoner(*ts.session, number, name);
    referral.referredOn = referred;
    referral.referralSource = MenteeEpisode::ReferralSource::Staff;
    referral.referralReason = QStringLiteral("Low mood");
    referral.baselineSelfHarmEver = ever;
    referral.baselineSelfHarmYear = current;
    referral.baselineSelfHarmCurrent = current;
    referral.baselineSuicidalYear = suicidal;
    return startEpisode(*ts.session, referral, activated.isValid() ? referred : QDate(), activated).id;
}

qint64 session(UserSession& s, const QDateTime& heldAt, int minutes, const QString& type, qint64 mentor,
    QList<MenteeSession::Attendee> attendees, bool group = false)
{
    MenteeSession m;
    m.heldAt = heldAt;
    m.durationMinutes = minutes;
    m.sessionType = type;
    m.isGroup = group;
    m.location = QStringLiteral("Quiet room");
    m.mentorIds = { mentor };
    m.attendees = std::move(attendees);
    m.notes = QStringLiteral("Talked about home");
    Result<SessionService::Recorded> recorded = SessionService(s).record(m);
    INFO(recorded.status().message().toStdString());
    REQUIRE(recorded.ok());
    return recorded->sessionId;
}

void checkIn(TestSession& ts, qint64 episode, const QDate& on, CheckIn::SelfHarm selfHarm, CheckIn::Suicidal suicidal)
{
    at(ts, on.year(), on.month(), on.day());
    CheckIn c;
    c.episodeId = episode;
    c.checkedOn = on;
    c.wellbeingRating = 5;
    c.selfHarm = selfHarm;
    c.suicidal = suicidal;
    c.notes = QStringLiteral("=HYPERLINK(\"http://x\") said he is fine");
    Result<CheckInService::Recorded> recorded = CheckInService(*ts.session).record(c);
    INFO(recorded.status().message().toStdString());
    REQUIRE(recorded.ok());
}

qint64 staffConcern(TestSession& ts, qint64 episode, int year, int month, int day)
{
    at(ts, year, month, day);
    Result<qint64> raised = ConcernService(*ts.session).raise(episode, QStringLiteral("Seemed withdrawn"));
    REQUIRE(raised.ok());
    return *raised;
}

void review(TestSession& ts, qint64 episode, qint64 concern, const QDate& on, const QDate& next)
{
    at(ts, on.year(), on.month(), on.day());
    ts.signInAs(QStringLiteral("nurse"));
    Review r;
    r.episodeId = episode;
    r.concernId = concern;
    r.reviewedOn = on;
    r.reviewer = QStringLiteral("Nurse Patel");
    r.outcome = Review::Outcome::Monitor;
    r.riskLevel = MenteeEpisode::RiskLevel::Medium;
    r.nextReviewOn = next;
    const Result<qint64> reviewed = ConcernService(*ts.session).review(r);
    INFO(reviewed.status().message().toStdString());
    REQUIRE(reviewed.ok());
    ts.signInAs(AdminName);
}

// A small wing whose figures for May 2026, and outcomes for April-May 2026,
// are worked out by hand in the comments below.
struct Wing {
    qint64 e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;
    qint64 mentorA = 0;

    explicit Wing(TestSession& ts)
    {
        ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
        ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
        ts.signInAs(AdminName);
        UserSession& s = *ts.session;
        requireOk(s.changeSetting(Setting::EstablishmentName, QStringLiteral("HMP Testford")));
        requireOk(s.changeSetting(Setting::WingName, QStringLiteral("C wing")));
        // Mentors, all applied 2025-07-16 and moved on 2026-02-01: at the end
        // of May, A active, B shadowing, C trained (in training), D left, E applied.
        at(ts, 2026, 2, 1);
        mentorA = addMentor(s, QStringLiteral("M1000AA"), QStringLiteral("Adam Active"), MentorStatus::Active, 10);
        addMentor(s, QStringLiteral("M1001AA"), QStringLiteral("Ben Shadow"), MentorStatus::Shadowing);
        addMentor(s, QStringLiteral("M1002AA"), QStringLiteral("Cai Trained"), MentorStatus::Trained);
        addMentor(s, QStringLiteral("M1003AA"), QStringLiteral("Dan Left"), MentorStatus::Left);
        addMentor(s, QStringLiteral("M1004AA"), QStringLiteral("Eli Applied"), MentorStatus::Applied);

        using B = MenteeEpisode::BaselineSuicidal;
        // E4: referred 1 March (self-harm in the past, not now; suicidal
        // thoughts), closed 30 April on becoming a mentor; its only check-in
        // is on the referral day, which is not a later check-in.
        at(ts, 2026, 3, 2);
        e4 = refer(ts, QStringLiteral("A1004AA"), QStringLiteral("Earl Four"), QDate(2026, 3, 1), true, false,
            B::Thoughts, QDate(2026, 3, 2));
        checkIn(ts, e4, QDate(2026, 3, 1), CheckIn::SelfHarm::None, CheckIn::Suicidal::None);
        // E5: referred 1 April, self-harming now, no suicidal history; ACCT open.
        at(ts, 2026, 4, 2);
        e5 = refer(ts, QStringLiteral("A1005AA"), QStringLiteral("Finn Five"), QDate(2026, 4, 1), true, true, B::None,
            QDate(2026, 4, 2));
        requireOk(MenteeService(*ts.session).setAcct(e5, true, QStringLiteral("ACCT-5")));
        // K4: a concern about E5 on 3 April, reviewed only on 1 June.
        const qint64 k4 = staffConcern(ts, e5, 2026, 4, 3);
        // E1: referred 10 April, self-harming now, a suicide attempt in the past year.
        at(ts, 2026, 4, 12);
        e1 = refer(ts, QStringLiteral("A1001AA"), QStringLiteral("Al One"), QDate(2026, 4, 10), true, true, B::Attempt,
            QDate(2026, 4, 12));
        // K2: about E1 on 25 April, reviewed 2 May, next review 16 May: overdue at the end of May.
        const qint64 k2 = staffConcern(ts, e1, 2026, 4, 25);
        at(ts, 2026, 4, 30);
        requireOk(MenteeService(*ts.session)
                      .close(e4, { QDate(2026, 4, 30), MenteeEpisode::ClosureReason::BecameMentor, false, true, {} }));
        session(*ts.session, QDateTime(QDate(2026, 4, 30), QTime(10, 0)), 60, QStringLiteral("1:1"), mentorA,
            { { e1, true, false } }); // April: not in May's return
        review(ts, e1, k2, QDate(2026, 5, 2), QDate(2026, 5, 16));
        // E2: referred 5 May, self-harming now, suicidal thoughts.
        at(ts, 2026, 5, 6);
        e2 = refer(ts, QStringLiteral("A1002AA"), QStringLiteral("Bo Two"), QDate(2026, 5, 5), true, true, B::Thoughts,
            QDate(2026, 5, 6));
        checkIn(ts, e1, QDate(2026, 5, 7), CheckIn::SelfHarm::Thoughts, CheckIn::Suicidal::None);      // C1
        checkIn(ts, e2, QDate(2026, 5, 10), CheckIn::SelfHarm::Act, CheckIn::Suicidal::None);          // C3, raises K1
        const qint64 k1 = ConcernService(*ts.session).concerns(e2)->constFirst().id;
        review(ts, e2, k1, QDate(2026, 5, 12), QDate(2026, 5, 19));
        checkIn(ts, e5, QDate(2026, 5, 15), CheckIn::SelfHarm::Thoughts, CheckIn::Suicidal::None);     // C4
        // S1 and S2, before E2 closes.
        session(*ts.session, QDateTime(QDate(2026, 5, 7), QTime(10, 0)), 60, QStringLiteral("1:1"), mentorA,
            { { e1, true, false } });
        session(*ts.session, QDateTime(QDate(2026, 5, 14), QTime(10, 0)), 45, QStringLiteral("1:1"), mentorA,
            { { e2, true, false } });
        at(ts, 2026, 5, 20);
        requireOk(MenteeService(*ts.session)
                      .close(e2, { QDate(2026, 5, 20), MenteeEpisode::ClosureReason::GoalsMet, true, false, {} }));
        // E3: referred 25 May, not yet started, no history.
        at(ts, 2026, 5, 25);
        e3 = refer(ts, QStringLiteral("A1003AA"), QStringLiteral("Cy Three"), QDate(2026, 5, 25), false, false, B::None);
        checkIn(ts, e1, QDate(2026, 5, 28), CheckIn::SelfHarm::None, CheckIn::Suicidal::Thoughts);     // C2
        const qint64 k3 = staffConcern(ts, e5, 2026, 5, 29); // K3: open at the end of May
        Q_UNUSED(k3);
        // The rest of May's sessions (S1 1:1 60 min and S2 1:1 45 min above): S3 group 90 min (E1
        // there, E5 absent), S4 night call-out 30 min, S5 deleted.
        at(ts, 2026, 5, 31);
        UserSession& u = *ts.session;
        session(u, QDateTime(QDate(2026, 5, 21), QTime(14, 0)), 90, QStringLiteral("Group"), mentorA,
            { { e1, true, false }, { e5, false, false } }, true);
        session(u, QDateTime(QDate(2026, 5, 31), QTime(9, 0)), 30, QStringLiteral("Night call-out"), mentorA,
            { { e1, true, false } });
        const qint64 s5 = session(u, QDateTime(QDate(2026, 5, 30), QTime(9, 0)), 60, QStringLiteral("1:1"), mentorA,
            { { e5, true, false } });
        requireOk(SessionService(u).remove(s5, QStringLiteral("recorded against the wrong mentee")));
        // June: E6 referred, a session, E1's self-harm act (after the period), K4 reviewed.
        at(ts, 2026, 6, 2);
        e6 = refer(ts, QStringLiteral("A1006AA"), QStringLiteral("Di Six"), QDate(2026, 6, 1), true, true, B::None,
            QDate(2026, 6, 2));
        session(*ts.session, QDateTime(QDate(2026, 6, 1), QTime(10, 0)), 60, QStringLiteral("1:1"), mentorA,
            { { e1, true, false } });
        checkIn(ts, e1, QDate(2026, 6, 2), CheckIn::SelfHarm::Act, CheckIn::Suicidal::None);
        review(ts, e5, k4, QDate(2026, 6, 2), QDate(2026, 6, 30));
        // Night call-outs are no longer a configured type: they count under "other types".
        requireOk(ts.session->changeSetting(Setting::SessionTypes,
            QStringList { QStringLiteral("1:1"), QStringLiteral("Group"), QStringLiteral("Art therapy") }));
        at(ts, 2026, 6, 15);
    }
};

} // namespace

TEST_CASE("CSV cells are quoted, neutralised and numbers stay numbers", "[reports]")
{
    CHECK(CsvWriter::cell(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::cell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::cell(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::cell(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::cell(QStringLiteral("=SUM(A1)")) == QStringLiteral("'=SUM(A1)"));
    CHECK(CsvWriter::cell(QStringLiteral("+44 123")) == QStringLiteral("'+44 123"));
    CHECK(CsvWriter::cell(QStringLiteral("-x")) == QStringLiteral("'-x"));
    CHECK(CsvWriter::cell(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(CsvWriter::cell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(CsvWriter::cell(QStringLiteral("\rx")) == QStringLiteral("\"'\rx\""));
    CHECK(CsvWriter::cell(QStringLiteral("\nx")) == QStringLiteral("\"'\nx\""));
    CHECK(CsvWriter::cell(QStringLiteral("=1,2")) == QStringLiteral("\"'=1,2\""));
    CHECK(CsvWriter::cell(QStringLiteral("-3")) == QStringLiteral("-3"));
    CHECK(CsvWriter::cell(QStringLiteral("-0.5")) == QStringLiteral("-0.5"));
    CHECK(CsvWriter::cell(QStringLiteral("-3-3")) == QStringLiteral("'-3-3"));
    CHECK(CsvWriter::cell(QStringLiteral("-")) == QStringLiteral("'-"));
    CHECK(CsvWriter::cell(QStringLiteral("Zieliński")) == QStringLiteral("Zieliński"));

    CsvWriter csv;
    csv.text(QStringLiteral("name"));
    csv.text(QStringLiteral("n"));
    csv.endRow();
    csv.text(QStringLiteral("Łukasz, \"Łuki\""));
    csv.number(-3);
    csv.decimal(1.755, 2);
    csv.empty();
    csv.endRow();
    CHECK(csv.rows() == 2);
    CHECK(csv.bytes() == QByteArray("\xEF\xBB\xBF") + "name,n\r\n" + QString::fromUtf8("\"Łukasz, \"\"Łuki\"\"\",-3,1.75,\r\n").toUtf8());
}

TEST_CASE("Pseudonyms are stable per key, differ between keys and look alike", "[reports]")
{
    Pseudonyms a(QByteArray(32, 'a'));
    Pseudonyms b(QByteArray(32, 'b'));
    const QRegularExpression shape(QStringLiteral("^P-[0-9A-HJKMNP-TV-Z]{8}$"));
    CHECK(shape.match(a.of(1)).hasMatch());
    CHECK(a.of(1) == a.of(1));
    CHECK(a.of(1) != a.of(2));
    CHECK(a.of(1) != b.of(1));
    CHECK(Pseudonyms(QByteArray(32, 'a')).of(1) == a.of(1));
    QSet<QString> seen;
    for (qint64 id = 1; id <= 3000; ++id)
        seen.insert(a.of(id));
    CHECK(seen.size() == 3000);
}

TEST_CASE("The monthly return matches hand-counted figures", "[reports]")
{
    TestSession ts;
    const Wing wing(ts);
    Result<MonthlyReturn> r = ReportService(*ts.session).monthlyReturn(QDate(2026, 5, 17));
    INFO(r.status().message().toStdString());
    REQUIRE(r.ok());
    CHECK(r->month == QDate(2026, 5, 1));
    CHECK(r->establishment == QStringLiteral("HMP Testford"));
    CHECK(r->wing == QStringLiteral("C wing"));
    // Mentors at the end of May: A active, B shadowing, C trained; nobody
    // applied, was cleared or left in May (that was July 2025 and February).
    CHECK(r->mentorsActive == 1);
    CHECK(r->mentorsShadowing == 1);
    CHECK(r->mentorsInTraining == 1);
    CHECK(r->mentorApplications == 0);
    CHECK(r->mentorsCleared == 0);
    CHECK(r->mentorsLeft == 0);
    // Referred in May: E2, E3. Active on a day of May: E1, E2 (till the
    // 20th), E5; not E4 (closed 30 April), E3 (not started), E6 (June).
    // Closed in May: E2.
    CHECK(r->menteesReferred == 2);
    CHECK(r->menteesActive == 3);
    CHECK(r->menteesClosed == 1);
    // Sessions: 1:1 = S1 + S2 = 2, 105 min = 1.75 h; Group = S3, 1.5 h;
    // Art therapy none; the night call-out (no longer a type) 0.5 h; S5
    // deleted, April's and June's outside. Total 4, 225 min = 3.75 h.
    REQUIRE(r->sessionTypes.size() == 4);
    CHECK(r->sessionTypes.at(0).name == QStringLiteral("1:1"));
    CHECK(r->sessionTypes.at(0).sessions == 2);
    CHECK(r->sessionTypes.at(0).minutes == 105);
    CHECK(r->sessionTypes.at(1).sessions == 1);
    CHECK(r->sessionTypes.at(1).minutes == 90);
    CHECK(r->sessionTypes.at(2).sessions == 0);
    CHECK(r->sessionTypes.at(3).name == MonthlyReturn::otherTypesName());
    CHECK(r->sessionTypes.at(3).sessions == 1);
    CHECK(r->sessionTypes.at(3).minutes == 30);
    CHECK(r->sessions == 4);
    CHECK(r->sessionMinutes == 225);
    // One group session; E1 attended it, E5 did not.
    CHECK(r->groupSessions == 1);
    CHECK(r->groupAttendances == 1);
    // Check-ins in May: C1 (thoughts), C3 (act), C4 (thoughts), C2 (none).
    CHECK(r->checkIns == 4);
    CHECK(r->checkInsSelfHarmThoughts == 2);
    CHECK(r->checkInsSelfHarmActs == 1);
    // Concerns raised in May: K1 (10th), K3 (29th). Reviewed in May: K2
    // (2nd), K1 (12th). Open at the end: K3 and K4 (reviewed in June).
    CHECK(r->concernsRaised == 2);
    CHECK(r->concernsReviewed == 2);
    CHECK(r->concernsOpenAtMonthEnd == 2);
    // E1's next review was due 16 May; E2's (19 May) no longer counts, E2
    // closed on the 20th; E5 had no review by the end of May.
    CHECK(r->reviewsOverdueAtMonthEnd == 1);
    CHECK(r->menteesWithAcctOpen == 1);

    // The CSV: one header and one data row, columns in the documented order.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("may.csv"));
    const int before = auditEvents(*ts.session);
    Result<ReportService::Exported> exported = ReportService(*ts.session).exportMonthlyReturn(QDate(2026, 5, 1), path);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 1);
    const QList<QStringList> rows = csvRows(path);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).mid(0, 4)
        == QStringList { QStringLiteral("format_version"), QStringLiteral("month"), QStringLiteral("establishment"),
            QStringLiteral("wing") });
    CHECK(rows.at(0).contains(QStringLiteral("sessions[1:1]")));
    CHECK(rows.at(0).contains(QStringLiteral("session_hours[other types]")));
    REQUIRE(rows.at(0).size() == rows.at(1).size());
    const auto value = [&](const char* column) { return rows.at(1).at(rows.at(0).indexOf(QString::fromLatin1(column))); };
    CHECK(value("format_version") == QStringLiteral("1"));
    CHECK(value("month") == QStringLiteral("2026-05"));
    CHECK(value("session_hours") == QStringLiteral("3.75"));
    CHECK(value("session_hours[1:1]") == QStringLiteral("1.75"));
    CHECK(value("sessions[Group]") == QStringLiteral("1"));
    CHECK(value("concerns_open_at_month_end") == QStringLiteral("2"));
    CHECK(value("mentees_acct_open_at_month_end") == QStringLiteral("1"));
    // Audited: what, where, how many rows.
    CHECK(auditEvents(*ts.session) == before + 1);
    CHECK(scalar(*ts.session,
              QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND entity_id = 'monthly_return' "
                             "AND details LIKE '%\"rows\":1%' AND details LIKE '%may.csv%'"))
        == 1);
}

TEST_CASE("The outcome report matches hand-counted figures", "[reports]")
{
    TestSession ts;
    const Wing wing(ts);
    Result<OutcomeReport> r = ReportService(*ts.session).outcomes(QDate(2026, 4, 1), QDate(2026, 5, 31));
    INFO(r.status().message().toStdString());
    REQUIRE(r.ok());
    // Open on a day of April-May: E1, E2, E3, E4 (closed 30 April), E5; not E6.
    CHECK(r->mentees == 5);
    // Self-harm in the past: E1, E2, E4, E5 = 4 of 5 (80%).
    CHECK(r->selfHarmHistory == 4);
    // Self-harming at referral: E1, E2, E5 = 3 of 5 (60%). Latest check-in
    // by 31 May: E1 none (C2) = stopped; E2 act (C3) = not; E5 thoughts
    // (C4) = reduced. 2 of 3 stopped or reduced (66.7%). E1's act on 2 June
    // is after the period and does not count.
    CHECK(r->selfHarmingAtBaseline == 3);
    CHECK(r->selfHarmStopped == 1);
    CHECK(r->selfHarmReduced == 1);
    CHECK(r->selfHarmNoFollowUp == 0);
    // Suicidal at referral: E1 attempt, E2 thoughts, E4 thoughts = 3 of 5.
    // E1 thoughts (C2) = reduced; E2 none (C3) = stopped; E4 has only a
    // check-in on its referral day = no later check-in. 2 of 3 (66.7%).
    CHECK(r->suicidalAtBaseline == 3);
    CHECK(r->suicidalStopped == 1);
    CHECK(r->suicidalReduced == 1);
    CHECK(r->suicidalNoFollowUp == 1);
    // Education or work: E2; became a mentor: E4. 1 of 5 each (20%).
    CHECK(r->educationWork == 1);
    CHECK(r->becameMentor == 1);

    const QList<OutcomeReport::Measure> measures = r->measures();
    const auto measure = [&](const char* key) {
        for (const OutcomeReport::Measure& m : measures) {
            if (m.key == QLatin1String(key))
                return m;
        }
        FAIL("no measure " << key);
        return OutcomeReport::Measure {};
    };
    CHECK(*measure("self_harm_history").percent() == Catch::Approx(80.0));
    CHECK(*measure("self_harming_at_baseline").percent() == Catch::Approx(60.0));
    CHECK(measure("self_harm_stopped_or_reduced").count == 2);
    CHECK(*measure("self_harm_stopped_or_reduced").percent() == Catch::Approx(66.7));
    CHECK(*measure("suicidal_stopped_or_reduced").percent() == Catch::Approx(66.7));
    CHECK(*measure("education_or_work").percent() == Catch::Approx(20.0));
    CHECK(*measure("became_mentor").percent() == Catch::Approx(20.0));

    // A period with nobody in it has no percentages rather than a division by zero.
    Result<OutcomeReport> empty = ReportService(*ts.session).outcomes(QDate(2020, 1, 1), QDate(2020, 1, 31));
    REQUIRE(empty.ok());
    CHECK(empty->mentees == 0);
    CHECK_FALSE(empty->measures().constFirst().percent().has_value());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outcomes.csv"));
    REQUIRE(ReportService(*ts.session).exportOutcomes(QDate(2026, 4, 1), QDate(2026, 5, 31), path).ok());
    const QString text = readText(path);
    CHECK(text.contains(QStringLiteral("1,2026-04-01,2026-05-31,self_harm_stopped_or_reduced,")));
    CHECK(text.contains(QStringLiteral(",2,3,66.7\r\n")));

    checkRefused(ReportService(*ts.session).outcomes(QDate(2026, 5, 31), QDate(2026, 4, 1)).status(),
        ErrorCode::InvalidInput, QStringLiteral("before its first day"));
}

TEST_CASE("Row exports are pseudonymised unless an administrator asks for names", "[reports]")
{
    TestSession ts;
    const Wing wing(ts);
    QTemporaryDir dir;
    const QString sessions = dir.filePath(QStringLiteral("sessions.csv"));
    Result<ReportService::Exported> exported
        = ReportService(*ts.session).exportRows(RowExport::Kind::Sessions, QDate(2026, 5, 1), QDate(2026, 5, 31), sessions);
    REQUIRE(exported.ok());
    // S1, S2, S3 (E1 and E5 on the register), S4; not S5 (deleted).
    CHECK(exported->rows == 5);
    const QString text = readText(sessions);
    for (const char* secret : { "Al One", "A1001AA", "Finn", "Adam Active", "M1000AA", "Quiet room", "Talked about home" })
        CHECK_FALSE(text.contains(QString::fromUtf8(secret)));
    const QList<QStringList> rows = csvRows(sessions);
    CHECK(rows.at(0) == RowExport::columns(RowExport::Kind::Sessions, false));
    const int mentee = int(rows.at(0).indexOf(QStringLiteral("mentee")));
    const QRegularExpression shape(QStringLiteral("^P-[0-9A-Z]{8}$"));
    CHECK(shape.match(rows.at(1).at(mentee)).hasMatch());
    // The same person gets the same pseudonym in the next export.
    const QString checkIns = dir.filePath(QStringLiteral("checkins.csv"));
    exported = ReportService(*ts.session).exportRows(RowExport::Kind::CheckIns, QDate(2026, 5, 1), QDate(2026, 5, 31), checkIns);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 4); // C1, C3, C4, C2
    const QList<QStringList> checkInRows = csvRows(checkIns);
    CHECK(checkInRows.at(1).at(2) == rows.at(1).at(mentee)); // C1 and S1 are both E1 on 7 May
    CHECK_FALSE(readText(checkIns).contains(QStringLiteral("HYPERLINK")));

    // Identifiable: refused to a nurse, with no file and nothing recorded.
    ts.signInAs(QStringLiteral("nurse"));
    const QString named = dir.filePath(QStringLiteral("named.csv"));
    const QString before = fingerprint(*ts.session);
    checkRefused(ReportService(*ts.session)
                     .exportRows(RowExport::Kind::CheckIns, QDate(2026, 5, 1), QDate(2026, 5, 31), named, true)
                     .status(),
        ErrorCode::Forbidden, QStringLiteral("mental health nurse"));
    CHECK_FALSE(QFile::exists(named));
    CHECK(fingerprint(*ts.session) == before);
    // A support worker may not export at all.
    ts.signInAs(QStringLiteral("worker"));
    checkRefused(ReportService(*ts.session).exportMonthlyReturn(QDate(2026, 5, 1), named).status(), ErrorCode::Forbidden,
        QStringLiteral("support worker"));
    CHECK_FALSE(QFile::exists(named));
    // An administrator's identifiable export names people, neutralises
    // formulas in notes, and is audited as a disclosure.
    ts.signInAs(AdminName);
    exported = ReportService(*ts.session).exportRows(RowExport::Kind::CheckIns, QDate(2026, 5, 1), QDate(2026, 5, 31), named, true);
    REQUIRE(exported.ok());
    const QString namedText = readText(named);
    CHECK(namedText.contains(QStringLiteral("Al One")));
    CHECK(namedText.contains(QStringLiteral("A1001AA")));
    CHECK(namedText.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\") said he is fine\"")));
    CHECK(scalar(*ts.session,
              QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND entity_id = 'check_ins' "
                             "AND details LIKE '%\"disclosure\":true%' AND details LIKE '%\"identifiable\":true%' "
                             "AND details LIKE '%\"rows\":4%'"))
        == 1);
}

TEST_CASE("The session export writes one row per register entry in time order, without deleted records",
    "[reports]")
{
    TestSession ts;
    ts.signInAs(AdminName);
    UserSession& s = *ts.session;
    at(ts, 2026, 3, 1);
    const qint64 mentorA = addMentor(s, QStringLiteral("M2001AA"), QStringLiteral("Ann Mentor"));
    const qint64 mentorB = addMentor(s, QStringLiteral("M2002AA"), QStringLiteral("Óscar Núñez"));
    // Mentor C is also a mentee (E4): one prisoner, one pseudonym.
    const qint64 prisonerC = addPrisoner(s, QStringLiteral("M2003AA"), QStringLiteral("Cal Both"));
    const qint64 mentorC = mentorAt(s, prisonerC, MentorStatus::Active);
    Prisoner zoe = prisonerRecord(QStringLiteral("A2001AA"), QStringLiteral("Zoë Ünal"));
    zoe.dateOfBirth = QDate(1990, 2, 3);
    const Result<Prisoner> zoeAdded = PrisonerService(s).add(zoe);
    REQUIRE(zoeAdded.ok());
    const auto episodeOf = [&](qint64 prisonerId) {
        MenteeEpisode referral;
        referral.prisonerId = prisonerId;
        referral.referredOn = QDate(2026, 3, 1);
        referral.referralSource = MenteeEpisode::ReferralSource::Staff;
        referral.referralReason = QStringLiteral("Low mood");
        return startEpisode(s, referral, QDate(2026, 3, 1), QDate(2026, 3, 1)).id;
    };
    const qint64 e1 = episodeOf(zoeAdded->id);
    const qint64 e2 = episodeOf(addPrisoner(s, QStringLiteral("A2002AA"), QStringLiteral("Bo Two")));
    const qint64 e3 = episodeOf(addPrisoner(s, QStringLiteral("A2003AA"), QStringLiteral("Cy Three")));
    const qint64 e4 = episodeOf(prisonerC);
    REQUIRE(e1 < e2);
    REQUIRE(e2 < e3);
    REQUIRE(e3 < e4);
    REQUIRE(mentorA < mentorB);

    at(ts, 2026, 3, 20);
    const auto record
        = [&](const QDateTime& heldAt, int minutes, bool group, QList<qint64> mentorIds,
              QList<MenteeSession::Attendee> attendees, const QString& location, const QString& notes) {
              MenteeSession m;
              m.heldAt = heldAt;
              m.durationMinutes = minutes;
              m.sessionType = group ? QStringLiteral("Group") : QStringLiteral("1:1");
              m.isGroup = group;
              m.location = location;
              m.mentorIds = std::move(mentorIds);
              m.attendees = std::move(attendees);
              m.notes = notes;
              Result<SessionService::Recorded> recorded = SessionService(s).record(m);
              INFO(recorded.status().message().toStdString());
              REQUIRE(recorded.ok());
              return recorded->sessionId;
          };
    // A group led by B and A (listed by mentor id), E2 absent, E3 there but
    // deleted below; notes that need quoting and neutralising.
    const qint64 s1 = record(QDateTime(QDate(2026, 3, 10), QTime(14, 0)), 90, true, { mentorB, mentorA },
        { { e4, true, false }, { e3, true, false }, { e2, false, false }, { e1, true, false } },
        QStringLiteral("Salle à manger"), QStringLiteral("=2+2, said \"fine\"\nthen left"));
    // At the same time as the group: after it, by id.
    const qint64 s2 = record(QDateTime(QDate(2026, 3, 10), QTime(14, 0)), 60, false, { mentorC },
        { { e1, true, false } }, QStringLiteral("Cell"), QStringLiteral("-"));
    // Only E3: no row once E3 is deleted.
    record(QDateTime(QDate(2026, 3, 9), QTime(10, 0)), 45, false, { mentorA }, { { e3, true, false } },
        QString(), QString());
    const qint64 deleted = record(QDateTime(QDate(2026, 3, 11), QTime(9, 0)), 45, false, { mentorA },
        { { e2, true, false } }, QString(), QString());
    // The last minute of the period, and just outside it on both sides.
    const qint64 s5 = record(QDateTime(QDate(2026, 3, 12), QTime(23, 59)), 30, false, { mentorA, mentorB },
        { { e4, true, false } }, QStringLiteral("Wing office"), QStringLiteral("Fine"));
    record(QDateTime(QDate(2026, 3, 13), QTime(0, 0)), 30, false, { mentorA }, { { e1, true, false } },
        QString(), QString());
    record(QDateTime(QDate(2026, 3, 8), QTime(23, 59)), 30, false, { mentorA }, { { e1, true, false } },
        QString(), QString());
    requireOk(SessionService(s).remove(deleted, QStringLiteral("recorded twice")));
    requireOk(MenteeService(s).remove(e3, QStringLiteral("referred by mistake")));

    QTemporaryDir dir;
    const QString pseudonymised = dir.filePath(QStringLiteral("sessions.csv"));
    Result<ReportService::Exported> exported = ReportService(s).exportRows(
        RowExport::Kind::Sessions, QDate(2026, 3, 9), QDate(2026, 3, 12), pseudonymised);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 5);
    Result<Pseudonyms> made = Pseudonyms::forVault(s.database());
    REQUIRE(made.ok());
    Pseudonyms& pseudonyms = *made;
    const auto prisonerOf = [&](const QString& table, qint64 id) {
        return qint64(
            scalar(s, QStringLiteral("SELECT prisoner_id FROM %1 WHERE id = %2").arg(table).arg(id)));
    };
    const QString p1 = pseudonyms.of(zoeAdded->id);
    const QString p2 = pseudonyms.of(prisonerOf(QStringLiteral("mentee_episodes"), e2));
    const QString pc = pseudonyms.of(prisonerC);
    const QString pa = pseudonyms.of(prisonerOf(QStringLiteral("mentors"), mentorA));
    const QString pb = pseudonyms.of(prisonerOf(QStringLiteral("mentors"), mentorB));
    const QString groupHead = QStringLiteral("%1,2026-03-10,14:00,90,Group,1,").arg(s1);
    const QStringList rows {
        groupHead + p1 + QStringLiteral(",1,") + pa + u' ' + pb + QStringLiteral(",0"),
        groupHead + p2 + QStringLiteral(",0,") + pa + u' ' + pb + QStringLiteral(",0"),
        groupHead + pc + QStringLiteral(",1,") + pa + u' ' + pb + QStringLiteral(",0"),
        QStringLiteral("%1,2026-03-10,14:00,60,1:1,0,").arg(s2) + p1 + QStringLiteral(",1,") + pc
            + QStringLiteral(",0"),
        QStringLiteral("%1,2026-03-12,23:59,30,1:1,0,").arg(s5) + pc + QStringLiteral(",1,") + pa + u' ' + pb
            + QStringLiteral(",0"),
    };
    const QString header = RowExport::columns(RowExport::Kind::Sessions, false).join(u',');
    CHECK(fileBytes(pseudonymised)
        == Bom
            + (header + QStringLiteral("\r\n") + rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"))
                  .toUtf8());

    // Identifiable: the same rows, with names, the session's details and
    // the mentors' names in the same order as their pseudonyms.
    const QString named = dir.filePath(QStringLiteral("named.csv"));
    exported = ReportService(s).exportRows(
        RowExport::Kind::Sessions, QDate(2026, 3, 9), QDate(2026, 3, 12), named, true);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 5);
    const QString groupTail = QStringLiteral(
        ",Ann Mentor; Óscar Núñez,Salle à manger,admin,\"'=2+2, said \"\"fine\"\"\nthen left\"");
    const QStringList namedRows {
        rows.at(0) + QStringLiteral(",Zoë Ünal,A2001AA,1990-02-03") + groupTail,
        rows.at(1) + QStringLiteral(",Bo Two,A2002AA,") + groupTail,
        rows.at(2) + QStringLiteral(",Cal Both,M2003AA,") + groupTail,
        rows.at(3) + QStringLiteral(",Zoë Ünal,A2001AA,1990-02-03,Cal Both,Cell,admin,'-"),
        rows.at(4) + QStringLiteral(",Cal Both,M2003AA,,Ann Mentor; Óscar Núñez,Wing office,admin,Fine"),
    };
    const QString namedHeader = RowExport::columns(RowExport::Kind::Sessions, true).join(u',');
    CHECK(fileBytes(named)
        == Bom
            + (namedHeader + QStringLiteral("\r\n") + namedRows.join(QStringLiteral("\r\n"))
                + QStringLiteral("\r\n"))
                  .toUtf8());
    CHECK(scalar(s,
              QStringLiteral(
                  "SELECT count(*) FROM audit_events WHERE action = 'export' AND entity_id = 'sessions' "
                  "AND details LIKE '%\"rows\":5%'"))
        == 2);

    // A period without sessions: the header alone.
    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    exported = ReportService(s).exportRows(
        RowExport::Kind::Sessions, QDate(2025, 1, 1), QDate(2025, 12, 31), empty, true);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 0);
    CHECK(fileBytes(empty) == Bom + (namedHeader + QStringLiteral("\r\n")).toUtf8());
}

TEST_CASE("An export that cannot be written leaves no file and no audit event", "[reports]")
{
    TestSession ts;
    QTemporaryDir dir;
    const QString before = fingerprint(*ts.session);
    ReportService reports(*ts.session);
    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    checkRefused(reports.exportMonthlyReturn(QDate(2026, 1, 1), missingFolder).status(), ErrorCode::Io, QStringLiteral("x.csv"));
    CHECK_FALSE(QFile::exists(missingFolder));
    checkRefused(reports.exportRows(RowExport::Kind::Sessions, QDate(2026, 1, 1), QDate(2026, 1, 31),
                     QStringLiteral("/dev/full"))
                     .status(),
        ErrorCode::Io, QStringLiteral("not an ordinary file"));
    checkRefused(reports.exportOutcomes(QDate(2026, 1, 1), QDate(2026, 1, 31), dir.path()).status(), ErrorCode::Io,
        QStringLiteral("not an ordinary file"));
    checkRefused(reports.exportOutcomes(QDate(2026, 1, 1), QDate(2026, 1, 31), QString()).status(),
        ErrorCode::InvalidInput, QStringLiteral("where"));
    CHECK(fingerprint(*ts.session) == before);
    CHECK(scalar(*ts.session, QStringLiteral("SELECT count(*) FROM vault_info WHERE key = 'pseudonym_key'")) == 0);
}

TEST_CASE("Every monthly return column is documented in the README and the help", "[reports]")
{
    const QString readme = readText(QStringLiteral(WINGMATE_SOURCE_DIR "/README.md"));
    const QString help = readText(QStringLiteral(WINGMATE_SOURCE_DIR "/resources/help/monthly-return.html"));
    MonthlyReturn r;
    r.sessionTypes.append({ QStringLiteral("TYPE"), 0, 0 });
    r.sessionTypes.append({ MonthlyReturn::otherTypesName(), 0, 0 });
    const QStringList names = r.columnNames();
    CHECK(names.size() == r.columnValues().size());
    CHECK(names.size() == r.columnLabels().size());
    for (const QString& name : names) {
        INFO(name.toStdString());
        CHECK(readme.contains(QLatin1Char('`') + name + QLatin1Char('`')));
        CHECK(help.contains(QStringLiteral("<code>") + name + QStringLiteral("</code>")));
    }
    CHECK(readme.contains(QStringLiteral("### Monthly return (format version %1)").arg(MonthlyReturn::FormatVersion)));
    CHECK(help.contains(QStringLiteral("<h2>Format version %1</h2>").arg(MonthlyReturn::FormatVersion)));
}
