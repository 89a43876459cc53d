#include "domain/TrainingRecord.h"

namespace wingmate {

QVariantMap TrainingRecord::editableFields() const
{
    return {
        { QStringLiteral("module"), module },
        { QStringLiteral("provider"), provider },
        { QStringLiteral("started_on"), startedOn },
        { QStringLiteral("completed_on"), completedOn },
        { QStringLiteral("hours"), hours ? QVariant(*hours) : QVariant() },
        { QStringLiteral("accreditation"), accreditation },
        { QStringLiteral("assessor"), assessor },
        { QStringLiteral("expires_on"), expiresOn },
    };
}

} // namespace wingmate
