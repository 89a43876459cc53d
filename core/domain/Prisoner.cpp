#include "domain/Prisoner.h"

#include <QCoreApplication>

namespace wingmate {

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
    switch (status) {
    case Status::InCustody:
        return QStringLiteral("in_custody");
    case Status::Transferred:
        return QStringLiteral("transferred");
    case Status::Released:
        return QStringLiteral("released");
    }
    return {};
}

std::optional<Prisoner::Status> Prisoner::statusFromKey(const QString& key)
{
    for (Status s : { Status::InCustody, Status::Transferred, Status::Released }) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Prisoner::statusLabel(Status status)
{
    switch (status) {
    case Status::InCustody:
        return QCoreApplication::translate("Prisoner", "In custody");
    case Status::Transferred:
        return QCoreApplication::translate("Prisoner", "Transferred");
    case Status::Released:
        return QCoreApplication::translate("Prisoner", "Released");
    }
    return {};
}

} // namespace wingmate
