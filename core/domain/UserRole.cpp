#include "domain/UserRole.h"

#include "domain/KeyedValue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wingmate {

namespace {

constexpr KeyedValue<UserRole> RoleValues[] = {
    { UserRole::SupportWorker, "support_worker", QT_TRANSLATE_NOOP("UserRole", "Support worker") },
    { UserRole::MentalHealthNurse, "mental_health_nurse",
        QT_TRANSLATE_NOOP("UserRole", "Mental health nurse") },
    { UserRole::Administrator, "administrator", QT_TRANSLATE_NOOP("UserRole", "Administrator") },
};

} // namespace

QString roleKey(UserRole role)
{
    return keyOf(RoleValues, role);
}

std::optional<UserRole> roleFromKey(const QString& key)
{
    return valueOf(RoleValues, key);
}

QString roleDisplayName(UserRole role)
{
    return labelOf("UserRole", RoleValues, role);
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
