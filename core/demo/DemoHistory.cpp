#include "demo/DemoHistory.h"

#include "demo/DemoClock.h"
#include "demo/DemoMentor.h"
#include "demo/DemoPeople.h"
#include "domain/CheckIn.h"
#include "domain/MenteeEpisode.h"
#include "domain/MenteeSession.h"
#include "domain/Review.h"
#include "domain/Supervision.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/MentorService.h"
#include "services/PrisonerService.h"
#include "services/SessionService.h"
#include "services/UserSession.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace wingmate {

namespace {

enum class Staff { Worker, Nurse };

// One piece of the wing's work, done by the member of staff it names.
struct Task {
    Staff by;
    std::function<Status(UserSession&)> run;
};

// The wing's work in the order it happened; work planned for the same
// moment keeps the order it was planned in.
using Agenda = std::multimap<QDateTime, Task>;

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

struct PlannedMentor {
    DemoMentor mentor;
    QDate activeOn;
    QDate leavesOn;
    bool activeThrough(const QDate& from, const QDate& to) const { return activeOn <= from && leavesOn > to; }
};

// What a mentee's later records need from the earlier ones, once written.
struct EpisodeIds {
    qint64 episode = 0;
    qint64 prisoner = 0;
    qint64 firstSession = 0;
    qint64 concern = 0;
};

struct PlannedEpisode {
    std::shared_ptr<EpisodeIds> ids;
    QDate consentOn;
    QDate closedOn;
};

Status recordLeaving(UserSession& session, qint64 prisonerId, Prisoner::CustodyStatus status, const QDate& on)
{
    PrisonerService prisoners(session);
    Result<Prisoner> prisoner = prisoners.get(prisonerId);
    if (!prisoner)
        return prisoner.status();
    prisoner->status = status;
    prisoner->statusDate = on;
    return prisoners.update(*prisoner);
}

template<typename T> Status statusOf(const Result<T>& result)
{
    return result ? Status::success() : result.status();
}

} // namespace

DemoHistory::DemoHistory(QString directory, DemoClock& clock, const QDate& today, quint32 seed)
    : m_directory(std::move(directory))
    , m_clock(clock)
    , m_today(today)
    , m_seed(seed)
{
}

QDate DemoHistory::firstDay(const QDate& today, int years)
{
    return today.addYears(-years).addDays(7);
}

QDate DemoHistory::lastDay(const QDate& today)
{
    return today.addYears(-1).addDays(-14);
}

Status DemoHistory::write(int years, DemoWing::Made& made)
{
    // Its own numbers, so the current wing is the same with or without a history.
    QRandomGenerator random(m_seed + quint32(years));
    const auto pick = [&random](int n) { return int(random.bounded(n)); };
    const QDate first = firstDay(m_today, years);
    const QDate last = lastDay(m_today);

    std::unique_ptr<UserSession> session;
    std::optional<Staff> signedIn;
    const auto signInAs = [&](Staff who) -> Status {
        if (session) {
            session->signOut();
            session.reset();
        }
        const char* username = who == Staff::Worker ? DemoWing::WorkerName : DemoWing::NurseName;
        Result<std::unique_ptr<UserSession>> opened = UserSession::signIn(
            m_directory, QString::fromLatin1(username), QString::fromLatin1(DemoWing::Password), m_clock);
        if (!opened)
            return opened.status();
        session = opened.take();
        signedIn = who;
        return Status::success();
    };
    m_clock.set(at(first, 9));
    if (Status s = signInAs(Staff::Worker); !s)
        return s;
    const QStringList modules = session->settings().list(Setting::MandatoryModules);
    const QStringList types = session->settings().list(Setting::SessionTypes);

    Agenda agenda;
    const auto plan = [&agenda](const QDateTime& when, Staff by, std::function<Status(UserSession&)> run) {
        agenda.emplace(when, Task { by, std::move(run) });
    };
    int person = 44; // names after the current wing's 44 people
    QSet<QString> numbers;
    const auto newcomer = [&](const QDate& arrived) {
        Prisoner p;
        do {
            // Letters J to Q: the current wing's numbers start with A to H.
            p.prisonNumber = demo::prisonNumber(random, u'J');
        } while (numbers.contains(p.prisonNumber));
        numbers.insert(p.prisonNumber);
        p.fullName = demo::personName(person++);
        p.dateOfBirth = arrived.addYears(-(20 + pick(35))).addDays(-pick(365));
        p.location = QStringLiteral("B-%1-%2").arg(1 + pick(4)).arg(1 + pick(30), 2, 10, QLatin1Char('0'));
        p.expectedRelease = arrived.addDays(150 + pick(900));
        return p;
    };

    // --- mentors: two to start with, then one more every eight months ---
    QList<PlannedMentor> mentors;
    for (int k = 0;; ++k) {
        const QDate applied = k < 2 ? first.addDays(3 * k) : first.addMonths(8 * (k - 1)).addDays(pick(21));
        DemoMentor mentor(newcomer(applied), applied);
        const QDate activeOn = mentor.reaches(MentorStatus::Active, modules);
        if (activeOn.addDays(120) > last)
            break;
        const QDate leavesOn = qMin(activeOn.addMonths(14 + pick(18)), last.addDays(-pick(7)));
        const QDate shadowingFrom = mentor.reaches(MentorStatus::Shadowing, modules);
        for (const PlannedMentor& earlier : mentors) {
            if (earlier.activeThrough(shadowingFrom, shadowingFrom)) {
                mentor.shadow(earlier.mentor);
                break;
            }
        }
        for (const DemoMentor::Step& step : mentor.stepsTo(MentorStatus::Active, modules))
            plan(at(step.on, 15), Staff::Worker, step.record);
        for (QDate held = activeOn.addMonths(1); held < leavesOn; held = held.addMonths(3)) {
            plan(at(held, 15, 30), Staff::Worker, [mentor, held](UserSession& s) {
                Supervision supervision;
                supervision.mentorId = mentor.id();
                supervision.heldOn = held;
                supervision.supervisor = QStringLiteral("Priya Raman");
                supervision.notes
                    = QStringLiteral("Went through his mentees and the boundaries of the role.");
                supervision.mentorWellbeing
                    = QStringLiteral("Tired after a hard week, but glad of the work.");
                return statusOf(MentorService(s).addSupervision(supervision));
            });
        }
        plan(at(leavesOn, 16), Staff::Worker, [mentor, leavesOn](UserSession& s) {
            if (Status st = MentorService(s).changeStatus(
                    mentor.id(), MentorStatus::Left, leavesOn, {}, LeavingReason::Released);
                !st)
                return st;
            return recordLeaving(s, mentor.prisonerId(), Prisoner::CustodyStatus::Released, leavesOn);
        });
        mentors.append({ mentor, activeOn, leavesOn });
    }

    // --- mentees: a referral every five to eight weeks ---
    QList<PlannedEpisode> episodes;
    const QStringList reasons { QStringLiteral("Low mood since sentencing; asked to talk to a peer mentor."),
        QStringLiteral("Struggling with life on the wing; staff referral."),
        QStringLiteral("Cutting again after bad news from home; healthcare referral.") };
    // (A history of two years or more always has time for a first mentor.)
    for (QDate referred = mentors.isEmpty() ? last : mentors.constFirst().activeOn.addDays(7);;) {
        const int sessionCount = 5 + pick(5);
        const QDate consentOn = referred.addDays(2);
        const QDate lastSessionOn = consentOn.addDays(3 + 14 * (sessionCount - 1));
        const QDate closedOn = lastSessionOn.addDays(3 + pick(5));
        if (closedOn > last)
            break;
        QList<int> free;
        for (int m = 0; m < mentors.size(); ++m) {
            if (mentors.at(m).activeThrough(consentOn, closedOn))
                free.append(m);
        }
        if (free.isEmpty()) {
            referred = referred.addDays(14);
            continue;
        }
        const int index = int(episodes.size());
        const DemoMentor mentor = mentors.at(free.at(index % free.size())).mentor;
        const auto ids = std::make_shared<EpisodeIds>();
        episodes.append({ ids, consentOn, closedOn });
        const int mood = 3 + pick(5);
        // One in six has a hard time: a self-harm act at the second check-in.
        const bool troubled = index % 6 == 1;

        MenteeEpisode referral;
        referral.referredOn = referred;
        referral.referralSource = MenteeEpisode::ReferralSource(pick(4));
        referral.referralReason = reasons.at(troubled ? 2 : pick(2));
        referral.baselineSelfHarmEver = troubled || pick(100) < 60;
        referral.baselineSelfHarmYear = referral.baselineSelfHarmEver && pick(100) < 60;
        referral.baselineSelfHarmCurrent = troubled || (referral.baselineSelfHarmYear && pick(100) < 40);
        referral.baselineSuicidalYear
            = MenteeEpisode::BaselineSuicidal(pick(100) < 50 ? 0 : (pick(100) < 70 ? 1 : 2));
        plan(at(referred, 10), Staff::Worker,
            [ids, referral, prisoner = newcomer(referred), &made](UserSession& s) {
                const Result<MenteeEpisode> episode = MenteeService(s).referNewPrisoner(prisoner, referral);
                if (!episode)
                    return episode.status();
                ids->episode = episode->id;
                ids->prisoner = episode->prisonerId;
                made.mentees++;
                return Status::success();
            });
        plan(at(consentOn, 10, 30), Staff::Worker, [ids, consentOn, mentor](UserSession& s) {
            MenteeService mentees(s);
            if (Status st = mentees.recordConsent(ids->episode, consentOn); !st)
                return st;
            if (Status st = mentees.activate(ids->episode, consentOn); !st)
                return st;
            return statusOf(mentees.allocate(ids->episode, mentor.id(), consentOn));
        });

        for (int n = 0; n < sessionCount; ++n) {
            const QDate day = consentOn.addDays(3 + 14 * n);
            MenteeSession oneToOne;
            const int hour = 10 + pick(5);
            oneToOne.heldAt = at(day, hour, pick(2) * 30);
            oneToOne.durationMinutes = 45 + 15 * pick(3);
            oneToOne.sessionType = types.value(pick(100) < 70 ? 0 : 2 + pick(3), types.constFirst());
            oneToOne.location = QStringLiteral("B wing quiet room");
            oneToOne.notes = QStringLiteral("Talked through the fortnight and what he wants from the next.");
            if (n == 0)
                oneToOne.followUps
                    = { { 0, QStringLiteral("Ask education about a course place"), day.addDays(7), {} } };
            // Written up straight after the session.
            const QDateTime written = oneToOne.heldAt.addSecs(60 * (oneToOne.durationMinutes + 10));
            plan(written, Staff::Worker, [ids, oneToOne, mentor, n, day, &made](UserSession& s) mutable {
                oneToOne.mentorIds = { mentor.id() };
                oneToOne.attendees = { { ids->episode, true, false } };
                SessionService sessions(s);
                const Result<SessionService::Recorded> recorded = sessions.record(oneToOne);
                if (!recorded)
                    return recorded.status();
                made.sessions++;
                if (n == 0)
                    ids->firstSession = recorded->sessionId;
                if (n != 1)
                    return Status::success();
                // The first session's follow-up is done by the second.
                const Result<MenteeSession> firstSession = sessions.get(ids->firstSession);
                if (!firstSession)
                    return firstSession.status();
                for (const MenteeSession::FollowUpAction& action : firstSession->followUps) {
                    if (Status st = sessions.completeFollowUp(action.id, day); !st)
                        return st;
                }
                return Status::success();
            });
            if (n % 2 == 0)
                continue;
            CheckIn checkIn;
            checkIn.checkedOn = day;
            checkIn.wellbeingRating = qBound(1, mood + n / 2 + pick(3) - 1, 10);
            checkIn.selfHarm = pick(100) < 10 ? CheckIn::SelfHarm::Thoughts : CheckIn::SelfHarm::None;
            checkIn.suicidal = pick(100) < 6 ? CheckIn::Suicidal::Thoughts : CheckIn::Suicidal::None;
            const bool risky = troubled && n == 3;
            if (risky) {
                checkIn.wellbeingRating = 2;
                checkIn.selfHarm = CheckIn::SelfHarm::Act;
            }
            checkIn.coping = QStringLiteral("Gym, letters home");
            checkIn.protectiveFactors
                = QStringLiteral("His mum; wants to be out for his daughter's birthday");
            checkIn.scaleName = QStringLiteral("SWEMWBS");
            checkIn.scaleTotal = qBound(7, 12 + *checkIn.wellbeingRating * 2 + pick(3), 35);
            plan(at(day, 16), Staff::Worker, [ids, checkIn, &made](UserSession& s) mutable {
                checkIn.episodeId = ids->episode;
                const Result<CheckInService::Recorded> recorded = CheckInService(s).record(checkIn);
                if (!recorded)
                    return recorded.status();
                made.checkIns++;
                if (recorded->concernId) {
                    ids->concern = *recorded->concernId;
                    made.concerns++;
                }
                return Status::success();
            });
            if (!risky)
                continue;
            // The nurse sees him the next morning.
            const QDate reviewedOn = day.addDays(1);
            plan(at(reviewedOn, 11), Staff::Nurse, [ids, reviewedOn](UserSession& s) {
                Review review;
                review.episodeId = ids->episode;
                review.concernId = ids->concern;
                review.reviewedOn = reviewedOn;
                review.outcome = Review::Outcome::Monitor;
                review.riskLevel = MenteeEpisode::RiskLevel::Medium;
                review.nextReviewOn = reviewedOn.addDays(28);
                review.notes = QStringLiteral(
                    "Seen on the wing; wound care from healthcare; safety plan made with him.");
                return statusOf(ConcernService(s).review(review));
            });
        }

        MenteeService::Closure closure;
        closure.closedOn = closedOn;
        const int ending = pick(10);
        closure.reason = ending < 5 ? MenteeEpisode::ClosureReason::GoalsMet
            : ending < 8            ? MenteeEpisode::ClosureReason::Released
                                    : MenteeEpisode::ClosureReason::Transferred;
        closure.educationWork = closure.reason == MenteeEpisode::ClosureReason::GoalsMet && pick(2) == 0;
        closure.notes = QStringLiteral("Support ended as planned with his mentor.");
        plan(at(closedOn, 16, 30), Staff::Worker, [ids, closure](UserSession& s) {
            if (Status st = MenteeService(s).close(ids->episode, closure); !st)
                return st;
            if (closure.reason == MenteeEpisode::ClosureReason::GoalsMet)
                return Status::success();
            return recordLeaving(s, ids->prisoner,
                closure.reason == MenteeEpisode::ClosureReason::Released
                    ? Prisoner::CustodyStatus::Released
                    : Prisoner::CustodyStatus::Transferred,
                closure.closedOn);
        });
        referred = referred.addDays(35 + pick(22));
    }

    // --- a group on the first Thursday of each month, for whoever is in support ---
    for (QDate month = QDate(first.year(), first.month(), 1).addMonths(1); month < last;
         month = month.addMonths(1)) {
        QDate thursday = month;
        while (thursday.dayOfWeek() != Qt::Thursday)
            thursday = thursday.addDays(1);
        QList<std::pair<std::shared_ptr<EpisodeIds>, bool>> register_;
        for (const PlannedEpisode& e : episodes) {
            if (e.consentOn < thursday && e.closedOn > thursday && register_.size() < 8)
                register_.append({ e.ids, pick(100) < 80 });
        }
        QList<DemoMentor> leaders;
        for (const PlannedMentor& m : mentors) {
            if (m.activeThrough(thursday, thursday) && leaders.size() < 2)
                leaders.append(m.mentor);
        }
        const bool anyone
            = std::any_of(register_.cbegin(), register_.cend(), [](const auto& a) { return a.second; });
        if (!anyone || leaders.isEmpty())
            continue;
        MenteeSession group;
        group.heldAt = at(thursday, 14);
        group.durationMinutes = 90;
        group.sessionType = MenteeSession::groupTypeAmong(types);
        group.isGroup = true;
        group.location = QStringLiteral("B wing association room");
        group.notes = QStringLiteral("Group: getting through the nights, and who to talk to.");
        plan(at(thursday, 15, 45), Staff::Worker, [group, register_, leaders, &made](UserSession& s) mutable {
            for (const DemoMentor& leader : leaders)
                group.mentorIds.append(leader.id());
            for (const auto& [ids, attended] : register_)
                group.attendees.append({ ids->episode, attended, false });
            if (Status st = statusOf(SessionService(s).record(group)); !st)
                return st;
            made.sessions++;
            return Status::success();
        });
    }

    // --- the work, in the order it happened ---
    while (!agenda.empty()) {
        const auto next = agenda.begin();
        const QDateTime when = next->first;
        Task task = std::move(next->second);
        agenda.erase(next);
        m_clock.set(when);
        if (signedIn != task.by) {
            if (Status s = signInAs(task.by); !s)
                return s;
        }
        if (Status s = task.run(*session); !s)
            return s;
    }
    session->signOut();
    session.reset();
    made.mentors += int(mentors.size());
    return Status::success();
}

} // namespace wingmate
