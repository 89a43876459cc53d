// The Reports page driven through real widgets on a real vault: the month's
// figures, the activity chart, the outcome report with its rule, and the
// exports with their file dialog and the disclosure warning, by role.
#include "reports/ReportsPage.h"

#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "reports/ActivityChart.h"
#include "services/CheckInService.h"
#include "services/SessionService.h"
#include "widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

QString figure(const QTableWidget* table, const QString& label)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().trimmed() == label)
            return table->item(row, 1)->text();
    }
    FAIL("no row " << label.toStdString());
    return {};
}

// Saves through the page's file dialog, as a person would.
void saveThroughDialog(ReportsPage& page, const QString& path)
{
    auto* dialog = visibleDialog<QFileDialog>(&page, "reportExportDialog");
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as the Save button calls it
    flushDeletes();
}

// On 10 March 2026 Ray, an active mentor, had a 1:1 with Al, whose check-in
// the same day recorded an act of self-harm (raising a concern).
struct Wing {
    TestSession ts;
    qint64 episode = 0;

    Wing()
    {
        ts.clock.set(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
        ts.addStaff();
        ts.signInAs(AdminName);
        const qint64 mentor = addMentor(*ts.session, QStringLiteral("R1000AA"), QStringLiteral("Ray Mentor"));
        episode
            = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Al Zieliński"), { 20, 19, 18, true });
        MenteeSession s;
        s.heldAt = QDateTime(QDate(2026, 3, 10), QTime(10, 0));
        s.durationMinutes = 90;
        s.sessionType = QStringLiteral("1:1");
        s.mentorIds = { mentor };
        s.attendees = { { episode, true, false } };
        REQUIRE(SessionService(*ts.session).record(s).ok());
        CheckIn c;
        c.episodeId = episode;
        c.checkedOn = QDate(2026, 3, 10);
        c.selfHarm = CheckIn::SelfHarm::Act;
        REQUIRE(CheckInService(*ts.session).record(c).ok());
    }
};

} // namespace

TEST_CASE("The Reports page shows the month, the chart and the outcomes with their rule")
{
    prepareWidgetTest();
    Wing wing;
    ReportsPage page(*wing.ts.session);
    showActive(&page);

    auto* figures = child<QTableWidget>(&page, "monthlyFiguresTable");
    CHECK(figure(figures, QStringLiteral("Sessions")) == QStringLiteral("1"));
    CHECK(figure(figures, QStringLiteral("Session hours")) == QStringLiteral("1.5"));
    CHECK(figure(figures, QStringLiteral("Sessions: 1:1")) == QStringLiteral("1"));
    CHECK(figure(figures, QStringLiteral("Check-ins with a self-harm act")) == QStringLiteral("1"));
    CHECK(figure(figures, QStringLiteral("Concerns open at month end")) == QStringLiteral("1"));
    CHECK(figure(figures, QStringLiteral("Mentees active")) == QStringLiteral("1"));
    CHECK(figure(figures, QStringLiteral("Mentees referred")) == QStringLiteral("0")); // that was in February

    auto* chart = child<ActivityChart>(&page, "activityChart");
    REQUIRE(chart->months().size() == 12);
    CHECK(chart->months().constLast().month == QDate(2026, 3, 1));
    CHECK(chart->months().constLast().sessions == 1);
    CHECK(chart->months().constLast().concerns == 1);
    CHECK(chart->months().constFirst().month == QDate(2025, 4, 1));
    CHECK(chart->accessibleDescription().contains(QStringLiteral("1 session")));

    // Another month: nothing happened in February.
    auto* month = child<QDateEdit>(&page, "reportMonthEdit");
    month->setDate(QDate(2026, 2, 1));
    CHECK(figure(figures, QStringLiteral("Sessions")) == QStringLiteral("0"));
    CHECK(figure(figures, QStringLiteral("Mentees referred")) == QStringLiteral("1")); // referred 23 February

    auto* outcomes = child<QTableWidget>(&page, "outcomeTable");
    CHECK(outcomes->rowCount() == 14);
    CHECK(outcomes->item(0, 1)->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(&page, "comparisonRuleLabel")
              ->text()
              .contains(QStringLiteral("latest check-in after the referral day")));
    // A period that ends before it starts is refused in words.
    child<QDateEdit>(&page, "periodFromEdit")->setDate(QDate(2026, 3, 10));
    child<QDateEdit>(&page, "periodToEdit")->setDate(QDate(2026, 3, 1));
    QTest::mouseClick(child<QPushButton>(&page, "showOutcomesButton"), Qt::LeftButton);
    CHECK(child<ErrorPanel>(&page, "errorPanel")->message().contains(QStringLiteral("before its first day")));
    CHECK(outcomes->rowCount() == 0);
}

TEST_CASE("Exports from the Reports page go through a file dialog, names only after a warning")
{
    prepareWidgetTest();
    Wing wing;
    QTemporaryDir dir;
    ReportsPage page(*wing.ts.session);
    showActive(&page);
    auto* status = child<QLabel>(&page, "exportStatusLabel");

    const QString monthly = dir.filePath(QStringLiteral("march.csv"));
    QTest::mouseClick(child<QPushButton>(&page, "exportMonthlyButton"), Qt::LeftButton);
    saveThroughDialog(page, monthly);
    REQUIRE(QFile::exists(monthly));
    CHECK(readFile(monthly).startsWith("\xEF\xBB\xBF"
                                       "format_version,month,"));
    CHECK(status->text().contains(QStringLiteral("1 row")));

    // Pseudonymised unless names are asked for.
    const QString sessions = dir.filePath(QStringLiteral("sessions.csv"));
    QTest::mouseClick(child<QPushButton>(&page, "exportSessionsButton"), Qt::LeftButton);
    saveThroughDialog(page, sessions);
    CHECK(readFile(sessions).contains("P-"));
    CHECK_FALSE(readFile(sessions).contains("A1234BC"));

    // Names: a warning first; Cancel writes nothing.
    auto* identifiable = child<QCheckBox>(&page, "identifiableCheck");
    identifiable->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&page, "exportCheckInsButton"), Qt::LeftButton);
    auto* warning = visibleDialog<QMessageBox>(&page, "disclosureConfirmBox");
    CHECK(warning->text().contains(QStringLiteral("disclosure")));
    QTest::mouseClick(warning->button(QMessageBox::Cancel), Qt::LeftButton);
    flushDeletes();
    for (auto* dialog : page.findChildren<QFileDialog*>())
        CHECK_FALSE(dialog->isVisible());
    QTest::mouseClick(child<QPushButton>(&page, "exportCheckInsButton"), Qt::LeftButton);
    warning = visibleDialog<QMessageBox>(&page, "disclosureConfirmBox");
    QTest::mouseClick(child<QPushButton>(warning, "confirmDisclosureButton"), Qt::LeftButton);
    const QString named = dir.filePath(QStringLiteral("named.csv"));
    saveThroughDialog(page, named);
    CHECK(readFile(named).contains("A1234BC"));
    CHECK(QString::fromUtf8(readFile(named)).contains(QStringLiteral("Al Zieliński")));

    // A folder that does not exist: said plainly, nothing written.
    CHECK_FALSE(
        page.exportTo(ReportsPage::ExportKind::Outcomes, dir.filePath(QStringLiteral("gone/outcomes.csv"))));
    CHECK(child<ErrorPanel>(&page, "errorPanel")->isVisible());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("gone"))));
    CHECK(wing.ts.countEvents(AuditAction::Export) == 3);
}

TEST_CASE("The Reports page offers exports only to roles allowed them")
{
    prepareWidgetTest();
    Wing wing;
    {
        wing.ts.signInAs(Nurse);
        ReportsPage page(*wing.ts.session);
        CHECK(page.findChild<QGroupBox*>(QStringLiteral("exportBox")));
        CHECK_FALSE(page.findChild<QCheckBox*>(QStringLiteral("identifiableCheck")));
    }
    {
        wing.ts.signInAs(Worker);
        ReportsPage page(*wing.ts.session);
        showActive(&page);
        CHECK_FALSE(page.findChild<QGroupBox*>(QStringLiteral("exportBox")));
        CHECK(child<QTableWidget>(&page, "monthlyFiguresTable")->rowCount() > 20);
    }
}
