// Every input on every window can be named by a screen reader: it has an
// accessible name of its own, or a label that is its buddy (which also gives
// it an Alt+letter shortcut). Item views need an accessible name.
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "accounts/AddUserDialog.h"
#include "accounts/ChangePasswordDialog.h"
#include "accounts/UsersPage.h"
#include "admin/AuditPage.h"
#include "admin/SettingsPage.h"
#include "caseload/CaseloadPage.h"
#include "concerns/ConcernsPage.h"
#include "concerns/ReviewDialog.h"
#include "firstrun/FirstRunWizard.h"
#include "mentees/AllocateMentorDialog.h"
#include "mentees/CloseEpisodeDialog.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentees/MenteesPage.h"
#include "mentees/ReferralDialog.h"
#include "mentees/StartSupportDialog.h"
#include "mentors/ClearanceDialog.h"
#include "mentors/MentorApplicationDialog.h"
#include "mentors/MentorRecordDialog.h"
#include "mentors/MentorsPage.h"
#include "mentors/ShadowingDialogs.h"
#include "mentors/StatusChangeDialog.h"
#include "mentors/SupervisionDialog.h"
#include "mentors/TrainingDialog.h"
#include "services/CheckInService.h"
#include "services/MentorService.h"
#include "sessions/CheckInDialog.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionsPage.h"
#include "start/UnlockWindow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWizard>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <memory>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

bool isInput(const QWidget* w)
{
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QPlainTextEdit*>(w)
        || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QAbstractItemView*>(w);
}

// A part of another input (a combo box's line edit, a spin box's editor, a
// calendar popup's table) is named through its owner.
bool isPartOfAnother(const QWidget* w, const QWidget* window)
{
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (isInput(p) || p->isWindow())
            return true;
    }
    return false;
}

// The visible inputs of a window that nothing names.
QStringList unnamedInputs(QWidget* window)
{
    QSet<const QWidget*> buddies;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!isInput(w) || !w->isVisibleTo(window) || isPartOfAnother(w, window))
            continue;
        if (!w->accessibleName().trimmed().isEmpty() || buddies.contains(w))
            continue;
        unnamed << QStringLiteral("%1 %2").arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

void checkNamed(QWidget* window, const char* what)
{
    window->show();
    INFO(what);
    const QStringList unnamed = unnamedInputs(window);
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
    window->close();
}

} // namespace

TEST_CASE("Every input on every window has an accessible name or a label")
{
    prepareWidgetTest();
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 mentor = addMentor(s, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    const qint64 trainee
        = addMentor(s, QStringLiteral("M2000AA"), QStringLiteral("Ben Trainee"), MentorStatus::Cleared);
    const qint64 episode = addEpisode(ts, QStringLiteral("A1000AA"), QStringLiteral("Adam Brook"));
    ShadowingPeriod period;
    period.mentorId = trainee;
    period.startedOn = today(ts).addDays(-10);
    Result<ShadowingPeriod> shadowing = MentorService(s).addShadowing(period);
    requireOk(shadowing.status());

    const std::pair<const char*, std::function<QWidget*()>> windows[] = {
        { "first-run window", [] { return new FirstRunWizard(QStringLiteral("/tmp/none")); } },
        { "unlock window", [&ts] { return new UnlockWindow(ts.path()); } },
        { "change password",
            [&s] { return new ChangePasswordDialog(s, ChangePasswordDialog::Reason::Voluntary); } },
        { "caseload", [&s] { return new CaseloadPage(s); } },
        { "mentees", [&s] { return new MenteesPage(s); } },
        { "mentors", [&s] { return new MentorsPage(s); } },
        { "sessions", [&s] { return new SessionsPage(s); } },
        { "concerns", [&s] { return new ConcernsPage(s); } },
        { "users", [&s] { return new UsersPage(s); } },
        { "audit", [&s] { return new AuditPage(s); } },
        { "settings", [&s] { return new SettingsPage(s); } },
        { "add user", [&s] { return new AddUserDialog(s); } },
        { "mentee record", [&s, episode] { return new MenteeRecordDialog(s, episode); } },
        { "session", [&s] { return new SessionDialog(s); } },
        { "check-in", [&s, episode] { return new CheckInDialog(s, episode, QStringLiteral("Adam Brook")); } },
        { "review", [&s, episode] { return new ReviewDialog(s, episode, QStringLiteral("Adam Brook")); } },
        { "referral", [&s] { return new ReferralDialog(s); } },
        { "allocate",
            [&s, episode] { return new AllocateMentorDialog(s, episode, QStringLiteral("Adam Brook")); } },
        { "close episode",
            [&s, episode] { return new CloseEpisodeDialog(s, episode, QStringLiteral("Adam Brook")); } },
        { "mentor record", [&s, trainee] { return new MentorRecordDialog(s, trainee); } },
        { "mentor application", [&s] { return new MentorApplicationDialog(s); } },
        { "status change",
            [&s, mentor] { return new StatusChangeDialog(s, mentor, MentorStatus::Suspended); } },
        { "clearance",
            [&s, trainee] {
                return new ClearanceDialog(s, trainee, ClearanceDialog::Kind::GovernorApproval);
            } },
        { "training", [&s, trainee] { return new TrainingDialog(s, trainee); } },
        { "supervision", [&s, mentor] { return new SupervisionDialog(s, mentor); } },
        { "start shadowing", [&s, trainee] { return new AddShadowingDialog(s, trainee); } },
        { "sign off shadowing", [&s, &shadowing] { return new SignOffShadowingDialog(s, shadowing->id); } },
        { "start support",
            [&s, episode] { return new StartSupportDialog(s, episode, QStringLiteral("Adam Brook")); } },
    };
    for (const auto& [what, make] : windows) {
        std::unique_ptr<QWidget> window(make());
        if (auto* wizard = qobject_cast<QWizard*>(window.get())) {
            // Each page of the wizard in turn.
            wizard->show();
            for (int id : wizard->pageIds()) {
                INFO("page " << id);
                const QStringList unnamed = unnamedInputs(wizard->page(id));
                INFO(unnamed.join(QStringLiteral(", ")).toStdString());
                CHECK(unnamed.isEmpty());
            }
            continue;
        }
        checkNamed(window.get(), what);
    }
}
