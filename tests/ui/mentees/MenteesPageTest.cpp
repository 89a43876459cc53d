// The Mentees page and the mentee record's allocation, closing and wellbeing
// chart, driven through real widgets on a real vault.
#include "mentees/MenteesPage.h"

#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h" // prints QStrings in failures
#include "WidgetTests.h"
#include "mentees/AllocateMentorDialog.h"
#include "mentees/CloseEpisodeDialog.h"
#include "mentees/MenteeListModel.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentees/ReferralDialog.h"
#include "mentees/WellbeingChart.h"
#include "services/CheckInService.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "sessions/SessionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

// The dialog a button opened (with open(), so it is a child of the record).
template<typename T> T* openedDialog(QWidget* parent)
{
    T* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = parent->findChild<T*>();
        return dialog && dialog->isVisible();
    }));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    return dialog;
}

// Types into the search field and waits for the search, which runs a
// moment after the last key rather than on every key.
void search(MenteesPage& page, const QString& text)
{
    QSignalSpy searched(page.model(), &QAbstractItemModel::modelReset);
    QLineEdit* field = page.searchField();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
    CHECK(searched.count() == 0);
    REQUIRE(searched.wait(2000));
    CHECK(searched.count() == 1);
}

QList<MenteeService::Allocation> currentAllocations(UserSession& session, qint64 episodeId)
{
    Result<QList<MenteeService::Allocation>> all = MenteeService(session).allocations(episodeId);
    REQUIRE(all.ok());
    QList<MenteeService::Allocation> current;
    for (const MenteeService::Allocation& a : *all) {
        if (!a.endedOn.isValid())
            current << a;
    }
    return current;
}

MenteeEpisode episode(UserSession& session, qint64 id)
{
    Result<MenteeEpisode> e = MenteeService(session).get(id);
    REQUIRE(e.ok());
    return *e;
}

// A wing: Ann (capacity 1) and Bob (capacity 3) are active mentors, Pat is
// paused. Zoë's episode is active, Adam's only referred, Chris's closed and
// Eli's active with no mentor.
struct Wing {
    TestSession ts;
    qint64 ann = 0;
    qint64 bob = 0;
    qint64 pat = 0;
    qint64 zoe = 0;
    qint64 adam = 0;
    qint64 chris = 0;
    qint64 eli = 0;

    Wing()
    {
        ts.addStaff();
        UserSession& admin = *ts.session;
        ann = addMentor(
            admin, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"), MentorStatus::Active, 1);
        bob = addMentor(
            admin, QStringLiteral("M2000AA"), QStringLiteral("Bob Mentor"), MentorStatus::Active, 3);
        pat = addMentor(
            admin, QStringLiteral("M3000AA"), QStringLiteral("Pat Paused"), MentorStatus::Paused, 3);
        zoe = addEpisode(ts, QStringLiteral("A2000AA"), QString::fromUtf8("Zoë Ward"));
        EpisodeStart referredOnly;
        referredOnly.activate = false;
        adam = addEpisode(ts, QStringLiteral("A5000AA"), QStringLiteral("Adam Brook"), referredOnly);
        chris = addEpisode(ts, QStringLiteral("A1000AA"), QStringLiteral("Chris Dale"));
        eli = addEpisode(ts, QStringLiteral("A3000AA"), QStringLiteral("Eli Hart"));
        MenteeService::Closure closure;
        closure.closedOn = today(ts).addDays(-3);
        closure.reason = MenteeEpisode::ClosureReason::Transferred;
        requireOk(MenteeService(admin).close(chris, closure));
    }
};

CheckIn checkIn(qint64 episodeId, const QDate& on, std::optional<int> rating, const QString& scale = {},
    std::optional<int> total = std::nullopt)
{
    CheckIn c;
    c.episodeId = episodeId;
    c.checkedOn = on;
    c.wellbeingRating = rating;
    c.scaleName = scale;
    c.scaleTotal = total;
    return c;
}

// Pixels near this colour in a picture of the widget.
int pixelsNear(QWidget* widget, const QColor& colour)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 24 && std::abs(c.green() - colour.green()) < 24
                && std::abs(c.blue() - colour.blue()) < 24)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("The Mentees page lists every episode with its status and narrows as the user types")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MenteesPage page(worker);
    showActive(&page);

    // Referred and closed episodes are listed too, each with its status.
    const QAbstractItemModel* rows = page.proxy();
    REQUIRE(rows->rowCount() == 4);
    QStringList names = column(rows, MenteeListModel::Name);
    names.sort();
    CHECK(names
        == QStringList { QStringLiteral("Adam Brook"), QStringLiteral("Chris Dale"),
            QStringLiteral("Eli Hart"), QString::fromUtf8("Zoë Ward") });
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString name = rows->index(row, MenteeListModel::Name).data().toString();
        const QString status = rows->index(row, MenteeListModel::Status).data().toString();
        INFO(name.toStdString());
        if (name == QStringLiteral("Adam Brook"))
            CHECK(status == MenteeEpisode::statusLabel(MenteeEpisode::Stage::Referred));
        else if (name == QStringLiteral("Chris Dale"))
            CHECK(status == MenteeEpisode::statusLabel(MenteeEpisode::Stage::Closed));
        else
            CHECK(status == MenteeEpisode::statusLabel(MenteeEpisode::Stage::Active));
    }

    // Without the accent, in any case.
    search(page, QStringLiteral("ZOE"));
    REQUIRE(rows->rowCount() == 1);
    CHECK(rows->index(0, MenteeListModel::Name).data().toString() == QString::fromUtf8("Zoë Ward"));
    CHECK(page.currentEpisodeId() == wing.zoe);

    // Part of a prison number, in lower case.
    search(page, QStringLiteral("a10"));
    REQUIRE(rows->rowCount() == 1);
    CHECK(rows->index(0, MenteeListModel::Name).data().toString() == QStringLiteral("Chris Dale"));

    search(page, QStringLiteral("nobody like this"));
    CHECK(rows->rowCount() == 0);
    CHECK(child<QLabel>(&page, "menteesCount")->text().contains(QStringLiteral("nobody like this")));

    // Enter in the search field searches at once and moves into the table;
    // Enter there asks for the record.
    QLineEdit* field = page.searchField();
    field->clear();
    QTest::keyClicks(field, QStringLiteral("hart"));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(rows->rowCount() == 1);
    CHECK(page.view()->hasFocus());
    QSignalSpy requested(&page, &MenteesPage::menteeRequested);
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toLongLong() == wing.eli);

    // Double-click asks for it too.
    const QRect cell = page.view()->visualRect(page.view()->model()->index(0, MenteeListModel::Name));
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(requested.count() == 2);
    CHECK(requested.at(1).at(0).toLongLong() == wing.eli);
}

TEST_CASE("A new referral for a new prisoner is recorded through the dialog")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MenteesPage page(worker);
    showActive(&page);
    QPushButton* refer = child<QPushButton>(&page, "newReferralButton");
    REQUIRE(refer->isVisible());

    SECTION("Esc cancels and records nothing")
    {
        const QString before = fingerprint(worker);
        QTest::mouseClick(refer, Qt::LeftButton);
        auto* dialog = openedDialog<ReferralDialog>(&page);
        QTest::keyClick(dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog->isVisible());
        CHECK(fingerprint(worker) == before);
    }

    SECTION("Saved with Enter, with baseline, consent and ACCT")
    {
        QSignalSpy referred(&page, &MenteesPage::referred);
        QTest::mouseClick(refer, Qt::LeftButton);
        auto* dialog = openedDialog<ReferralDialog>(&page);
        QTest::mouseClick(child<QRadioButton>(dialog, "newPrisoner"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "prisonNumber"), QStringLiteral("b2345cd"));
        QTest::keyClicks(child<QLineEdit>(dialog, "fullName"), QString::fromUtf8("Dan Éclair"));
        auto* source = child<QComboBox>(dialog, "referralSource");
        source->setCurrentIndex(source->findData(int(MenteeEpisode::ReferralSource::Healthcare)));
        QTest::keyClicks(
            child<QLineEdit>(dialog, "referralReason"), QStringLiteral("Low mood since sentencing"));
        child<QCheckBox>(dialog, "selfHarmEver")->setChecked(true);
        child<QCheckBox>(dialog, "selfHarmYear")->setChecked(true);
        auto* suicidal = child<QComboBox>(dialog, "baselineSuicidal");
        suicidal->setCurrentIndex(suicidal->findData(int(MenteeEpisode::BaselineSuicidal::Thoughts)));
        child<QCheckBox>(dialog, "consentGiven")->setChecked(true);
        child<QCheckBox>(dialog, "acctOpen")->setChecked(true);
        QLineEdit* acct = child<QLineEdit>(dialog, "acctReference");
        QTest::keyClicks(acct, QStringLiteral("ACCT-77"));
        QTest::keyClick(acct, Qt::Key_Return);

        INFO(dialog->errorMessage().toStdString());
        REQUIRE(QTest::qWaitFor([&] { return !dialog->isVisible(); }));
        REQUIRE(referred.count() == 1);
        const qint64 id = referred.at(0).at(0).toLongLong();

        const Result<Prisoner> dan = PrisonerService(worker).findByPrisonNumber(QStringLiteral("B2345CD"));
        REQUIRE(dan.ok());
        CHECK(dan->fullName == QString::fromUtf8("Dan Éclair"));
        const MenteeEpisode e = episode(worker, id);
        CHECK(e.prisonerId == dan->id);
        CHECK(e.status == MenteeEpisode::Stage::Referred);
        CHECK(e.referredOn == today(wing.ts));
        CHECK(e.referralSource == MenteeEpisode::ReferralSource::Healthcare);
        CHECK(e.referralReason == QStringLiteral("Low mood since sentencing"));
        CHECK(e.baselineSelfHarmEver);
        CHECK(e.baselineSelfHarmYear);
        CHECK_FALSE(e.baselineSelfHarmCurrent);
        CHECK(e.baselineSuicidalYear == MenteeEpisode::BaselineSuicidal::Thoughts);
        CHECK(e.consentOn == today(wing.ts));
        CHECK(e.acctOpen);
        CHECK(e.acctReference == QStringLiteral("ACCT-77"));

        // The page lists the new episode and stands on it.
        CHECK(page.model()->rowCount() == 5);
        CHECK(page.currentEpisodeId() == id);
    }

    SECTION("An existing prisoner with an open episode is refused by core")
    {
        QTest::mouseClick(refer, Qt::LeftButton);
        auto* dialog = openedDialog<ReferralDialog>(&page);
        QLineEdit* find = child<QLineEdit>(dialog, "findPrisoner");
        QTest::keyClicks(find, QStringLiteral("hart"));
        auto* list = child<QListWidget>(dialog, "prisonerList");
        REQUIRE(list->count() == 1);
        const QString before = fingerprint(worker);
        QTest::keyClick(find, Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorMessage().contains(QStringLiteral("already has an open episode")));
        CHECK(fingerprint(worker) == before);
    }

    SECTION("An existing prisoner without an open episode is referred")
    {
        QTest::mouseClick(refer, Qt::LeftButton);
        auto* dialog = openedDialog<ReferralDialog>(&page);
        QLineEdit* find = child<QLineEdit>(dialog, "findPrisoner");
        QTest::keyClicks(find, QStringLiteral("chris"));
        REQUIRE(child<QListWidget>(dialog, "prisonerList")->count() == 1);
        QTest::keyClicks(child<QLineEdit>(dialog, "referralReason"), QStringLiteral("Back on the wing"));
        QTest::keyClick(child<QLineEdit>(dialog, "referralReason"), Qt::Key_Return);
        INFO(dialog->errorMessage().toStdString());
        REQUIRE_FALSE(dialog->isVisible());
        const MenteeEpisode e = episode(worker, dialog->episodeId());
        CHECK(e.prisonerId == episode(worker, wing.chris).prisonerId);
        CHECK(e.status == MenteeEpisode::Stage::Referred);
        CHECK_FALSE(e.consentOn.isValid());
        CHECK_FALSE(e.acctOpen);
    }
}

TEST_CASE("A bad prison number is refused with core's message and the referral keeps its input")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    ReferralDialog dialog(worker);
    showActive(&dialog);
    QTest::mouseClick(child<QRadioButton>(&dialog, "newPrisoner"), Qt::LeftButton);
    QLineEdit* number = child<QLineEdit>(&dialog, "prisonNumber");
    QLineEdit* name = child<QLineEdit>(&dialog, "fullName");
    QTest::keyClicks(number, QStringLiteral("12345"));
    QTest::keyClicks(name, QStringLiteral("Fay Gold"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "referralReason"), QStringLiteral("Asked for a mentor"));
    const QString before = fingerprint(worker);

    QTest::keyClick(name, Qt::Key_Return);
    CHECK(dialog.isVisible());
    // Core's own words, not a copy in the dialog.
    Prisoner bad;
    bad.prisonNumber = QStringLiteral("12345");
    bad.fullName = QStringLiteral("Fay Gold");
    const QString coreMessage = PrisonerService(worker).problem(bad);
    REQUIRE_FALSE(coreMessage.isEmpty());
    CHECK(dialog.errorMessage() == coreMessage);
    CHECK(number->text() == QStringLiteral("12345"));
    CHECK(name->text() == QStringLiteral("Fay Gold"));
    CHECK(child<QLineEdit>(&dialog, "referralReason")->text() == QStringLiteral("Asked for a mentor"));
    CHECK(fingerprint(worker) == before);

    // Mended, it saves.
    number->clear();
    QTest::keyClicks(number, QStringLiteral("F1234GH"));
    QTest::keyClick(number, Qt::Key_Return);
    INFO(dialog.errorMessage().toStdString());
    CHECK_FALSE(dialog.isVisible());
    CHECK(PrisonerService(worker).findByPrisonNumber(QStringLiteral("F1234GH")).ok());
}

TEST_CASE("A mentor is allocated through the mentee record")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MenteeRecordDialog record(worker, wing.eli);
    showActive(&record);
    CHECK(record.mentorsText().contains(QStringLiteral("none")));
    QSignalSpy changed(&record, &MenteeRecordDialog::changed);

    QPushButton* allocate = child<QPushButton>(&record, "allocateMentorButton");
    REQUIRE(allocate->isVisible());
    REQUIRE(allocate->isEnabled());
    QTest::mouseClick(allocate, Qt::LeftButton);
    auto* dialog = openedDialog<AllocateMentorDialog>(&record);

    // Only active mentors: Ann and Bob, not paused Pat.
    auto* list = child<QListWidget>(dialog, "mentorList");
    QList<qint64> listed;
    for (int row = 0; row < list->count(); ++row)
        listed << list->item(row)->data(AllocateMentorDialog::MentorIdRole).toLongLong();
    std::sort(listed.begin(), listed.end());
    CHECK(listed == QList<qint64> { wing.ann, wing.bob });
    for (int row = 0; row < list->count(); ++row)
        CHECK(list->item(row)->text().contains(QStringLiteral("0 of")));

    REQUIRE(dialog->chooseMentor(wing.bob));
    CHECK_FALSE(dialog->reasonOffered());
    QTest::keyClick(list, Qt::Key_Return);
    INFO(dialog->errorMessage().toStdString());
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isVisible(); }));

    const QList<MenteeService::Allocation> current = currentAllocations(worker, wing.eli);
    REQUIRE(current.size() == 1);
    CHECK(current.first().mentorId == wing.bob);
    CHECK(current.first().allocatedOn == today(wing.ts));
    CHECK(current.first().capacityOverrideReason.isEmpty());
    CHECK(record.mentorsText().contains(QStringLiteral("Bob Mentor")));
    CHECK(changed.count() == 1);

    // Bob is not offered twice.
    QTest::mouseClick(allocate, Qt::LeftButton);
    auto* again = openedDialog<AllocateMentorDialog>(&record);
    CHECK_FALSE(again->chooseMentor(wing.bob));
    CHECK(again->chooseMentor(wing.ann));
    QTest::keyClick(again, Qt::Key_Escape);
    CHECK(currentAllocations(worker, wing.eli).size() == 1);

    // A session logged from the record starts with the mentee's own mentor,
    // although two mentors are active.
    QTest::mouseClick(child<QPushButton>(&record, "logSessionButton"), Qt::LeftButton);
    auto* session = openedDialog<SessionDialog>(&record);
    CHECK(child<QComboBox>(session, "mentorCombo")->currentData().toLongLong() == wing.bob);
    QTest::keyClick(session, Qt::Key_Escape);
}

TEST_CASE("Beyond a mentor's capacity a support worker is refused and a nurse with a reason succeeds")
{
    Wing wing;
    // Ann's one place goes to Zoë.
    requireOk(MenteeService(*wing.ts.session).allocate(wing.zoe, wing.ann, today(wing.ts)).status());

    SECTION("A support worker is not asked for a reason, and core refuses")
    {
        UserSession& worker = wing.ts.signInAs(Worker);
        MenteeRecordDialog record(worker, wing.eli);
        showActive(&record);
        QTest::mouseClick(child<QPushButton>(&record, "allocateMentorButton"), Qt::LeftButton);
        auto* dialog = openedDialog<AllocateMentorDialog>(&record);
        REQUIRE(dialog->chooseMentor(wing.ann));
        CHECK(child<QListWidget>(dialog, "mentorList")
                  ->currentItem()
                  ->text()
                  .contains(QStringLiteral("1 of 1")));
        CHECK_FALSE(dialog->reasonOffered());
        CHECK(child<QLabel>(dialog, "capacityNote")->isVisible());
        const QString before = fingerprint(worker);
        QTest::keyClick(child<QListWidget>(dialog, "mentorList"), Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorMessage().contains(QStringLiteral("Ann Mentor already has 1 mentees")));
        CHECK(dialog->errorMessage().contains(QStringLiteral("must give a reason")));
        CHECK(fingerprint(worker) == before);
        CHECK(currentAllocations(worker, wing.eli).isEmpty());
    }

    SECTION("A nurse gives a reason")
    {
        UserSession& nurse = wing.ts.signInAs(Nurse);
        MenteeRecordDialog record(nurse, wing.eli);
        showActive(&record);
        QTest::mouseClick(child<QPushButton>(&record, "allocateMentorButton"), Qt::LeftButton);
        auto* dialog = openedDialog<AllocateMentorDialog>(&record);
        REQUIRE(dialog->chooseMentor(wing.bob));
        CHECK_FALSE(dialog->reasonOffered());
        REQUIRE(dialog->chooseMentor(wing.ann));
        REQUIRE(dialog->reasonOffered());
        QLineEdit* reason = child<QLineEdit>(dialog, "overrideReason");

        // Without a reason core refuses, and the dialog says so.
        QTest::keyClick(reason, Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorMessage().contains(QStringLiteral("must give a reason")));
        CHECK(currentAllocations(nurse, wing.eli).isEmpty());

        QTest::keyClicks(reason, QStringLiteral("Same landing; Ann knows him"));
        QTest::keyClick(reason, Qt::Key_Return);
        INFO(dialog->errorMessage().toStdString());
        REQUIRE(QTest::qWaitFor([&] { return !dialog->isVisible(); }));
        const QList<MenteeService::Allocation> current = currentAllocations(nurse, wing.eli);
        REQUIRE(current.size() == 1);
        CHECK(current.first().mentorId == wing.ann);
        CHECK(current.first().capacityOverrideReason == QStringLiteral("Same landing; Ann knows him"));
        CHECK(record.mentorsText().contains(QStringLiteral("Ann Mentor")));
    }
}

TEST_CASE("An episode is closed through the mentee record, and not while a concern waits")
{
    Wing wing;
    UserSession& admin = *wing.ts.session;
    requireOk(MenteeService(admin).allocate(wing.zoe, wing.bob, today(wing.ts).addDays(-10)).status());

    SECTION("Closed with its outcomes; the allocation ends")
    {
        UserSession& worker = wing.ts.signInAs(Worker);
        MenteeRecordDialog record(worker, wing.zoe);
        showActive(&record);
        QPushButton* close = child<QPushButton>(&record, "closeEpisodeButton");
        REQUIRE(close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        auto* dialog = openedDialog<CloseEpisodeDialog>(&record);
        auto* reason = child<QComboBox>(dialog, "closureReason");
        reason->setCurrentIndex(reason->findData(int(MenteeEpisode::ClosureReason::GoalsMet)));
        child<QCheckBox>(dialog, "outcomeEducationWork")->setChecked(true);
        QLineEdit* notes = child<QLineEdit>(dialog, "outcomeNotes");
        QTest::keyClicks(notes, QStringLiteral("Started the kitchen course"));
        QTest::keyClick(notes, Qt::Key_Return);
        INFO(dialog->errorMessage().toStdString());
        REQUIRE(QTest::qWaitFor([&] { return !dialog->isVisible(); }));

        const MenteeEpisode e = episode(worker, wing.zoe);
        CHECK(e.status == MenteeEpisode::Stage::Closed);
        CHECK(e.closedOn == today(wing.ts));
        CHECK(e.closureReason == MenteeEpisode::ClosureReason::GoalsMet);
        CHECK(e.outcomeEducationWork);
        CHECK_FALSE(e.outcomeBecameMentor);
        CHECK(e.outcomeNotes == QStringLiteral("Started the kitchen course"));
        CHECK(currentAllocations(worker, wing.zoe).isEmpty());
        CHECK(record.headerText().contains(MenteeEpisode::statusLabel(MenteeEpisode::Stage::Closed)));
        CHECK_FALSE(close->isEnabled());
        CHECK_FALSE(child<QPushButton>(&record, "allocateMentorButton")->isEnabled());
    }

    SECTION("Refused while a concern waits for review")
    {
        CheckIn risky = checkIn(wing.zoe, today(wing.ts).addDays(-1), 2);
        risky.selfHarm = CheckIn::SelfHarm::Act;
        Result<CheckInService::Recorded> recorded = CheckInService(admin).record(risky);
        REQUIRE(recorded.ok());
        REQUIRE(recorded->concernId);

        UserSession& worker = wing.ts.signInAs(Worker);
        MenteeRecordDialog record(worker, wing.zoe);
        showActive(&record);
        QTest::mouseClick(child<QPushButton>(&record, "closeEpisodeButton"), Qt::LeftButton);
        auto* dialog = openedDialog<CloseEpisodeDialog>(&record);
        QLineEdit* notes = child<QLineEdit>(dialog, "outcomeNotes");
        QTest::keyClicks(notes, QStringLiteral("Wants to stop"));
        const QString before = fingerprint(worker);
        QTest::keyClick(notes, Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(dialog->errorMessage().contains(QStringLiteral("waiting for a nurse's review")));
        CHECK(notes->text() == QStringLiteral("Wants to stop"));
        CHECK(fingerprint(worker) == before);
        CHECK(episode(worker, wing.zoe).status == MenteeEpisode::Stage::Active);
        // What was typed is thrown away only when the worker says so.
        QTest::keyClick(dialog, Qt::Key_Escape);
        auto* ask = dialog->findChild<QMessageBox*>(QStringLiteral("discardQuestion"));
        REQUIRE(ask);
        CHECK(dialog->isVisible());
        child<QPushButton>(ask, "discardButton")->click();
        CHECK_FALSE(dialog->isVisible());
    }
}

TEST_CASE("The record's wellbeing chart has a point for each rated check-in")
{
    Wing wing;
    UserSession& admin = *wing.ts.session;
    const QDate today = test::today(wing.ts);

    MenteeRecordDialog empty(admin, wing.eli);
    WellbeingChart* emptyChart = empty.chart();
    REQUIRE(emptyChart);
    CHECK(emptyChart->ratingPointCount() == 0);
    CHECK(emptyChart->emptyText().contains(QStringLiteral("No check-ins yet")));

    CheckInService checkIns(admin);
    for (const CheckIn& c : { checkIn(wing.zoe, today.addDays(-15), 4),
             checkIn(wing.zoe, today.addDays(-12), std::nullopt, QStringLiteral("SWEMWBS"), 19),
             checkIn(wing.zoe, today.addDays(-8), 6), checkIn(wing.zoe, today.addDays(-4), std::nullopt),
             checkIn(wing.zoe, today.addDays(-2), 7, QStringLiteral("SWEMWBS"), 24) })
        REQUIRE(checkIns.record(c).ok());

    MenteeRecordDialog record(admin, wing.zoe);
    WellbeingChart* chart = record.chart();
    REQUIRE(chart);
    CHECK(chart->emptyText().isEmpty());
    REQUIRE(chart->ratingPointCount() == 3);
    CHECK(chart->ratingPoints().at(0).value == 4);
    CHECK(chart->ratingPoints().at(1).value == 6);
    CHECK(chart->ratingPoints().at(2).value == 7);
    CHECK(chart->ratingPoints().at(2).date == today.addDays(-2));
    REQUIRE(chart->scalePointCount() == 2);
    CHECK(chart->scalePoints().at(0).value == 19);

    // Painted: the rating line's colour is on screen, and not when empty.
    const QColor ratingColour(0x1f, 0x5f, 0xbf);
    chart->resize(600, 220);
    emptyChart->resize(600, 220);
    // The legend and the axis labels use the colour too, but the line
    // across the plot accounts for most of it.
    CHECK(pixelsNear(chart, ratingColour) > 400);
    CHECK(pixelsNear(emptyChart, ratingColour) == 0);

    // A check-in recorded later shows after a reload.
    REQUIRE(checkIns.record(checkIn(wing.zoe, today, 8)).ok());
    record.reload();
    CHECK(chart->ratingPointCount() == 4);

    // Check-ins with no rating and no total leave words, not an empty chart.
    REQUIRE(checkIns.record(checkIn(wing.eli, today, std::nullopt)).ok());
    empty.reload();
    CHECK(emptyChart->ratingPointCount() == 0);
    CHECK(emptyChart->emptyText()
        == QStringLiteral("The check-in has no wellbeing rating or scale total to draw."));
}

// Pictures for a person to look at: run with "[.shots]" under Xvfb and
// WINGMATE_SHOTS_DIR set.
TEST_CASE("Screenshots of the Mentees page and a mentee record", "[.shots]")
{
    const QString dir = qEnvironmentVariable("WINGMATE_SHOTS_DIR", QDir::tempPath());
    Wing wing;
    UserSession& admin = *wing.ts.session;
    const QDate today = test::today(wing.ts);
    requireOk(MenteeService(admin).allocate(wing.zoe, wing.bob, today.addDays(-17)).status());
    int rating = 3;
    for (int day = -17; day <= 0; day += 3) {
        const bool scale = (day + 17) % 6 == 0;
        REQUIRE(CheckInService(admin)
                    .record(checkIn(wing.zoe, today.addDays(day), rating,
                        scale ? QStringLiteral("SWEMWBS") : QString(),
                        scale ? std::optional<int>(14 + 2 * rating) : std::nullopt))
                    .ok());
        rating = std::min(10, rating + (day % 2 ? 2 : -1));
    }
    MenteesPage page(admin);
    page.resize(1000, 500);
    showActive(&page);
    CHECK(page.grab().save(dir + QStringLiteral("/mentees-page.png")));
    MenteeRecordDialog record(admin, wing.zoe);
    showActive(&record);
    CHECK(record.grab().save(dir + QStringLiteral("/mentee-record.png")));
    QTest::mouseClick(child<QPushButton>(&record, "allocateMentorButton"), Qt::LeftButton);
    auto* allocate = openedDialog<AllocateMentorDialog>(&record);
    allocate->chooseMentor(wing.ann);
    CHECK(allocate->grab().save(dir + QStringLiteral("/allocate-mentor.png")));
    allocate->reject();
    ReferralDialog referral(admin);
    showActive(&referral);
    CHECK(referral.grab().save(dir + QStringLiteral("/referral.png")));
}
