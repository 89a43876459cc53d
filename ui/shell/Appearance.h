#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace wingmate::ui {

// Light or dark windows, chosen per PC (QSettings, never in the vault), and
// the few colours the program sets itself, picked to stay readable on
// either.
namespace Appearance {

enum class Mode { System, Light, Dark };

// The mode saved on this PC (System unless changed).
Mode saved();
void save(Mode mode);
// Applies a mode to the whole application: System keeps the platform's
// palette; Light and Dark use the Fusion style with a palette of their own.
void apply(Mode mode);
// Applies the saved mode; called once at start-up.
void applySaved();
QString label(Mode mode);

bool isDark(const QPalette& palette);
// Text that warns (a concern, an unmet condition) and text that reassures
// (a condition met), readable on the palette's window and base colours.
QColor warningText(const QPalette& palette);
QColor goodText(const QPalette& palette);
// Sets a label's (or any widget's) text colour through its palette.
void setTextColour(QWidget* widget, const QColor& colour);

} // namespace Appearance

} // namespace wingmate::ui
