// A referral is turned into active support from the mentee's record:
// consent and the start day, refused plainly when the dates are wrong.
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentees/StartSupportDialog.h"
#include "services/MenteeService.h"
#include "widgets/ErrorPanel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

StartSupportDialog* openStart(MenteeRecordDialog& record)
{
    QPushButton* start = child<QPushButton>(&record, "startSupportButton");
    REQUIRE(start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    auto* dialog = record.findChild<StartSupportDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

void save(StartSupportDialog* dialog)
{
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "startSupportButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("A referral starts support from the mentee's record, with consent and a start day")
{
    prepareWidgetTest();
    TestSession ts;
    ts.addAccount(Nurse, UserRole::MentalHealthNurse);
    const qint64 episode = addEpisode(
        ts, QStringLiteral("A1000AA"), QStringLiteral("Adam Brook"), { .referred = 10, .activate = false });
    const qint64 active = addEpisode(ts, QStringLiteral("A2000AA"), QStringLiteral("Bea Cole"));

    // An active episode has nothing to start.
    {
        MenteeRecordDialog record(*ts.session, active);
        showActive(&record);
        CHECK_FALSE(child<QPushButton>(&record, "startSupportButton")->isVisible());
    }

    MenteeRecordDialog record(*ts.session, episode);
    showActive(&record);
    QSignalSpy changed(&record, &MenteeRecordDialog::changed);
    StartSupportDialog* dialog = openStart(record);

    // Before the referral: refused in core's words, the dialog stays, nothing changes.
    const QString before = fingerprint(*ts.session);
    child<QDateEdit>(dialog, "consentOn")->setDate(today(ts).addDays(-30));
    save(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(child<ErrorPanel>(dialog, "errorPanel")->message().isEmpty());
    CHECK(fingerprint(*ts.session) == before);
    CHECK(changed.count() == 0);

    // Consent two days ago, support from yesterday.
    child<QDateEdit>(dialog, "consentOn")->setDate(today(ts).addDays(-2));
    child<QDateEdit>(dialog, "startedOn")->setDate(today(ts).addDays(-1));
    save(dialog);
    REQUIRE(changed.count() == 1);
    const Result<MenteeEpisode> stored = MenteeService(*ts.session).get(episode);
    REQUIRE(stored.ok());
    CHECK(stored->status == MenteeEpisode::Stage::Active);
    CHECK(stored->consentOn == today(ts).addDays(-2));
    CHECK(stored->activatedOn == today(ts).addDays(-1));
    CHECK_FALSE(child<QPushButton>(&record, "startSupportButton")->isVisible());
}
