#include "StartController.h"

#include "InactivityTimer.h"
#include "UnlockWindow.h"
#include "VaultFolders.h"
#include "accounts/ChangePasswordDialog.h"
#include "backup/RestoreDialog.h"
#include "domain/UserRole.h"
#include "firstrun/FirstRunWizard.h"
#include "platform/FreedMemory.h"
#include "security/WipeSecret.h"
#include "services/UserSession.h"
#include "shell/MainWindow.h"
#include "storage/Vault.h"
#include "widgets/ClipboardSecret.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <memory>

namespace wingmate::ui {

namespace {

QString failedAttemptsNotice(int attempts, const QDateTime& last)
{
    QString text = attempts == 1
        ? StartController::tr("There was one failed attempt to unlock as you since your last sign-in.")
        : StartController::tr(
            "There were %n failed attempts to unlock as you since your last sign-in.", nullptr, attempts);
    if (last.isValid()) {
        const QDateTime local = last.toLocalTime();
        const QLocale locale;
        text += QLatin1Char(' ')
            + StartController::tr("The most recent was on %1 at %2.")
                  .arg(locale.toString(local.date(), QLocale::LongFormat),
                      locale.toString(local.time(), QLocale::ShortFormat));
    }
    return text + QLatin1Char(' ') + StartController::tr("If that was not you, tell an administrator.");
}

} // namespace

StartController::StartController(QObject* parent)
    : StartController(Clock::system(), parent)
{
}

StartController::StartController(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

StartController::~StartController()
{
    m_inactivity.reset();
    delete m_window;
    if (m_session)
        m_session->signOut();
    m_session.reset();
}

void StartController::rememberFolder(const QString& folder)
{
    // The throwaway demonstration vault is never remembered in place of the
    // wing's own.
    if (m_demoDirectory && QDir(folder) == QDir(m_demoDirectory->path()))
        return;
    rememberVaultFolder(folder);
}

QString StartController::demoFolder() const
{
    return m_demoDirectory ? m_demoDirectory->path() : QString();
}

void StartController::startDemo()
{
    m_demoDirectory
        = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("wingmate-demo-XXXXXX")));
    if (!m_demoDirectory->isValid()) {
        demoMade(Status::failure(ErrorCode::Io,
            tr("No temporary folder could be made for the demonstration wing: %1")
                .arg(m_demoDirectory->errorString())));
        return;
    }
    auto* progress = new QProgressDialog(
        tr("Making a made-up wing to try Wingmate on. This takes up to a minute…"), QString(), 0, 0);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Wingmate — demonstration"));
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    setWindow(progress);

    // The wing is made on a thread of its own, with its own database
    // connections, so the window stays responsive.
    const QString folder = m_demoDirectory->path();
    auto result = std::make_shared<Result<DemoWing::Made>>(Status::failure(ErrorCode::Io, QString()));
    QThread* thread = QThread::create([folder, result] { *result = DemoWing::create(folder); });
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        demoMade(*result);
    });
    thread->start();
}

void StartController::demoMade(const Result<DemoWing::Made>& made)
{
    if (!made) {
        QMessageBox box(QMessageBox::Critical, tr("Wingmate — demonstration"),
            tr("The demonstration wing could not be made. %1").arg(made.status().message()),
            QMessageBox::Close);
        box.setDetailedText(made.status().details());
        box.exec();
        quit();
        return;
    }
    m_demoUsernames = made->usernames;
    showUnlock(m_demoDirectory->path());
}

void StartController::start(const QString& vaultFolder)
{
    if (!vaultFolder.isEmpty()) {
        const QString folder = QDir::cleanPath(QDir(vaultFolder).absolutePath());
        if (Vault::exists(folder))
            showUnlock(folder);
        else
            showFirstRun(folder, {});
        return;
    }
    // A vault used here before that has gone (a drive not mounted, a folder
    // moved) is reported, not quietly replaced by a new empty one.
    if (const QString remembered = rememberedVaultFolder(); !remembered.isEmpty()) {
        showUnlock(remembered);
        return;
    }
    const QString folder = defaultVaultFolder();
    if (Vault::exists(folder))
        showUnlock(folder);
    else
        showFirstRun(folder, {});
}

void StartController::setWindow(QWidget* window)
{
    // Show the new window before the old one goes, so there is always
    // something on screen, and delete the old one later: this often runs
    // inside one of its own signals.
    QWidget* old = m_window;
    m_window = window;
    if (window) {
        window->show();
        window->raise();
        window->activateWindow();
    }
    if (old) {
        // Its timers stop now: the session they read (the lock countdown's)
        // may already be gone when one fires before the deferred delete.
        for (QTimer* timer : old->findChildren<QTimer*>())
            timer->stop();
        // Its dialogs are windows of their own and would stay on screen
        // until the deferred delete; nothing of a locked window may.
        for (QWidget* child : old->findChildren<QWidget*>()) {
            if (child->isWindow())
                child->hide();
        }
        old->hide();
        old->deleteLater();
    }
}

void StartController::showFirstRun(const QString& suggestedFolder, const QString& returnFolder)
{
    auto* wizard = new FirstRunWizard(suggestedFolder);
    connect(wizard, &FirstRunWizard::finishing, this, [this, wizard] { signInAfterFirstRun(wizard); });
    connect(wizard, &QDialog::rejected, this,
        [this, wizard, returnFolder] { firstRunCancelled(wizard, returnFolder); });
    connect(wizard, &FirstRunWizard::openExistingVaultRequested, this, &StartController::showUnlock);
    setWindow(wizard);
}

void StartController::firstRunCancelled(FirstRunWizard* wizard, const QString& returnFolder)
{
    if (wizard != m_window)
        return; // replaced already, e.g. by "Open this vault instead"
    if (!returnFolder.isEmpty())
        showUnlock(returnFolder);
    else
        quit();
}

void StartController::signInAfterFirstRun(FirstRunWizard* wizard)
{
    // The new vault was closed by the thread that made it; sign the
    // administrator in here, where the database connection will be used.
    const QString folder = wizard->vaultFolder();
    const QString username = wizard->administratorUsername();
    rememberFolder(folder);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Let the wait cursor reach the screen before the key derivation holds
    // the GUI thread; user input waits meanwhile.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QString password = wizard->takeAdministratorPassword();
    Result<std::unique_ptr<UserSession>> opened = UserSession::signIn(folder, username, password, m_clock);
    wipeSecret(password);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        showUnlock(folder);
        if (auto* unlock = qobject_cast<UnlockWindow*>(m_window.data())) {
            unlock->setUsername(username);
            unlock->showError(opened.status());
        }
        return;
    }
    m_session = opened.take();
    m_resumePageKey.clear();
    showMainWindow();
    watchNotices();
}

void StartController::showUnlock(const QString& folder)
{
    auto* window = new UnlockWindow(folder);
    window->setClock(m_clock);
    if (m_demoDirectory && QDir(folder) == QDir(m_demoDirectory->path()) && m_demoUsernames.size() == 3) {
        // The order DemoWing gives: administrator, support worker, nurse.
        window->setDemoAccounts({ { m_demoUsernames.at(1), roleDisplayName(UserRole::SupportWorker) },
                                    { m_demoUsernames.at(2), roleDisplayName(UserRole::MentalHealthNurse) },
                                    { m_demoUsernames.at(0), roleDisplayName(UserRole::Administrator) } },
            QString::fromUtf8(DemoWing::Password));
    }
    if (m_session && m_session->isLocked())
        window->setLockedSession(m_session.get());
    connect(window, &UnlockWindow::unlocked, this, [this, window] { unlocked(window); });
    connect(window, &UnlockWindow::resumed, this, [this, window] { resumed(window); });
    connect(window, &UnlockWindow::createVaultRequested, this,
        [this, window] { showFirstRun(suggestedNewVaultFolder(), window->vaultFolder()); });
    connect(window, &UnlockWindow::restoreRequested, this, [this, window] { showRestore(window); });
    connect(window, &UnlockWindow::closed, this, [this, window] {
        if (window == m_window)
            quit();
    });
    setWindow(window);
}

void StartController::showRestore(UnlockWindow* window)
{
    if (window != m_window)
        return;
    if (auto* open = window->findChild<RestoreDialog*>()) {
        open->raise();
        return;
    }
    auto* dialog = new RestoreDialog(window->vaultFolder(), m_clock, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restored, this, [this](const QString& folder, const QString& keptAside) {
        // A session left locked belonged to the vault that was replaced.
        if (m_session && m_session->isLocked())
            m_session.reset();
        m_resumePageKey.clear();
        rememberVaultFolder(folder);
        showUnlock(folder);
        QString text = tr("The vault in %1 has been restored from the backup. Sign in to use it.")
                           .arg(QDir::toNativeSeparators(folder));
        if (!keptAside.isEmpty())
            text += QLatin1Char(' ')
                + tr("What was there before is kept, unchanged, in %1.")
                      .arg(QDir::toNativeSeparators(keptAside));
        auto* notice = new QMessageBox(
            QMessageBox::Information, tr("Vault restored"), text, QMessageBox::Ok, m_window);
        notice->setObjectName(QStringLiteral("restoredNotice"));
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->open();
    });
    dialog->open();
}

void StartController::unlocked(UnlockWindow* window)
{
    std::unique_ptr<UserSession> fresh = window->takeSession();
    if (!fresh)
        return;
    // Someone signed in afresh: a session left locked is thrown away
    // (signing out a locked session would do nothing), and so is its page.
    window->setLockedSession(nullptr);
    m_session = std::move(fresh);
    m_resumePageKey.clear();
    rememberFolder(m_session->directory());
    showMainWindow();
    watchNotices();
}

void StartController::watchNotices()
{
    // What the person must hear although their work was saved (the audit
    // head could not be written, or had fallen behind).
    m_session->setNoticeHandler([this](const QString& text) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Wingmate"), text, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("sessionNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void StartController::resumed(UnlockWindow* window)
{
    if (window != m_window || !m_session || m_session->isLocked())
        return;
    rememberFolder(m_session->directory());
    showMainWindow();
}

void StartController::showMainWindow()
{
    if (m_session->mustChangePassword()) {
        // Nothing else is allowed until the one-time password is replaced;
        // core refuses it too.
        auto* dialog = new ChangePasswordDialog(*m_session, ChangePasswordDialog::Reason::FirstSignIn);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (dialog == m_window)
                showMainWindow();
        });
        connect(dialog, &QDialog::rejected, this, [this, dialog] {
            if (dialog == m_window)
                lock();
        });
        setWindow(dialog);
        // The idle lock holds here too: a signed-in session is never left
        // open on an unattended screen.
        watchInactivity();
        return;
    }
    auto* window = new MainWindow(*m_session);
    connect(window, &MainWindow::lockRequested, this, &StartController::lock);
    connect(window, &MainWindow::signOutRequested, this, &StartController::signOut);
    connect(window, &MainWindow::quitRequested, this, [this, window] {
        if (window == m_window)
            quit();
    });
    if (!m_resumePageKey.isEmpty())
        window->showPage(m_resumePageKey);
    m_resumePageKey.clear();
    setWindow(window);
    watchInactivity();

    if (const int attempts = m_session->failedAttemptsBeforeSignIn(); attempts > 0) {
        // Window-modal and opened, not exec()'d: the main window is already
        // there behind it, and tests can read and dismiss it.
        auto* notice = new QMessageBox(QMessageBox::Information, tr("Failed sign-in attempts"),
            failedAttemptsNotice(attempts, m_session->lastFailedAttempt()), QMessageBox::Ok, window);
        notice->setObjectName(QStringLiteral("failedAttemptsNotice"));
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->open();
    }
}

void StartController::watchInactivity()
{
    m_session->noteActivity();
    m_inactivity = std::make_unique<InactivityTimer>(*m_session);
    // Queued: the timer that noticed must not be deleted inside its own
    // signal, and lock() deletes it.
    connect(
        m_inactivity.get(), &InactivityTimer::idleLocked, this, &StartController::lock, Qt::QueuedConnection);
}

void StartController::lock()
{
    if (!m_session)
        return;
    if (qobject_cast<UnlockWindow*>(m_window.data()) && m_session->isLocked())
        return; // locked already, and the unlock window is up
    m_inactivity.reset();
    if (auto* main = qobject_cast<MainWindow*>(m_window.data()))
        m_resumePageKey = main->currentPageKey();
    const QString folder = m_session->directory();
    const QString username = m_session->user().username;
    // Audits the lock, closes the database and wipes the key (already done
    // when the idle timer locked). The session is kept, locked, so its user
    // can carry on; the windows that showed its data are thrown away.
    m_session->lock();
    ClipboardSecret::instance().clear();
    QPointer<QWidget> shown = m_window;
    showUnlock(folder);
    if (auto* unlock = qobject_cast<UnlockWindow*>(m_window.data()))
        unlock->setUsername(username);
    wipeAfterLock(shown);
}

void StartController::wipeAfterLock(QWidget* shown)
{
    // Text copied from a record would outlive the lock on the clipboard.
    if (QClipboard* clipboard = QGuiApplication::clipboard(); clipboard && clipboard->ownsClipboard())
        clipboard->clear();
    // Freed memory is overwritten as it is freed (platform/FreedMemory.h),
    // all but what the C library keeps aside per thread and what is left on
    // the stack: those are wiped once the window that showed the records, its
    // pages, models and dialogs, has really been deleted (later: this runs
    // inside its own signals). Queued, so the wiping runs from the event loop
    // with a shallow stack.
    const auto wipe = [] {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { platform::wipeThreadLeftovers(); }, Qt::QueuedConnection);
    };
    if (shown)
        connect(shown, &QObject::destroyed, QCoreApplication::instance(), wipe);
    else
        wipe();
}

void StartController::signOut()
{
    if (!m_session)
        return;
    m_inactivity.reset();
    const QString folder = m_session->directory();
    m_session->signOut();
    ClipboardSecret::instance().clear();
    m_session.reset();
    m_resumePageKey.clear();
    QPointer<QWidget> shown = m_window;
    showUnlock(folder);
    wipeAfterLock(shown);
}

void StartController::quit()
{
    m_inactivity.reset();
    if (m_session)
        m_session->signOut();
    m_session.reset();
    Q_EMIT quitRequested();
}

} // namespace wingmate::ui
