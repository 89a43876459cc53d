#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wingmate {

// The recovery code shown once when a vault is made: 160 random bits written
// as 32 characters of Crockford's base 32 in eight groups of four
// (e.g. "7K2M-Q9XD-..."). Reading forgives case, spaces, dashes and the
// look-alikes O/0 and I/L/1.
class RecoveryCode {
public:
    static QString generate();
    // The canonical form (32 characters, no dashes) or nothing if the text is
    // not a well-formed recovery code.
    static std::optional<QString> normalise(const QString& text);
    static QString format(const QString& canonical);
};

} // namespace wingmate
