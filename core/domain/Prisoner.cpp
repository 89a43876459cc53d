#include "domain/Prisoner.h"

#include "domain/KeyedValue.h"

#include <QCoreApplication>

namespace wingmate {

namespace {

constexpr KeyedValue<Prisoner::CustodyStatus> StatusValues[] = {
    { Prisoner::CustodyStatus::InCustody, "in_custody", QT_TRANSLATE_NOOP("Prisoner", "In custody") },
    { Prisoner::CustodyStatus::Transferred, "transferred", QT_TRANSLATE_NOOP("Prisoner", "Transferred") },
    { Prisoner::CustodyStatus::Released, "released", QT_TRANSLATE_NOOP("Prisoner", "Released") },
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

QString Prisoner::statusKey(CustodyStatus status)
{
    return keyOf(StatusValues, status);
}

std::optional<Prisoner::CustodyStatus> Prisoner::statusFromKey(const QString& key)
{
    return valueOf(StatusValues, key);
}

QString Prisoner::statusLabel(CustodyStatus status)
{
    return labelOf("Prisoner", StatusValues, status);
}

} // namespace wingmate
