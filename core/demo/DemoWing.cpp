#include "demo/DemoWing.h"

#include "demo/DemoClock.h"
#include "demo/DemoHistory.h"
#include "demo/DemoMentor.h"
#include "demo/DemoPeople.h"
#include "security/KeyDerivation.h"
#include "services/AccountService.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/MentorService.h"
#include "services/PrisonerService.h"
#include "services/SessionService.h"
#include "services/UserSession.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace wingmate {

namespace {

const QString Admin = QString::fromLatin1(DemoWing::AdminName);
const QString Worker = QString::fromLatin1(DemoWing::WorkerName);
const QString Nurse = QString::fromLatin1(DemoWing::NurseName);

// This file's strings, under the context lupdate also sees.
struct DemoWingText {
    Q_DECLARE_TR_FUNCTIONS(DemoWing)
};

// Collects the first failure so a long script can read straight through.
class Script {
public:
    template<typename T>
    bool ok(const Result<T>& result) { return ok(result.ok() ? Status::success() : result.status()); }
    bool ok(const Status& status)
    {
        if (!status && m_failure.ok())
            m_failure = status;
        return status.ok();
    }
    const Status& failure() const { return m_failure; }

private:
    Status m_failure;
};

Status failed(const Status& status)
{
    return Status::failure(status.code(), DemoWingText::tr("The demonstration wing could not be made: %1").arg(status.message()),
        status.details());
}

} // namespace

Result<DemoWing::Made> DemoWing::create(const QString& directory, quint32 seed, int years)
{
    if (years < 1 || years > MaximumYears) {
        return Status::failure(ErrorCode::InvalidInput,
            DemoWingText::tr("A demonstration wing has from 1 to %1 years of records, not %2.")
                .arg(MaximumYears)
                .arg(years));
    }
    QRandomGenerator random(seed);
    const auto pick = [&random](int n) { return int(random.bounded(n)); };
    const QString password = QString::fromLatin1(Password);
    const QDate today = Clock::system().now().toLocalTime().date();
    Made made;
    made.years = years;
    Script script;
    // Live time, unless the earlier years are written first: then the vault
    // and its staff date from the start of them.
    DemoClock clock;
    if (years > 1)
        clock.set(QDateTime(DemoHistory::firstDay(today, years), QTime(9, 0)));

    // --- the vault, its staff and the wing's settings ---
    Vault::CreateOptions options { Admin, QStringLiteral("Dana Okafor (demo administrator)"), password, KdfParams::forNewSlots() };
    Result<UserSession::Created> created = UserSession::createVault(directory, options, clock);
    if (!created)
        return failed(created.status());
    made.recoveryCode = created->recoveryCode;
    made.usernames = { Admin, Worker, Nurse };
    std::unique_ptr<UserSession> session = std::move(created->session);
    script.ok(session->changeSetting(Setting::EstablishmentName, QStringLiteral("HMP Northgate (demonstration)")));
    script.ok(session->changeSetting(Setting::WingName, QStringLiteral("B wing")));
    for (const auto& [username, name, role] : { std::tuple { Worker, QStringLiteral("Sam Whitfield"), UserRole::SupportWorker },
             std::tuple { Nurse, QStringLiteral("Priya Raman"), UserRole::MentalHealthNurse } }) {
        Result<AccountService::Issued> issued = AccountService(*session).addUser(username, name, role);
        if (!script.ok(issued))
            return failed(script.failure());
        // Each person replaces their one-time password, as they would.
        session.reset();
        Result<std::unique_ptr<UserSession>> first
            = UserSession::signIn(directory, username, issued->oneTimePassword, clock);
        if (!script.ok(first) || !script.ok((*first)->changeOwnPassword(issued->oneTimePassword, password)))
            return failed(script.failure());
        (*first)->signOut();
        first->reset();
        Result<std::unique_ptr<UserSession>> back = UserSession::signIn(directory, Admin, password, clock);
        if (!script.ok(back))
            return failed(script.failure());
        session = back.take();
    }

    // --- the earlier years, then back to today ---
    if (years > 1) {
        session->signOut();
        session.reset();
        if (!script.ok(DemoHistory(directory, clock, today, seed).write(years, made)))
            return failed(script.failure());
        clock.live();
        Result<std::unique_ptr<UserSession>> back = UserSession::signIn(directory, Admin, password, clock);
        if (!script.ok(back))
            return failed(script.failure());
        session = back.take();
    }
    UserSession& admin = *session;

    // --- prisoners ---
    PrisonerService prisoners(admin);
    QList<qint64> prisonerIds;
    QSet<QString> numbers;
    for (int i = 0; i < 44; ++i) {
        Prisoner p;
        do {
            p.prisonNumber = demo::prisonNumber(random, u'A');
        } while (numbers.contains(p.prisonNumber));
        numbers.insert(p.prisonNumber);
        p.fullName = demo::personName(i);
        p.dateOfBirth = today.addYears(-(20 + pick(35))).addDays(-pick(365));
        p.location = QStringLiteral("B-%1-%2").arg(1 + pick(4)).arg(1 + pick(30), 2, 10, QLatin1Char('0'));
        p.expectedRelease = today.addDays(60 + pick(900));
        Result<Prisoner> added = prisoners.add(p);
        if (!script.ok(added))
            return failed(script.failure());
        prisonerIds.append(added->id);
    }

    // --- mentors: six active, and others at each earlier stage ---
    const QStringList modules = admin.settings().list(Setting::MandatoryModules);
    QList<qint64> activeMentors;
    const MentorStatus stages[] = { MentorStatus::Active, MentorStatus::Active, MentorStatus::Active, MentorStatus::Active,
        MentorStatus::Active, MentorStatus::Active, MentorStatus::Paused, MentorStatus::Shadowing, MentorStatus::Shadowing,
        MentorStatus::Applied };
    for (int i = 0; i < int(std::size(stages)); ++i) {
        const MentorStatus target = stages[i];
        const bool longStanding = target == MentorStatus::Active || target == MentorStatus::Paused;
        const QDate applied = longStanding ? today.addDays(-240 + i * 3) : today.addDays(-50 + i);
        DemoMentor mentor(prisonerIds.at(i), applied);
        if (!activeMentors.isEmpty())
            mentor.shadow(activeMentors.constFirst());
        // Recorded now, each step with the date it happened.
        for (const DemoMentor::Step& step :
            mentor.stepsTo(longStanding ? MentorStatus::Active : target, modules)) {
            if (!script.ok(step.record(admin)))
                return failed(script.failure());
        }
        made.mentors++;
        if (target == MentorStatus::Paused) {
            script.ok(MentorService(admin).changeStatus(mentor.id(), MentorStatus::Paused, today.addDays(-10),
                QStringLiteral("Started a college course")));
        } else if (target == MentorStatus::Active) {
            activeMentors.append(mentor.id());
        }
        if (!script.failure().ok())
            return failed(script.failure());
    }
    session->signOut();
    session.reset();

    // --- the support worker: referrals, allocations, sessions, check-ins ---
    Result<std::unique_ptr<UserSession>> workerSignIn
        = UserSession::signIn(directory, Worker, password, clock);
    if (!script.ok(workerSignIn))
        return failed(script.failure());
    session = workerSignIn.take();
    UserSession& worker = *session;
    MenteeService mentees(worker);
    SessionService sessions(worker);
    CheckInService checkIns(worker);
    const QStringList types = worker.settings().list(Setting::SessionTypes);
    struct Active {
        qint64 episodeId;
        qint64 mentorId;
        QDate since;
        int mood; // how this mentee tends to feel, 3-8
    };
    QList<Active> active;
    for (int i = 0; i < 30; ++i) {
        const qint64 prisonerId = prisonerIds.at(10 + i);
        MenteeEpisode referral;
        referral.prisonerId = prisonerId;
        referral.referredOn = today.addDays(-125 + i * 3);
        referral.referralSource = MenteeEpisode::ReferralSource(pick(4));
        referral.referralReason = i % 3 == 0 ? QStringLiteral("Low mood since sentencing; asked to talk to a peer mentor.")
                                             : QStringLiteral("Struggling with life on the wing; staff referral.");
        referral.baselineSelfHarmEver = pick(100) < 60;
        referral.baselineSelfHarmYear = referral.baselineSelfHarmEver && pick(100) < 60;
        referral.baselineSelfHarmCurrent = referral.baselineSelfHarmYear && pick(100) < 40;
        referral.baselineSuicidalYear = MenteeEpisode::BaselineSuicidal(pick(100) < 50 ? 0 : (pick(100) < 70 ? 1 : 2));
        Result<MenteeEpisode> episode = mentees.refer(referral);
        if (!script.ok(episode))
            return failed(script.failure());
        made.mentees++;
        if (i >= 28)
            continue; // two referrals still waiting
        const QDate consent = referral.referredOn.addDays(2);
        script.ok(mentees.recordConsent(episode->id, consent));
        script.ok(mentees.activate(episode->id, consent));
        const qint64 mentorId = activeMentors.at(i % activeMentors.size());
        script.ok(mentees.allocate(episode->id, mentorId, consent));
        if (i == 5)
            script.ok(mentees.setAcct(episode->id, true, QStringLiteral("ACCT-2026-0417")));
        active.append({ episode->id, mentorId, consent, 3 + pick(6) });
        if (!script.failure().ok())
            return failed(script.failure());
    }

    // Weekly 1:1s and check-ins every fortnight, and a Thursday group.
    QList<qint64> raised;
    QSet<qint64> withConcerns;
    for (const Active& a : active) {
        for (QDate day = a.since.addDays(3); day < today; day = day.addDays(7)) {
            MenteeSession s;
            s.heldAt = QDateTime(day, QTime(10 + pick(6), pick(2) * 30));
            s.durationMinutes = 30 + 15 * pick(4);
            s.sessionType = types.value(pick(100) < 70 ? 0 : 2 + pick(3), types.constFirst());
            s.location = QStringLiteral("B wing quiet room");
            s.mentorIds = { a.mentorId };
            s.attendees = { { a.episodeId, true, false } };
            s.notes = QStringLiteral("Talked through the week and plans for the next.");
            if (day.addDays(14) > today && pick(100) < 30)
                s.followUps = { { 0, QStringLiteral("Ask education about a course place"), day.addDays(10), {} } };
            if (!script.ok(sessions.record(s)))
                return failed(script.failure());
            made.sessions++;
            if (a.since.daysTo(day) % 14 < 7) {
                CheckIn c;
                c.episodeId = a.episodeId;
                c.checkedOn = day;
                const int drift = a.since.daysTo(day) / 30; // most feel a little better over time
                c.wellbeingRating = qBound(1, a.mood + drift + pick(3) - 1, 10);
                c.selfHarm = pick(100) < 8 ? CheckIn::SelfHarm::Thoughts : CheckIn::SelfHarm::None;
                c.suicidal = pick(100) < 6 ? CheckIn::Suicidal::Thoughts : CheckIn::Suicidal::None;
                if (a.mood <= 3 && pick(100) < 15)
                    c.selfHarm = CheckIn::SelfHarm::Act;
                c.coping = QStringLiteral("Gym, phone calls home");
                c.protectiveFactors = QStringLiteral("Children; wants to finish his course");
                c.scaleName = QStringLiteral("SWEMWBS");
                c.scaleTotal = qBound(7, 12 + *c.wellbeingRating * 2 + pick(3), 35);
                Result<CheckInService::Recorded> recorded = checkIns.record(c);
                if (!script.ok(recorded))
                    return failed(script.failure());
                made.checkIns++;
                if (recorded->concernId) {
                    raised.append(*recorded->concernId);
                    withConcerns.insert(a.episodeId);
                }
            }
        }
    }
    for (QDate thursday = today.addDays(-84); thursday < today; thursday = thursday.addDays(7)) {
        while (thursday.dayOfWeek() != Qt::Thursday)
            thursday = thursday.addDays(1);
        if (thursday >= today)
            break;
        MenteeSession group;
        group.heldAt = QDateTime(thursday, QTime(14, 0));
        group.durationMinutes = 90;
        group.sessionType = MenteeSession::groupTypeAmong(types);
        group.isGroup = true;
        group.location = QStringLiteral("B wing association room");
        group.mentorIds = { activeMentors.at(0), activeMentors.at(1) };
        for (const Active& a : active) {
            if (a.since < thursday && group.attendees.size() < 8)
                group.attendees.append({ a.episodeId, pick(100) < 80, false });
        }
        group.notes = QStringLiteral("Group: managing stress and sleep.");
        if (group.attendees.isEmpty())
            continue;
        if (!script.ok(sessions.record(group)))
            return failed(script.failure());
        made.sessions++;
    }
    // A staff concern raised this week, for the nurse to see.
    if (!active.isEmpty()) {
        Result<qint64> concern = ConcernService(worker).raise(active.constLast().episodeId,
            QStringLiteral("Gave away his belongings and said goodbye to his mentor."));
        if (!script.ok(concern))
            return failed(script.failure());
        raised.append(*concern);
        withConcerns.insert(active.constLast().episodeId);
    }
    // One closure, with outcomes, for a mentee with nothing waiting for review.
    const auto settled = std::find_if(active.cbegin(), active.cend(), [&](const Active& a) { return !withConcerns.contains(a.episodeId); });
    if (settled != active.cend()) {
        MenteeService::Closure closure;
        closure.closedOn = today;
        closure.reason = MenteeEpisode::ClosureReason::GoalsMet;
        closure.educationWork = true;
        closure.notes = QStringLiteral("Started in the print workshop; wants to apply as a mentor.");
        script.ok(mentees.close(settled->episodeId, closure));
    }
    made.concerns += int(raised.size());
    session->signOut();
    session.reset();

    // --- the nurse reviews all but the newest concerns ---
    Result<std::unique_ptr<UserSession>> nurseSignIn = UserSession::signIn(directory, Nurse, password, clock);
    if (!script.ok(nurseSignIn))
        return failed(script.failure());
    session = nurseSignIn.take();
    ConcernService concerns(*session);
    for (int i = 0; i + 1 < raised.size(); ++i) {
        const Result<Concern> concern = concerns.get(raised.at(i));
        if (!script.ok(concern))
            return failed(script.failure());
        Review review;
        review.episodeId = concern->episodeId;
        review.concernId = concern->id;
        review.reviewedOn = qMin(today, concern->raisedAt.toLocalTime().date().addDays(1));
        review.reviewer = QStringLiteral("Priya Raman");
        review.outcome = Review::Outcome::Monitor;
        review.riskLevel = MenteeEpisode::RiskLevel::Medium;
        // Some reviews fall due before today, so the caseload shows them overdue.
        review.nextReviewOn = review.reviewedOn.addDays(i % 2 == 0 ? 14 : 28);
        review.notes = QStringLiteral("Seen on the wing; safety plan updated with him.");
        script.ok(concerns.review(review));
    }
    session->signOut();
    session.reset();
    if (!script.failure().ok())
        return failed(script.failure());
    return made;
}

} // namespace wingmate
