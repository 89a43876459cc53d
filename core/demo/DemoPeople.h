#pragma once

#include <QRandomGenerator>
#include <QString>

namespace wingmate::demo {

// The demonstration wing's made-up people. Everyone is fictional.

// A name, with the accents and spellings a real wing has. Indexes 0 to 199
// give 200 different names; after that they repeat.
QString personName(int index);

// A prison number in the NOMIS format whose first letter is one of the eight
// from firstLetter, so people made for different parts of the wing never
// share a number.
QString prisonNumber(QRandomGenerator& random, char16_t firstLetter);

} // namespace wingmate::demo
