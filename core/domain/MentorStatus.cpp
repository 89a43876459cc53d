#include "domain/MentorStatus.h"

#include <QCoreApplication>

namespace wingmate {

namespace {
// This file's strings, under the context lupdate also sees.
struct MentorStatusText {
    Q_DECLARE_TR_FUNCTIONS(MentorStatus)
};
} // namespace

QList<MentorStatus> allMentorStatuses()
{
    return { MentorStatus::Applied, MentorStatus::Cleared, MentorStatus::Shadowing, MentorStatus::Trained,
        MentorStatus::Active, MentorStatus::Paused, MentorStatus::Suspended, MentorStatus::Left };
}

QString mentorStatusKey(MentorStatus status)
{
    switch (status) {
    case MentorStatus::Applied:
        return QStringLiteral("applied");
    case MentorStatus::Cleared:
        return QStringLiteral("cleared");
    case MentorStatus::Shadowing:
        return QStringLiteral("shadowing");
    case MentorStatus::Trained:
        return QStringLiteral("trained");
    case MentorStatus::Active:
        return QStringLiteral("active");
    case MentorStatus::Paused:
        return QStringLiteral("paused");
    case MentorStatus::Suspended:
        return QStringLiteral("suspended");
    case MentorStatus::Left:
        return QStringLiteral("left");
    }
    return {};
}

std::optional<MentorStatus> mentorStatusFromKey(const QString& key)
{
    for (MentorStatus s : allMentorStatuses()) {
        if (mentorStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString mentorStatusLabel(MentorStatus status)
{
    switch (status) {
    case MentorStatus::Applied:
        return MentorStatusText::tr("Applied");
    case MentorStatus::Cleared:
        return MentorStatusText::tr("Cleared");
    case MentorStatus::Shadowing:
        return MentorStatusText::tr("Shadowing");
    case MentorStatus::Trained:
        return MentorStatusText::tr("Trained");
    case MentorStatus::Active:
        return MentorStatusText::tr("Active");
    case MentorStatus::Paused:
        return MentorStatusText::tr("Paused");
    case MentorStatus::Suspended:
        return MentorStatusText::tr("Suspended");
    case MentorStatus::Left:
        return MentorStatusText::tr("Left");
    }
    return {};
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
    return { LeavingReason::Released, LeavingReason::Transferred, LeavingReason::Resigned,
        LeavingReason::Removed };
}

QString leavingReasonKey(LeavingReason reason)
{
    switch (reason) {
    case LeavingReason::Released:
        return QStringLiteral("released");
    case LeavingReason::Transferred:
        return QStringLiteral("transferred");
    case LeavingReason::Resigned:
        return QStringLiteral("resigned");
    case LeavingReason::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<LeavingReason> leavingReasonFromKey(const QString& key)
{
    for (LeavingReason r : allLeavingReasons()) {
        if (leavingReasonKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString leavingReasonLabel(LeavingReason reason)
{
    switch (reason) {
    case LeavingReason::Released:
        return MentorStatusText::tr("Released");
    case LeavingReason::Transferred:
        return MentorStatusText::tr("Transferred");
    case LeavingReason::Resigned:
        return MentorStatusText::tr("Resigned");
    case LeavingReason::Removed:
        return MentorStatusText::tr("Removed from the scheme");
    }
    return {};
}

} // namespace wingmate
