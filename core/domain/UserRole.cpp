#include "domain/UserRole.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wingmate {

QString roleKey(UserRole role)
{
    switch (role) {
    case UserRole::SupportWorker:
        return QStringLiteral("support_worker");
    case UserRole::MentalHealthNurse:
        return QStringLiteral("mental_health_nurse");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<UserRole> roleFromKey(const QString& key)
{
    for (UserRole role : { UserRole::SupportWorker, UserRole::MentalHealthNurse, UserRole::Administrator }) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(UserRole role)
{
    switch (role) {
    case UserRole::SupportWorker:
        return QCoreApplication::translate("UserRole", "Support worker");
    case UserRole::MentalHealthNurse:
        return QCoreApplication::translate("UserRole", "Mental health nurse");
    case UserRole::Administrator:
        return QCoreApplication::translate("UserRole", "Administrator");
    }
    return {};
}

QString usernameProblem(const QString& username)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (username.isEmpty())
        return QCoreApplication::translate("UserRole", "Enter a username.");
    if (!allowed.match(username).hasMatch()) {
        return QCoreApplication::translate("UserRole",
            "A username may have up to 64 letters, digits, dots, dashes and underscores, and no spaces.");
    }
    return {};
}

} // namespace wingmate
