#include "security/RecoveryCode.h"

#include <sodium.h>

#include <array>

namespace wingmate {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int CodeChars = 32; // 160 bits
} // namespace

QString RecoveryCode::generate()
{
    std::array<unsigned char, 20> bits {};
    randombytes_buf(bits.data(), bits.size());
    QString canonical;
    canonical.reserve(CodeChars);
    // Five bits per character, taken from the front of the bit string.
    std::uint32_t buffer = 0;
    int held = 0;
    for (unsigned char byte : bits) {
        buffer = (buffer << 8) | byte;
        held += 8;
        while (held >= 5) {
            held -= 5;
            canonical.append(QLatin1Char(Alphabet[(buffer >> held) & 0x1f]));
        }
    }
    sodium_memzero(bits.data(), bits.size());
    return format(canonical);
}

std::optional<QString> RecoveryCode::normalise(const QString& text)
{
    QString canonical;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !std::char_traits<char>::find(Alphabet, CodeChars, c.toLatin1()))
            return std::nullopt;
        canonical.append(c);
    }
    if (canonical.size() != CodeChars)
        return std::nullopt;
    return canonical;
}

QString RecoveryCode::format(const QString& canonical)
{
    QStringList groups;
    for (int i = 0; i < canonical.size(); i += 4)
        groups.append(canonical.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

} // namespace wingmate
