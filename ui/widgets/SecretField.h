#pragma once

#include <QString>

class QLineEdit;

namespace wingmate::ui {

// Password and recovery-code fields give their text up once, so that no
// copy stays behind in the field: QLineEdit::clear() keeps the old
// characters in its buffer beyond the new end and in its undo history,
// setText() lets both go (and freed memory is overwritten, see
// platform/FreedMemory.h).

// The field's text, leaving the field empty. Wipe the result with
// wipeSecret() when done with it.
QString takeSecret(QLineEdit* field);
// Empties the field and wipes what it held.
void wipeField(QLineEdit* field);

} // namespace wingmate::ui
