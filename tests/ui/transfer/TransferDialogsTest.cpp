// Transfer out, transfer import and the retention purge, driven through real
// widgets on real vaults.
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "admin/RetentionDialog.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentors/MentorRecordDialog.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "transfer/TransferImportDialog.h"
#include "transfer/TransferOutDialog.h"
#include "widgets/ErrorPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

const QRegularExpression CodePattern(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$"));

void click(QPushButton* button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// With WINGMATE_SHOTS_DIR set, keeps a picture of the window for a person
// to look at.
void shot(QWidget* window, const char* name)
{
    const QString folder = qEnvironmentVariable("WINGMATE_SHOTS_DIR");
    if (!folder.isEmpty())
        CHECK(window->grab().save(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

} // namespace

TEST_CASE(
    "A mentee's record offers Transfer out to those allowed, and the code is shown once the package is made")
{
    prepareWidgetTest();
    TestSession sender;
    const qint64 episode = addEpisode(sender, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    {
        // Still in custody: offered, but off, saying why.
        MenteeRecordDialog record(*sender.session, episode);
        showActive(&record);
        auto* transfer = child<QPushButton>(&record, "transferOutButton");
        CHECK(transfer->isVisible());
        CHECK_FALSE(transfer->isEnabled());
        CHECK(transfer->toolTip().contains(QStringLiteral("transferred or released")));
    }
    requireOk(
        MenteeService(*sender.session)
            .close(episode, { today(sender), MenteeEpisode::ClosureReason::Transferred, false, false, {} }));
    {
        MenteeRecordDialog record(*sender.session, episode);
        showActive(&record);
        CHECK(child<QPushButton>(&record, "transferOutButton")->isEnabled());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dan.wmtransfer"));

    TransferOutDialog out(*sender.session, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    showActive(&out);
    auto* make = child<QPushButton>(&out, "makePackageButton");
    CHECK_FALSE(make->isEnabled()); // no destination yet
    typeInto(child<QLineEdit>(&out, "destinationEdit"), QStringLiteral("HMP Receiver"));
    CHECK(child<QLabel>(&out, "summaryLabel")->text().contains(QStringLiteral("HMP Receiver")));
    typeInto(child<QLineEdit>(&out, "fileEdit"), path);
    click(make);
    auto* codeLabel = child<QLabel>(&out, "codeLabel");
    REQUIRE(waitUntil([&] { return codeLabel->isVisible(); }));
    const QString code = codeLabel->text();
    CHECK(CodePattern.match(code).hasMatch());
    CHECK(code == out.code());
    shot(&out, "transfer-out-code");
    CHECK(QFile::exists(path));
    click(child<QPushButton>(&out, "copyCodeButton"));
    CHECK(QApplication::clipboard()->text() == code);
    click(child<QPushButton>(&out, "finishedButton"));
    CHECK(out.result() == QDialog::Accepted);

    // The receiving wing: a wrong code first, then the right one.
    TestSession receiver;
    TransferImportDialog in(*receiver.session);
    QSignalSpy imported(&in, &TransferImportDialog::imported);
    showActive(&in);
    auto* importButton = child<QPushButton>(&in, "importButton");
    CHECK_FALSE(importButton->isEnabled());
    typeInto(child<QLineEdit>(&in, "fileEdit"), path);
    typeInto(child<QLineEdit>(&in, "codeEdit"), QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"));
    click(child<QPushButton>(&in, "previewButton"));
    CHECK(child<ErrorPanel>(&in, "errorPanel")->message().contains(QStringLiteral("code is wrong")));
    CHECK_FALSE(importButton->isEnabled());

    typeInto(child<QLineEdit>(&in, "codeEdit"), code.toLower());
    click(child<QPushButton>(&in, "previewButton"));
    CHECK(in.previewText().contains(QStringLiteral("Dan Mover")));
    CHECK(in.previewText().contains(QStringLiteral("new here")));
    shot(&in, "transfer-import-preview");
    CHECK(scalar(*receiver.session, QStringLiteral("SELECT count(*) FROM prisoners")) == 0);
    click(importButton);
    CHECK(imported.count() == 1);
    CHECK(in.previewText().contains(QStringLiteral("Imported")));
    CHECK(scalar(*receiver.session, QStringLiteral("SELECT count(*) FROM mentee_episodes")) == 1);

    // Previewing again shows the conflict and offers no import.
    click(child<QPushButton>(&in, "previewButton"));
    CHECK(in.previewText().contains(QStringLiteral("Conflicts")));
    shot(&in, "transfer-import-conflicts");
    CHECK_FALSE(importButton->isEnabled());
}

TEST_CASE("Transfer out is offered on mentor records too, and not to a mental health nurse")
{
    prepareWidgetTest();
    TestSession ts;
    const qint64 episode = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    const qint64 mentor = addMentor(*ts.session, QStringLiteral("M1000AA"), QStringLiteral("Max Mentor"));
    {
        MentorRecordDialog record(*ts.session, mentor);
        showActive(&record);
        CHECK_FALSE(child<QPushButton>(&record, "transferOutButton")->isEnabled());
    }
    Result<Prisoner> max = PrisonerService(*ts.session).findByPrisonNumber(QStringLiteral("M1000AA"));
    requireOk(max.status());
    max->status = Prisoner::CustodyStatus::Transferred;
    max->statusDate = today(ts);
    requireOk(PrisonerService(*ts.session).update(*max));
    {
        MentorRecordDialog record(*ts.session, mentor);
        showActive(&record);
        click(child<QPushButton>(&record, "transferOutButton"));
        auto* out = record.findChild<TransferOutDialog*>();
        REQUIRE(out);
        CHECK(out->windowTitle().contains(QStringLiteral("Max Mentor")));
        out->reject();
    }
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    ts.signInAs(QStringLiteral("nurse"));
    MenteeRecordDialog record(*ts.session, episode);
    showActive(&record);
    CHECK_FALSE(child<QPushButton>(&record, "transferOutButton")->isVisible());
    MentorRecordDialog mentorRecord(*ts.session, mentor);
    CHECK_FALSE(mentorRecord.findChild<QPushButton*>(QStringLiteral("transferOutButton")));
}

TEST_CASE("The retention dialog previews the purge and deletes only after the deletion is acknowledged")
{
    prepareWidgetTest();
    TestSession ts;
    const qint64 episode = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    requireOk(MenteeService(*ts.session)
                  .close(episode, { today(ts), MenteeEpisode::ClosureReason::Released, false, false, {} }));
    ts.clock.advance(3LL * 366 * 24 * 3600);
    ts.signInAs(AdminName);

    RetentionDialog dialog(*ts.session);
    QSignalSpy purged(&dialog, &RetentionDialog::purged);
    showActive(&dialog);
    auto* years = child<QSpinBox>(&dialog, "yearsSpin");
    CHECK(years->value() == 0);
    click(child<QPushButton>(&dialog, "previewPurgeButton"));
    CHECK(child<ErrorPanel>(&dialog, "errorPanel")->message().contains(QStringLiteral("Retention is off")));

    years->setValue(2);
    click(child<QPushButton>(&dialog, "saveYearsButton"));
    CHECK(ts.session->settings().integer(Setting::RetentionYears) == 2);
    click(child<QPushButton>(&dialog, "previewPurgeButton"));
    CHECK(dialog.countsText().contains(QStringLiteral("Prisoners: 1")));
    auto* remove = child<QPushButton>(&dialog, "deleteRecordsButton");
    REQUIRE(remove->isVisible());
    CHECK(remove->text().contains(QStringLiteral("Delete 2 records")));
    CHECK_FALSE(remove->isEnabled());
    QTest::mouseClick(child<QCheckBox>(&dialog, "understoodCheck"), Qt::LeftButton);
    shot(&dialog, "retention-preview");
    click(remove);
    CHECK(purged.count() == 1);
    CHECK(dialog.countsText().contains(QStringLiteral("Deleted 2 records")));
    CHECK(scalar(*ts.session, QStringLiteral("SELECT count(*) FROM prisoners")) == 0);
}
