#pragma once

#include <QByteArray>
#include <QString>
#include <string>

namespace wingmate {

// Overwrites a secret held in a Qt or standard string, its whole allocation
// (so what an earlier, longer value left beyond the end goes too), and
// empties it. A buffer shared with another holder is only let go, never
// written: the other copy is its holder's to wipe, and writing through a
// shared buffer would change their string too. Static data (literals) is
// never written.
void wipeSecret(QString& text);
void wipeSecret(QByteArray& bytes);
void wipeSecret(std::string& text);

} // namespace wingmate
