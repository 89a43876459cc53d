#pragma once

#include "Status.h"
#include "domain/MentorStatus.h"
#include "domain/Prisoner.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

namespace wingmate {

class UserSession;

// A made-up mentor's way from application to a status, as the records staff
// make on the way, each dated on the day it happened: application, governor
// approval, security clearance, shadowing, its sign-off, the mandatory
// training, becoming active. The demonstration wing records its current
// mentors' steps at once, and its earlier years' mentors' steps each on its
// own day, between everything else happening on the wing.
class DemoMentor {
public:
    struct Step {
        QDate on;
        std::function<Status(UserSession&)> record;
    };

    // A prisoner already recorded.
    DemoMentor(qint64 prisonerId, const QDate& appliedOn);
    // A prisoner the application step records first, on the same day.
    DemoMentor(const Prisoner& newcomer, const QDate& appliedOn);
    // Whom they shadow (without it, nobody yet): a mentor already recorded,
    // or one whose application is recorded before this one's shadowing.
    void shadow(qint64 experiencedMentorId);
    void shadow(const DemoMentor& experienced);

    // Applied (the application only), Shadowing or Active.
    QList<Step> stepsTo(MentorStatus target, const QStringList& modules) const;
    // The day the steps to target make the mentor that status.
    QDate reaches(MentorStatus target, const QStringList& modules) const;
    // Known once the application step has been recorded.
    qint64 id() const { return m_state->mentorId; }
    qint64 prisonerId() const { return m_state->prisonerId; }

private:
    struct State {
        qint64 mentorId = 0;
        qint64 shadowingId = 0;
        qint64 prisonerId = 0;
    };
    Prisoner m_newcomer;
    QDate m_appliedOn;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    std::shared_ptr<const State> m_experienced = std::make_shared<const State>();
};

} // namespace wingmate
