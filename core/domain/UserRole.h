#pragma once

#include <QString>
#include <optional>

namespace wingmate {

// The three kinds of staff account. What each may do is decided by the
// permission matrix in core, never by the front ends.
enum class UserRole { SupportWorker, MentalHealthNurse, Administrator };

// The stable name stored in the database ("support_worker", ...).
QString roleKey(UserRole role);
std::optional<UserRole> roleFromKey(const QString& key);
// The name a person reads ("Support worker", ...), translated.
QString roleDisplayName(UserRole role);

// Empty when the username is acceptable, otherwise one plain sentence.
// Usernames: 1-64 characters, letters, digits, dot, dash, underscore.
QString usernameProblem(const QString& username);

} // namespace wingmate
