#include "security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace wingmate {

namespace {

// This file's strings, under the context lupdate also sees.
struct PasswordPolicyText {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};

// Passwords seen most often in breaches; refusing them costs nothing.
bool isCommon(const QString& lower)
{
    static const QSet<QString> common {
        QStringLiteral("password123"), QStringLiteral("password1234"), QStringLiteral("1234567890"),
        QStringLiteral("qwertyuiop"), QStringLiteral("123456789a"), QStringLiteral("iloveyou12"),
        QStringLiteral("passw0rd123"), QStringLiteral("welcome123"), QStringLiteral("letmein123"),
        QStringLiteral("administrator"), QStringLiteral("wingmate123"), QStringLiteral("changeme123"),
        QStringLiteral("0987654321"), QStringLiteral("1q2w3e4r5t"), QStringLiteral("qwerty1234"),
    };
    return common.contains(lower);
}

// A rough entropy estimate: distinct character classes times length, minus
// repetition. Enough to steer people towards a long passphrase.
double estimateBits(const QString& password)
{
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (QChar c : password) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double perChar = std::log2(qMax(2, pool));
    const double variety = qMin(1.0, double(distinct.size()) / qMax<qsizetype>(1, password.size()) * 2.0);
    return perChar * password.size() * variety;
}

} // namespace

QString PasswordPolicy::problem(const QString& password, const QString& username)
{
    if (password.size() < MinimumLength)
        return QCoreApplication::translate("PasswordPolicy", "The password must be at least %n characters long.", nullptr, MinimumLength);
    const QString lower = password.toLower();
    // Very short usernames turn up inside ordinary words; only longer ones
    // make a password guessable.
    if (username.size() >= 4 && lower.contains(username.toLower()))
        return PasswordPolicyText::tr("The password must not contain the username.");
    if (isCommon(lower))
        return PasswordPolicyText::tr("That password is too common; choose another.");
    if (QSet<QChar>(password.cbegin(), password.cend()).size() < 4)
        return PasswordPolicyText::tr("The password repeats too few different characters.");
    return {};
}

PasswordPolicy::Strength PasswordPolicy::strength(const QString& password, const QString& username)
{
    if (!problem(password, username).isEmpty())
        return Strength::TooWeak;
    const double bits = estimateBits(password);
    if (bits < 50)
        return Strength::Weak;
    if (bits < 75)
        return Strength::Fair;
    return Strength::Strong;
}

QString PasswordPolicy::describe(Strength strength)
{
    switch (strength) {
    case Strength::TooWeak:
        return PasswordPolicyText::tr("Too weak");
    case Strength::Weak:
        return PasswordPolicyText::tr("Weak: a longer passphrase of several words is better");
    case Strength::Fair:
        return PasswordPolicyText::tr("Fair");
    case Strength::Strong:
        return PasswordPolicyText::tr("Strong");
    }
    return {};
}

} // namespace wingmate
