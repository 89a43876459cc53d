// `wingmate --demo`: a throwaway demonstration wing, its accounts offered on
// the unlock window, never remembered in place of the wing's own vault, and
// deleted when the program ends.
#include "WidgetTests.h"
#include "caseload/CaseloadPage.h"
#include "services/UserSession.h"
#include "shell/MainWindow.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"
#include "start/VaultFolders.h"
#include "storage/Vault.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

TEST_CASE("The demonstration start makes a made-up wing, offers its accounts and deletes it at the end")
{
    prepareWidgetTest();
    const QString remembered = rememberedVaultFolder();
    QString folder;
    {
        StartController controller;
        controller.startDemo();
        folder = controller.demoFolder();
        REQUIRE_FALSE(folder.isEmpty());
        // Progress shows while the wing is made.
        REQUIRE(controller.currentWindow());
        CHECK(controller.currentWindow()->objectName() == QStringLiteral("demoProgress"));

        REQUIRE(waitUntil(
            [&controller] { return qobject_cast<UnlockWindow*>(controller.currentWindow()) != nullptr; },
            300000));
        auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
        CHECK(QDir(unlock->vaultFolder()) == QDir(folder));
        CHECK(Vault::exists(folder));
        auto* box = child<QGroupBox>(unlock, "demoAccounts");
        const QList<QLabel*> labels = box->findChildren<QLabel*>();
        REQUIRE_FALSE(labels.isEmpty());
        CHECK(labels.constFirst()->text().contains(QStringLiteral("Wingmate demo wing")));
        child<QPushButton>(box, "demo_demo.admin");
        child<QPushButton>(box, "demo_demo.nurse");

        // One click signs in as that account.
        child<QPushButton>(box, "demo_demo.worker")->click();
        REQUIRE(waitUntil(
            [&controller] { return qobject_cast<MainWindow*>(controller.currentWindow()) != nullptr; }));
        REQUIRE(controller.session());
        CHECK(controller.session()->user().username == QStringLiteral("demo.worker"));
        auto* main = qobject_cast<MainWindow*>(controller.currentWindow());
        auto* caseload = qobject_cast<CaseloadPage*>(main->page(PageKey::Caseload));
        REQUIRE(caseload);
        CHECK(caseload->proxy()->rowCount() > 10);

        // Locking comes back to the same accounts.
        controller.lock();
        auto* again = qobject_cast<UnlockWindow*>(controller.currentWindow());
        REQUIRE(again);
        CHECK(again->findChild<QGroupBox*>(QStringLiteral("demoAccounts")));

        // The throwaway vault is never remembered as this machine's vault.
        CHECK(rememberedVaultFolder() == remembered);
    }
    flushDeletes();
    CHECK_FALSE(QDir(folder).exists());
}
