#include "domain/Supervision.h"

namespace wingmate {

QVariantMap Supervision::editableFields() const
{
    return {
        { QStringLiteral("held_on"), heldOn },
        { QStringLiteral("supervisor"), supervisor },
        { QStringLiteral("notes"), notes },
        { QStringLiteral("mentor_wellbeing"), mentorWellbeing },
    };
}

} // namespace wingmate
