#include "domain/MentorStatus.h"

#include "domain/KeyedValue.h"

#include <QCoreApplication>

namespace wingmate {

namespace {
constexpr const char* Context = "MentorStatus";

constexpr KeyedValue<MentorStatus> StatusValues[] = {
    { MentorStatus::Applied, "applied", QT_TRANSLATE_NOOP("MentorStatus", "Applied") },
    { MentorStatus::Cleared, "cleared", QT_TRANSLATE_NOOP("MentorStatus", "Cleared") },
    { MentorStatus::Shadowing, "shadowing", QT_TRANSLATE_NOOP("MentorStatus", "Shadowing") },
    { MentorStatus::Trained, "trained", QT_TRANSLATE_NOOP("MentorStatus", "Trained") },
    { MentorStatus::Active, "active", QT_TRANSLATE_NOOP("MentorStatus", "Active") },
    { MentorStatus::Paused, "paused", QT_TRANSLATE_NOOP("MentorStatus", "Paused") },
    { MentorStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("MentorStatus", "Suspended") },
    { MentorStatus::Left, "left", QT_TRANSLATE_NOOP("MentorStatus", "Left") },
};

constexpr KeyedValue<LeavingReason> LeavingValues[] = {
    { LeavingReason::Released, "released", QT_TRANSLATE_NOOP("MentorStatus", "Released") },
    { LeavingReason::Transferred, "transferred", QT_TRANSLATE_NOOP("MentorStatus", "Transferred") },
    { LeavingReason::Resigned, "resigned", QT_TRANSLATE_NOOP("MentorStatus", "Resigned") },
    { LeavingReason::Removed, "removed", QT_TRANSLATE_NOOP("MentorStatus", "Removed from the scheme") },
};

} // namespace

QList<MentorStatus> allMentorStatuses()
{
    return valuesOf(StatusValues);
}

QString mentorStatusKey(MentorStatus status)
{
    return keyOf(StatusValues, status);
}

std::optional<MentorStatus> mentorStatusFromKey(const QString& key)
{
    return valueOf(StatusValues, key);
}

QString mentorStatusLabel(MentorStatus status)
{
    return labelOf(Context, StatusValues, status);
}

QList<MentorStatus> allowedNextStatuses(MentorStatus from)
{
    switch (from) {
    case MentorStatus::Applied:
        return { MentorStatus::Cleared, MentorStatus::Left };
    case MentorStatus::Cleared:
        return { MentorStatus::Shadowing, MentorStatus::Left };
    case MentorStatus::Shadowing:
        return { MentorStatus::Trained, MentorStatus::Left };
    case MentorStatus::Trained:
        return { MentorStatus::Active, MentorStatus::Left };
    case MentorStatus::Active:
        return { MentorStatus::Paused, MentorStatus::Suspended, MentorStatus::Left };
    case MentorStatus::Paused:
        return { MentorStatus::Active, MentorStatus::Suspended, MentorStatus::Left };
    case MentorStatus::Suspended:
        return { MentorStatus::Active, MentorStatus::Left };
    case MentorStatus::Left:
        return {};
    }
    return {};
}

bool isAllowedTransition(MentorStatus from, MentorStatus to)
{
    return allowedNextStatuses(from).contains(to);
}

QList<LeavingReason> allLeavingReasons()
{
    return valuesOf(LeavingValues);
}

QString leavingReasonKey(LeavingReason reason)
{
    return keyOf(LeavingValues, reason);
}

std::optional<LeavingReason> leavingReasonFromKey(const QString& key)
{
    return valueOf(LeavingValues, key);
}

QString leavingReasonLabel(LeavingReason reason)
{
    return labelOf(Context, LeavingValues, reason);
}

} // namespace wingmate
