// Light and dark windows: the choice is kept per PC, applied to the whole
// program, and the program's own colours stay readable on either.
#include "shell/Appearance.h"

#include "WidgetTests.h"
#include "widgets/ErrorPanel.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <catch2/catch_test_macros.hpp>
#include <cmath>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

// WCAG's contrast ratio between two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

TEST_CASE("The appearance is kept per PC and applied to the whole program")
{
    prepareWidgetTest();
    CHECK(Appearance::saved() == Appearance::Mode::System);
    Appearance::save(Appearance::Mode::Dark);
    CHECK(Appearance::saved() == Appearance::Mode::Dark);
    Appearance::apply(Appearance::saved());
    CHECK(Appearance::isDark(QApplication::palette()));

    // Widgets made now follow it, and the error text stays readable.
    ErrorPanel panel;
    panel.showMessage(QStringLiteral("The vault could not be opened."));
    const QLabel* message = panel.findChildren<QLabel*>().constLast();
    REQUIRE(message);
    const QPalette dark = QApplication::palette();
    CHECK(contrast(Appearance::warningText(dark), dark.color(QPalette::Window)) >= 4.5);
    CHECK(contrast(Appearance::goodText(dark), dark.color(QPalette::Window)) >= 4.5);
    CHECK(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7.0);

    Appearance::save(Appearance::Mode::Light);
    Appearance::apply(Appearance::Mode::Light);
    const QPalette light = QApplication::palette();
    CHECK_FALSE(Appearance::isDark(light));
    CHECK(contrast(Appearance::warningText(light), light.color(QPalette::Window)) >= 4.5);
    CHECK(contrast(Appearance::goodText(light), light.color(QPalette::Window)) >= 4.5);
    CHECK(Appearance::warningText(light) != Appearance::warningText(dark));

    // Anything unknown on this PC falls back to the system's look.
    QSettings().setValue(QStringLiteral("interface/appearance"), QStringLiteral("purple"));
    CHECK(Appearance::saved() == Appearance::Mode::System);
    Appearance::apply(Appearance::Mode::System);
    CHECK_FALSE(Appearance::isDark(QApplication::palette()));
}
