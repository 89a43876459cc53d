// The windows' save paths: owner-only files, never through a link, an
// existing file replaced only when confirmed; and the transfer code taken off
// the clipboard after a minute and on lock.
#include "FileModes.h"
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "admin/AuditPage.h"
#include "services/MenteeService.h"
#include "shell/MainWindow.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"
#include "transfer/TransferOutDialog.h"
#include "widgets/ClipboardSecret.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>
#include <sys/stat.h>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

// What the countdown's end does: its own timeout signal, not a shortcut.
void runOut(const QTimer* timer)
{
    REQUIRE(timer->isActive());
    CHECK(timer->interval() == ClipboardSecret::ClearAfterMs);
    REQUIRE(QMetaObject::invokeMethod(const_cast<QTimer*>(timer), "timeout"));
}

} // namespace

TEST_CASE("The audit log's export is owner-only, refuses a link and replaces a file only when confirmed")
{
    prepareWidgetTest();
    const Umask permissive(0);
    TestSession ts;
    AuditPage page(*ts.session);
    showActive(&page);
    page.fromEdit()->setDate(QDate(2020, 1, 1));
    page.toEdit()->setDate(QDate(2030, 1, 1));
    REQUIRE(page.reload());
    QTemporaryDir dir;

    const QString fresh = dir.filePath(QStringLiteral("audit.txt"));
    REQUIRE(page.exportTo(fresh));
    CHECK(modeOf(fresh) == 0600);

    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    writeWithMode(victim, "someone else's file\n", 0644);
    const QByteArray victimSum = sha256(victim);
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    REQUIRE(QFile::link(victim, link));
    CHECK_FALSE(page.exportTo(link, ExistingFile::Replace));
    CHECK(page.errorMessage().contains(QStringLiteral("link")));
    CHECK(sha256(victim) == victimSum);
    CHECK(modeOf(victim) == 0644);

    const QString existing = dir.filePath(QStringLiteral("old.txt"));
    writeWithMode(existing, "an older export\n", 0644);
    const QByteArray before = sha256(existing);
    CHECK_FALSE(page.exportTo(existing));
    CHECK(sha256(existing) == before);
    // Confirmed (what the save dialog's "replace it?" yes passes).
    REQUIRE(page.exportTo(existing, ExistingFile::Replace));
    CHECK(sha256(existing) != before);
    CHECK(modeOf(existing) == 0600);
}

TEST_CASE("The transfer package is owner-only and its code leaves the clipboard after a minute")
{
    prepareWidgetTest();
    const Umask permissive(0);
    TestSession sender;
    const qint64 episode = addEpisode(sender, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    requireOk(
        MenteeService(*sender.session)
            .close(episode, { today(sender), MenteeEpisode::ClosureReason::Transferred, false, false, {} }));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dan.wmtransfer"));
    TransferOutDialog out(*sender.session, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
    showActive(&out);
    typeInto(child<QLineEdit>(&out, "destinationEdit"), QStringLiteral("HMP Receiver"));
    typeInto(child<QLineEdit>(&out, "fileEdit"), path);
    QTest::mouseClick(child<QPushButton>(&out, "makePackageButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return child<QLabel>(&out, "codeLabel")->isVisible(); }));
    CHECK(modeOf(path) == 0600);
    const QString code = out.code();
    REQUIRE_FALSE(code.isEmpty());

    QTest::mouseClick(child<QPushButton>(&out, "copyCodeButton"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == code);
    runOut(ClipboardSecret::instance().timer());
    CHECK(QApplication::clipboard()->text().isEmpty());

    // Something copied since is the user's, and stays.
    QTest::mouseClick(child<QPushButton>(&out, "copyCodeButton"), Qt::LeftButton);
    QApplication::clipboard()->setText(QStringLiteral("a note of my own"));
    runOut(ClipboardSecret::instance().timer());
    CHECK(QApplication::clipboard()->text() == QStringLiteral("a note of my own"));
}

TEST_CASE("Locking takes the transfer code off the clipboard")
{
    prepareWidgetTest();
    TestSession ts;
    ts.session.reset();
    StartController controller(ts.clock);
    controller.start(ts.path());
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    typeInto(child<QLineEdit>(unlock, "usernameEdit"), AdminName);
    typeInto(child<QLineEdit>(unlock, "passwordEdit"), AdminPassword);
    QTest::keyClick(child<QLineEdit>(unlock, "passwordEdit"), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return qobject_cast<MainWindow*>(controller.currentWindow()) != nullptr; }));

    const QString code = QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789");
    ClipboardSecret::instance().copy(code);
    REQUIRE(QApplication::clipboard()->text() == code);
    controller.lock();
    CHECK(controller.session()->isLocked());
    CHECK(QApplication::clipboard()->text().isEmpty());
    CHECK_FALSE(ClipboardSecret::instance().timer()->isActive());
}
