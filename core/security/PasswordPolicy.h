#pragma once

#include <QString>

namespace wingmate {

// What a password must be, and how strong it looks, in one place for the
// first-run window, password changes and the command line.
class PasswordPolicy {
public:
    static constexpr int MinimumLength = 10;

    enum class Strength { TooWeak, Weak, Fair, Strong };

    // Empty when acceptable, otherwise one plain sentence saying why not.
    static QString problem(const QString& password, const QString& username = {});
    static Strength strength(const QString& password, const QString& username = {});
    static QString describe(Strength strength);
};

} // namespace wingmate
