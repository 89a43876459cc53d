#include "demo/DemoMentor.h"

#include "domain/Mentor.h"
#include "domain/ShadowingPeriod.h"
#include "domain/TrainingRecord.h"
#include "services/MentorService.h"
#include "services/PrisonerService.h"

namespace wingmate {

namespace {

QDate shadowingStart(const QDate& appliedOn)
{
    return appliedOn.addDays(10);
}
QDate signedOffOn(const QDate& appliedOn)
{
    return shadowingStart(appliedOn).addMonths(3).addDays(2);
}

} // namespace

DemoMentor::DemoMentor(qint64 prisonerId, const QDate& appliedOn)
    : m_appliedOn(appliedOn)
{
    m_state->prisonerId = prisonerId;
}

DemoMentor::DemoMentor(const Prisoner& newcomer, const QDate& appliedOn)
    : m_newcomer(newcomer)
    , m_appliedOn(appliedOn)
{
}

void DemoMentor::shadow(qint64 experiencedMentorId)
{
    auto recorded = std::make_shared<State>();
    recorded->mentorId = experiencedMentorId;
    m_experienced = recorded;
}

void DemoMentor::shadow(const DemoMentor& experienced)
{
    m_experienced = experienced.m_state;
}

QDate DemoMentor::reaches(MentorStatus target, const QStringList& modules) const
{
    switch (target) {
    case MentorStatus::Applied:
        return m_appliedOn;
    case MentorStatus::Shadowing:
        return shadowingStart(m_appliedOn);
    default:
        return signedOffOn(m_appliedOn).addDays(int(modules.size()) * 2 + 2);
    }
}

QList<DemoMentor::Step> DemoMentor::stepsTo(MentorStatus target, const QStringList& modules) const
{
    const std::shared_ptr<State> state = m_state;
    const QDate applied = m_appliedOn;
    QList<Step> steps;
    steps.append({ applied, [state, applied, newcomer = m_newcomer](UserSession& session) {
                      if (state->prisonerId == 0) {
                          const Result<Prisoner> added = PrisonerService(session).add(newcomer);
                          if (!added)
                              return added.status();
                          state->prisonerId = added->id;
                      }
                      Mentor application;
                      application.prisonerId = state->prisonerId;
                      application.appliedOn = applied;
                      application.applicationNotes
                          = QStringLiteral("Asked to help others after his own time on an ACCT.");
                      application.capacity = 5;
                      const Result<Mentor> mentor = MentorService(session).apply(application);
                      if (!mentor)
                          return mentor.status();
                      state->mentorId = mentor->id;
                      return Status::success();
                  } });
    if (target == MentorStatus::Applied)
        return steps;
    const auto change = [state](MentorStatus to, const QDate& on) {
        return [state, to, on](UserSession& session) {
            return MentorService(session).changeStatus(state->mentorId, to, on);
        };
    };
    steps.append({ applied.addDays(7), [state, on = applied.addDays(7)](UserSession& session) {
                      return MentorService(session).recordGovernorApproval(
                          state->mentorId, on, QStringLiteral("Governor Hale"));
                  } });
    steps.append({ applied.addDays(9), [state, on = applied.addDays(9)](UserSession& session) {
                      return MentorService(session).recordSecurityClearance(
                          state->mentorId, on, QStringLiteral("Security dept."));
                  } });
    steps.append({ applied.addDays(9), change(MentorStatus::Cleared, applied.addDays(9)) });
    const QDate started = shadowingStart(applied);
    steps.append({ started, change(MentorStatus::Shadowing, started) });
    steps.append({ started, [state, started, experienced = m_experienced](UserSession& session) {
                      ShadowingPeriod period;
                      period.mentorId = state->mentorId;
                      period.experiencedMentorId = experienced->mentorId;
                      period.startedOn = started;
                      const Result<ShadowingPeriod> shadowing = MentorService(session).addShadowing(period);
                      if (!shadowing)
                          return shadowing.status();
                      state->shadowingId = shadowing->id;
                      return Status::success();
                  } });
    if (target == MentorStatus::Shadowing)
        return steps;
    const QDate signedOff = signedOffOn(applied);
    steps.append({ signedOff, [state, signedOff](UserSession& session) {
                      return MentorService(session).signOffShadowing(
                          state->shadowingId, signedOff, QStringLiteral("Priya Raman"));
                  } });
    steps.append({ signedOff, change(MentorStatus::Trained, signedOff) });
    for (int m = 0; m < modules.size(); ++m) {
        TrainingRecord record;
        record.module = modules.at(m);
        record.provider = QStringLiteral("Healthcare in-reach team");
        record.startedOn = signedOff.addDays(m * 2);
        record.completedOn = signedOff.addDays(m * 2 + 1);
        record.hours = 3;
        record.assessor = QStringLiteral("Priya Raman");
        steps.append({ record.completedOn, [state, record](UserSession& session) mutable {
                          record.mentorId = state->mentorId;
                          const Result<TrainingRecord> added = MentorService(session).addTraining(record);
                          return added ? Status::success() : added.status();
                      } });
    }
    const QDate activeOn = reaches(MentorStatus::Active, modules);
    steps.append({ activeOn, change(MentorStatus::Active, activeOn) });
    return steps;
}

} // namespace wingmate
