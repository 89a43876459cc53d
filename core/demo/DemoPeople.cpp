#include "demo/DemoPeople.h"

#include <iterator>

namespace wingmate::demo {

namespace {

const char* const GivenNames[] = { "Aaron", "Bilal", "Callum", "Dariusz", "Emeka", "Finn", "Gareth", "Hamza",
    "Ioan", "Jamal", "Kieran", "Liam", "Marek", "Nathan", "Oisín", "Patrick", "Quentin", "Rhys", "Seán",
    "Tomasz", "Usman", "Vikram", "Wayne", "Xavier", "Yusuf", "Zoltán", "Andre", "Brandon", "Connor", "Dwayne",
    "Ethan", "Frankie", "Grzegorz", "Harvey", "Imran", "Jordan", "Kofi", "Leon", "Mehmet", "Noel", "Owen",
    "Piotr", "Ryan", "Stefan", "Terrell", "Ugo", "Vince", "Wesley", "Zak", "Łukasz" };
const char* const FamilyNames[] = { "Adeyemi", "Brennan", "Clarke", "Dąbrowski", "Evans", "Fitzgerald",
    "Gallagher", "Hussain", "Iqbal", "Jones", "Kowalski", "Lewis", "McAllister", "Nowak", "O'Connell",
    "Patel", "Quinn", "Roberts", "Shah", "Thompson", "Umar", "Varga", "Williams", "Yilmaz", "Zieliński",
    "Ahmed", "Byrne", "Campbell", "Doherty", "Ellis", "Francis", "Grant", "Hughes", "Ibrahim", "Jackson",
    "Kelly", "Lynch", "Mensah", "Nolan", "Owusu" };

} // namespace

QString personName(int index)
{
    // 50 given names and 40 family names: the pairs repeat only after 200.
    return QString::fromUtf8(GivenNames[index % std::size(GivenNames)]) + QLatin1Char(' ')
        + QString::fromUtf8(FamilyNames[(index * 7 + 3) % std::size(FamilyNames)]);
}

QString prisonNumber(QRandomGenerator& random, char16_t firstLetter)
{
    const auto pick = [&random](int n) { return int(random.bounded(n)); };
    return QStringLiteral("%1%2%3%4")
        .arg(QChar(char16_t(firstLetter + pick(8))))
        .arg(1000 + pick(9000))
        .arg(QChar(u'A' + pick(26)))
        .arg(QChar(u'A' + pick(26)));
}

} // namespace wingmate::demo
