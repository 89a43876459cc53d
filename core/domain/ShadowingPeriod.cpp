#include "domain/ShadowingPeriod.h"

#include <algorithm>

namespace wingmate {

int ShadowingPeriod::daysDone(const QDate& today) const
{
    if (!startedOn.isValid())
        return 0;
    const QDate end = endedOn.isValid() ? endedOn : signedOffOn.isValid() ? signedOffOn : today;
    return int(std::max<qint64>(0, startedOn.daysTo(end)));
}

QVariantMap ShadowingPeriod::editableFields() const
{
    return {
        { QStringLiteral("experienced_mentor_id"),
            experiencedMentorId > 0 ? QVariant(experiencedMentorId) : QVariant() },
        { QStringLiteral("started_on"), startedOn },
        { QStringLiteral("ended_on"), endedOn },
        { QStringLiteral("sessions_observed"), sessionsObserved },
        { QStringLiteral("notes"), notes },
    };
}

} // namespace wingmate
