#pragma once

#include <QString>

namespace wingmate {

// Installs Wingmate's translation for the system language, falling back to
// the English one (which carries the plural forms: "1 mentee", "2 mentees"),
// and Qt's own translation of its dialogs and buttons when the system has one.
// Call once, after the application object exists. Returns the language of the
// Wingmate translation installed ("en"), or an empty string when none could be.
QString installTranslations();

} // namespace wingmate
