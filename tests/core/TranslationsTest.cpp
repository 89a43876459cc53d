// Translations: the programs load the English translation, which makes
// plurals read right, and every plural message in it is filled in.
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;

TEST_CASE("The English translation makes plurals read right")
{
    // The test main installs the translations as the programs do.
    QTranslator english;
    REQUIRE(english.load(QStringLiteral("wingmate_en"), QStringLiteral(":/i18n")));
    CHECK(english.language() == QStringLiteral("en"));

    const auto mentees = [](int n) {
        return QCoreApplication::translate("wingmate::ui::CaseloadPage", "%n mentee(s)", nullptr, n);
    };
    CHECK(mentees(1) == QStringLiteral("1 mentee"));
    CHECK(mentees(2) == QStringLiteral("2 mentees"));
    CHECK(mentees(0) == QStringLiteral("0 mentees"));
    CHECK(QCoreApplication::translate("wingmate::ui::CaseloadPage", "%1 — %n need(s) review", nullptr, 1)
            .arg(QStringLiteral("12 mentees"))
        == QStringLiteral("12 mentees — 1 needs review"));
    CHECK(QCoreApplication::translate("wingmate::ui::MentorsPage", "%1 of %n mentor(s)", nullptr, 1)
            .arg(0)
        == QStringLiteral("0 of 1 mentor"));
    // Strings from the core's files, under the contexts the code uses.
    CHECK(QCoreApplication::translate("MentorService", "%n month(s)", nullptr, 1) == QStringLiteral("1 month"));
    CHECK(QCoreApplication::translate("MentorService", "%n month(s)", nullptr, 3) == QStringLiteral("3 months"));
}

TEST_CASE("Every plural message of the English translation is filled in")
{
    QFile ts(QStringLiteral(WINGMATE_SOURCE_DIR "/resources/translations/wingmate_en.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    const QRegularExpression numerus(QStringLiteral(
        R"(<message numerus="yes">\s*<source>([^<]*)</source>\s*<translation( type="[a-z]+")?>\s*<numerusform>([^<]*)</numerusform>\s*<numerusform>([^<]*)</numerusform>)"));
    int count = 0;
    for (auto it = numerus.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        INFO(m.captured(1).toStdString());
        CHECK(m.captured(2).isEmpty()); // not "unfinished" or "vanished"
        CHECK_FALSE(m.captured(3).isEmpty());
        CHECK_FALSE(m.captured(4).isEmpty());
        CHECK_FALSE(m.captured(3).contains(QStringLiteral("(s)")));
        CHECK_FALSE(m.captured(4).contains(QStringLiteral("(s)")));
        ++count;
    }
    CHECK(count == text.count(QStringLiteral("numerus=\"yes\"")));
    CHECK(count >= 25);
}
