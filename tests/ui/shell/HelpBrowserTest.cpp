// The in-app help: every page loads, every link leads somewhere, F1 opens the
// page for the section on screen, and About says what it must.
#include "shell/HelpBrowser.h"

#include "TestSession.h"
#include "WidgetTests.h"
#include "services/UserSession.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::ui;
using namespace wingmate::test;

namespace {

// The links of the page the browser shows, as the browser sees them.
QStringList linksOf(const QTextDocument* document)
{
    QStringList links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !links.contains(href))
                links << href;
        }
    }
    return links;
}

QString fileOf(const QUrl& url)
{
    return url.fileName();
}

} // namespace

TEST_CASE("Every help page loads with a title, and every link leads to a help page")
{
    prepareWidgetTest();
    HelpBrowser help;
    auto* text = child<QTextBrowser>(&help, "helpText");
    const QStringList pages = HelpBrowser::pages();
    REQUIRE(pages.contains(QStringLiteral("index.html")));
    for (const char* page : { "caseload", "mentees", "mentors", "sessions", "concerns", "reports", "audit",
             "users", "settings", "risk", "backups", "start-worker", "start-nurse", "start-administrator" })
        CHECK(pages.contains(QString::fromLatin1(page) + QStringLiteral(".html")));

    QSet<QString> linkedTo;
    for (const QString& page : pages) {
        INFO(page.toStdString());
        help.showPage(page);
        CHECK(fileOf(help.currentUrl()) == page);
        CHECK_FALSE(help.currentTitle().isEmpty());
        CHECK(text->toPlainText().size() > 200);
        for (const QString& link : linksOf(text->document())) {
            INFO("link " << link.toStdString());
            const QUrl target = help.currentUrl().resolved(QUrl(link));
            CHECK(target.scheme() == QStringLiteral("qrc"));
            const QString file = fileOf(target);
            linkedTo.insert(file);
            CHECK(QFile::exists(QStringLiteral(":/help/") + file));
        }
    }
    // Every page can be reached from another.
    for (const QString& page : pages) {
        if (page != QStringLiteral("index.html"))
            CHECK(linkedTo.contains(page));
    }
    CHECK(linkedTo.contains(QStringLiteral("monthly-return.html")));
    // A section without a page of its own gets the contents.
    CHECK(HelpBrowser::pageForSection(QStringLiteral("no-such-section")) == QStringLiteral("index.html"));
    CHECK(HelpBrowser::pageForSection(QString()) == QStringLiteral("index.html"));
}

TEST_CASE("F1 opens the help at the page for the section on screen, and its links and Back work")
{
    prepareWidgetTest();
    test::TestSession ts;
    MainWindow main(*ts.session);
    showActive(&main);
    REQUIRE(main.currentPageKey() == PageKey::Caseload);

    QTest::keyClick(&main, Qt::Key_F1);
    auto* help = child<HelpBrowser>(&main, "helpBrowser");
    REQUIRE(help->isVisible());
    CHECK(help->currentUrl() == HelpBrowser::pageUrl(QStringLiteral("caseload.html")));
    CHECK(help->windowTitle() == QStringLiteral("Wingmate Help — Caseload"));

    // Each section's own page, through the same help window.
    const QList<QPair<QString, QString>> sections { { PageKey::Mentees, QStringLiteral("mentees.html") },
        { PageKey::Mentors, QStringLiteral("mentors.html") },
        { PageKey::Users, QStringLiteral("users.html") }, { PageKey::Audit, QStringLiteral("audit.html") },
        { PageKey::Settings, QStringLiteral("settings.html") } };
    for (const auto& [key, page] : sections) {
        INFO(key.toStdString());
        main.showPage(key);
        main.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&main));
        QTest::keyClick(&main, Qt::Key_F1);
        CHECK(help->currentUrl() == HelpBrowser::pageUrl(page));
        CHECK(main.findChildren<HelpBrowser*>().size() == 1);
    }

    // A section added without a page of its own opens the contents.
    main.addPage(
        QStringLiteral("extra"), QStringLiteral("Extra"), new QLabel(QStringLiteral("another section")));
    main.showPage(QStringLiteral("extra"));
    main.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&main));
    QTest::keyClick(&main, Qt::Key_F1);
    CHECK(help->currentUrl() == HelpBrowser::pageUrl(QStringLiteral("index.html")));

    // From the contents, the keyboard follows a link: Tab to the first link
    // (the risk page, in the warning at the top), Enter to open it.
    auto* text = child<QTextBrowser>(help, "helpText");
    showActive(help);
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Tab);
    QTest::keyClick(text, Qt::Key_Return);
    CHECK(help->currentUrl() == HelpBrowser::pageUrl(QStringLiteral("risk.html")));
    CHECK(text->toPlainText().contains(
        QStringLiteral("Follow the prison's emergency and ACCT procedures now.")));

    // Back returns to the contents; Contents goes there from anywhere.
    auto* back = child<QToolButton>(help, "helpBackButton");
    REQUIRE(back->isEnabled());
    back->click();
    CHECK(help->currentUrl() == HelpBrowser::pageUrl(QStringLiteral("index.html")));
    help->showPage(QStringLiteral("backups.html"));
    child<QToolButton>(help, "helpContentsButton")->click();
    CHECK(help->currentUrl() == HelpBrowser::pageUrl(QStringLiteral("index.html")));

    // Escape closes the help; the window stays.
    QTest::keyClick(help, Qt::Key_Escape);
    CHECK_FALSE(help->isVisible());
    CHECK(main.isVisible());
}

TEST_CASE("About Wingmate gives the version, the licence and the ACCT reminder")
{
    prepareWidgetTest();
    test::TestSession ts;
    MainWindow main(*ts.session);
    showActive(&main);
    child<QAction>(&main, "aboutAction")->trigger();
    auto* box = child<QMessageBox>(&main, "aboutBox");
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral(WINGMATE_VERSION)));
    CHECK(box->text().contains(QStringLiteral("Licence: ")));
    CHECK(box->text().contains(QStringLiteral("never replaces the prison's own ACCT")));
    box->close();
}
