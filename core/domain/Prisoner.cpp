#include "domain/Prisoner.h"

#include "domain/KeyedValue.h"

#include <QCoreApplication>

namespace wingmate {

namespace {

constexpr KeyedValue<Prisoner::Status> StatusValues[] = {
    { Prisoner::Status::InCustody, "in_custody", QT_TRANSLATE_NOOP("Prisoner", "In custody") },
    { Prisoner::Status::Transferred, "transferred", QT_TRANSLATE_NOOP("Prisoner", "Transferred") },
    { Prisoner::Status::Released, "released", QT_TRANSLATE_NOOP("Prisoner", "Released") },
};

} // namespace

QVariantMap Prisoner::editableFields() const
{
    return {
        { QStringLiteral("prison_number"), prisonNumber },
        { QStringLiteral("full_name"), fullName },
        { QStringLiteral("date_of_birth"), dateOfBirth },
        { QStringLiteral("location"), location },
        { QStringLiteral("expected_release"), expectedRelease },
        { QStringLiteral("status"), statusKey(status) },
        { QStringLiteral("status_date"), statusDate },
    };
}

QString Prisoner::statusKey(Status status)
{
    return keyOf(StatusValues, status);
}

std::optional<Prisoner::Status> Prisoner::statusFromKey(const QString& key)
{
    return valueOf(StatusValues, key);
}

QString Prisoner::statusLabel(Status status)
{
    return labelOf("Prisoner", StatusValues, status);
}

} // namespace wingmate
