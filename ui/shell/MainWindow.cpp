#include "MainWindow.h"

#include "Appearance.h"
#include "HelpBrowser.h"
#include "RefreshWhenShown.h"
#include "accounts/ChangePasswordDialog.h"
#include "accounts/UsersPage.h"
#include "admin/AuditPage.h"
#include "admin/SettingsPage.h"
#include "backup/BackupController.h"
#include "caseload/CaseloadPage.h"
#include "concerns/ConcernsPage.h"
#include "domain/UserRole.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentees/MenteesPage.h"
#include "mentors/MentorsPage.h"
#include "reports/ReportsPage.h"
#include "services/UserSession.h"
#include "sessions/SessionsPage.h"
#include "transfer/TransferImportDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

namespace wingmate::ui {

namespace {

constexpr int KeyRole = Qt::UserRole;

QString minutesAndSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MainWindow::MainWindow(UserSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_pages->setObjectName(QStringLiteral("pageStack"));
    setWindowTitle(tr("Wingmate — %1").arg(QDir::toNativeSeparators(session.directory())));

    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sections->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sections->setIconSize(QSize(0, 0));
    m_sections->setSpacing(4);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A section chosen by its shortcut or the Go menu takes the keyboard;
    // one walked to in the list with the arrow keys leaves it there.
    connect(m_sections, &QListWidget::currentRowChanged, this, [this] {
        if (!m_sections->hasFocus())
            focusCurrentPage();
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_backups = new BackupController(session, *this);
    createMenus();
    createStatusBar();

    // Only what the role may do is offered; core checks again on each use.
    if (session.can(Operation::ViewRecords)) {
        auto* caseload = new CaseloadPage(session);
        addPage(PageKey::Caseload, tr("Caseload"), caseload);
        connect(caseload, &CaseloadPage::menteeRequested, this, &MainWindow::openMenteeRecord);
        connect(caseload, &CaseloadPage::reviewed, this, &MainWindow::refreshRecordPages);
    }
    if (session.can(Operation::ViewRecords)) {
        auto* mentees = new MenteesPage(session);
        addPage(PageKey::Mentees, tr("Mentees"), mentees);
        connect(mentees, &MenteesPage::menteeRequested, this, &MainWindow::openMenteeRecord);
        connect(mentees, &MenteesPage::referred, this,
            [this] { RefreshWhenShown::request(page(PageKey::Caseload)); });
    }
    if (session.can(Operation::ViewRecords))
        addPage(PageKey::Mentors, tr("Mentors"), new MentorsPage(session));
    if (session.can(Operation::ViewRecords)) {
        auto* sessions = new SessionsPage(session);
        addPage(PageKey::Sessions, tr("Sessions"), sessions);
        connect(sessions, &SessionsPage::menteeRequested, this, &MainWindow::openMenteeRecord);
        connect(sessions, &SessionsPage::sessionsChanged, this, &MainWindow::refreshRecordPages);
    }
    if (session.can(Operation::ViewRecords)) {
        auto* concerns = new ConcernsPage(session);
        addPage(PageKey::Concerns, tr("Concerns"), concerns);
        connect(concerns, &ConcernsPage::menteeRequested, this, &MainWindow::openMenteeRecord);
        connect(concerns, &ConcernsPage::reviewed, this, &MainWindow::refreshRecordPages);
    }
    if (session.can(Operation::ViewReports))
        addPage(PageKey::Reports, tr("Reports"), new ReportsPage(session));
    if (session.can(Operation::ViewAuditLog))
        addPage(PageKey::Audit, tr("Audit log"), new AuditPage(session));
    if (session.can(Operation::ManageUsers))
        addPage(PageKey::Users, tr("Users"), new UsersPage(session));
    if (session.can(Operation::ViewSettings))
        addPage(PageKey::Settings, tr("Settings"), new SettingsPage(session));

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &MainWindow::updateLockCountdown);
    m_countdown->start();
    updateLockCountdown();

    // Most of the screen: the record tables are wide. Window geometry is a
    // per-PC preference the window manager may restore over this.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
    resize(std::max(1000, available.width() * 9 / 10), std::max(650, available.height() * 9 / 10));
}

MainWindow::~MainWindow() = default;

// Every section built from the records, after something was recorded
// anywhere: the one on screen reloads now, the others when next opened.
void MainWindow::refreshRecordPages()
{
    for (const QString& key : { PageKey::Caseload, PageKey::Mentees, PageKey::Mentors, PageKey::Sessions,
             PageKey::Concerns, PageKey::Reports })
        RefreshWhenShown::request(page(key));
}

// Every section opens a record the same way; whatever is recorded from it
// refreshes them all.
void MainWindow::openMenteeRecord(qint64 episodeId)
{
    auto* record = new MenteeRecordDialog(m_session, episodeId, this);
    record->setAttribute(Qt::WA_DeleteOnClose);
    connect(record, &MenteeRecordDialog::changed, this, &MainWindow::refreshRecordPages);
    record->open();
}

void MainWindow::importTransfer()
{
    auto* dialog = new TransferImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferImportDialog::imported, this, &MainWindow::refreshRecordPages);
    dialog->open();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* password = file->addAction(tr("Change my &password…"), this, &MainWindow::changeOwnPassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setStatusTip(tr("Replace your own password"));
    QAction* backUp = file->addAction(tr("Back &up now…"), m_backups, &BackupController::backUpNow);
    backUp->setObjectName(QStringLiteral("backUpNowAction"));
    backUp->setStatusTip(tr("Write a checked, encrypted copy of the whole vault to a file"));
    backUp->setEnabled(m_session.can(Operation::BackupVault));
    QAction* importTransfer = file->addAction(tr("&Import transfer…"), this, &MainWindow::importTransfer);
    importTransfer->setObjectName(QStringLiteral("importTransferAction"));
    importTransfer->setStatusTip(tr("Bring in a person's records sent by another establishment"));
    importTransfer->setVisible(m_session.can(Operation::TransferRecords));
    file->addSeparator();
    QAction* lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setStatusTip(tr("Close the vault until someone signs in again"));
    QAction* signOut = file->addAction(tr("&Sign out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setStatusTip(tr("Close the vault and let someone else sign in"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Close the vault and quit Wingmate"));

    // One entry per section, so the Ctrl+digit shortcuts can be found.
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));

    // How the windows look on this PC; kept in its settings, not the vault.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* appearanceGroup = new QActionGroup(this);
    const Appearance::Mode current = Appearance::saved();
    for (Appearance::Mode mode :
        { Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark }) {
        QAction* action = appearance->addAction(Appearance::label(mode));
        action->setCheckable(true);
        action->setChecked(mode == current);
        action->setData(int(mode));
        appearanceGroup->addAction(action);
        connect(action, &QAction::triggered, this, [mode] {
            Appearance::save(mode);
            Appearance::apply(mode);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* contents = help->addAction(tr("Wingmate &Help"), this, &MainWindow::showHelp);
    contents->setObjectName(QStringLiteral("helpAction"));
    contents->setShortcut(QKeySequence::HelpContents);
    contents->setStatusTip(tr("Open the help at the page for this section"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Wingmate"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    const UserAccount& user = m_session.user();
    m_userLabel = new QLabel(signedInText(), this);
    m_userLabel->setObjectName(QStringLiteral("statusUserLabel"));
    m_userLabel->setTextFormat(Qt::PlainText);
    m_userLabel->setToolTip(tr("Username: %1").arg(user.username));

    m_vaultLabel = new QLabel(tr("Vault: %1").arg(QDir::toNativeSeparators(m_session.directory())), this);
    m_vaultLabel->setObjectName(QStringLiteral("statusVaultLabel"));
    m_vaultLabel->setTextFormat(Qt::PlainText);

    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(QStringLiteral("statusLockLabel"));
    m_lockLabel->setTextFormat(Qt::PlainText);
    m_lockLabel->setToolTip(
        tr("Wingmate locks itself when nobody has used it for %n minute(s). Ctrl+L locks now.", nullptr,
            m_session.idleLockMinutes()));
    // Wide enough for "Locks in 60:00" so the bar does not jump.
    m_lockLabel->setMinimumWidth(
        m_lockLabel->fontMetrics().horizontalAdvance(tr("Locks in %1").arg(QStringLiteral("60:00"))));

    // Room between the parts, so they do not read as one sentence.
    const int gap = fontMetrics().averageCharWidth() * 2;
    for (QLabel* label : { m_userLabel, m_vaultLabel, m_lockLabel })
        label->setContentsMargins(gap / 2, 0, gap, 0);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_vaultLabel, 1);
    statusBar()->addPermanentWidget(m_lockLabel);
}

void MainWindow::addPage(const QString& key, const QString& title, QWidget* page, QKeySequence shortcut)
{
    Q_ASSERT(page);
    Q_ASSERT(!hasPage(key));
    if (page->objectName().isEmpty())
        page->setObjectName(key + QStringLiteral("Page"));
    page->setAccessibleName(title);
    m_pages->addWidget(page);

    auto* item = new QListWidgetItem(title, m_sections);
    item->setData(KeyRole, key);

    const int position = m_sections->count();
    if (shortcut.isEmpty() && position <= 9)
        shortcut = QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + position));
    QAction* go = m_goMenu->addAction(title, this, [this, key] { showPage(key); });
    go->setObjectName(key + QStringLiteral("SectionAction"));
    go->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));

    // The list is as wide as its longest title and no wider.
    const int width = m_sections->sizeHintForColumn(0) + 2 * m_sections->frameWidth()
        + m_sections->fontMetrics().averageCharWidth() * 4;
    m_sections->setFixedWidth(qMax(width, m_sections->fontMetrics().averageCharWidth() * 16));

    if (m_sections->currentRow() < 0)
        m_sections->setCurrentRow(0);
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_sections->count(); ++row)
        keys.append(m_sections->item(row)->data(KeyRole).toString());
    return keys;
}

bool MainWindow::hasPage(const QString& key) const
{
    return pageKeys().contains(key);
}

QWidget* MainWindow::page(const QString& key) const
{
    const int row = pageKeys().indexOf(key);
    return row < 0 ? nullptr : m_pages->widget(row);
}

QString MainWindow::currentPageKey() const
{
    const int row = m_sections->currentRow();
    return row < 0 ? QString() : m_sections->item(row)->data(KeyRole).toString();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Once shown (after a sign-in or an unlock), the page has the keyboard.
    QTimer::singleShot(0, this, &MainWindow::focusCurrentPage);
}

void MainWindow::focusCurrentPage()
{
    QWidget* current = m_pages->currentWidget();
    if (!current)
        return;
    if (!current->focusProxy()) {
        for (QWidget* widget = current->nextInFocusChain(); widget && widget != current;
             widget = widget->nextInFocusChain()) {
            if (current->isAncestorOf(widget) && widget->isVisibleTo(current) && widget->isEnabled()
                && (widget->focusPolicy() & Qt::TabFocus)) {
                widget->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    current->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showPage(const QString& key)
{
    const int row = pageKeys().indexOf(key);
    if (row >= 0)
        m_sections->setCurrentRow(row);
}

QString MainWindow::signedInText() const
{
    const UserAccount& user = m_session.user();
    return tr("Signed in as %1 (%2)").arg(user.displayName, roleDisplayName(user.role));
}

QString MainWindow::lockCountdownText() const
{
    return m_lockLabel->text();
}

void MainWindow::updateLockCountdown()
{
    if (m_session.isLocked()) {
        m_lockLabel->setText(tr("Locked"));
        return;
    }
    m_lockLabel->setText(tr("Locks in %1").arg(minutesAndSeconds(m_session.secondsUntilIdleLock())));
}

void MainWindow::changeOwnPassword()
{
    auto* dialog = new ChangePasswordDialog(m_session, ChangePasswordDialog::Reason::Voluntary, this);
    dialog->setObjectName(QStringLiteral("changeOwnPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Opened, not exec()'d: a lock must be able to throw this window and its
    // dialogs away at any moment.
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Wingmate"),
        tr("<h3>Wingmate %1</h3>"
           "<p>Records for a prison wing's peer-mentoring scheme, kept in an encrypted vault on this PC.</p>"
           "<p>Wingmate records that an ACCT is open; it never replaces the prison's own ACCT and "
           "emergency procedures. Where a check-in shows risk, follow them at once.</p>"
           "<p>Licence: %2. Built with Qt %3.</p>")
            .arg(QStringLiteral(WINGMATE_VERSION), QStringLiteral(WINGMATE_LICENSE),
                QString::fromLatin1(qVersion())),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showHelp()
{
    auto* browser = findChild<HelpBrowser*>(QStringLiteral("helpBrowser"), Qt::FindDirectChildrenOnly);
    if (!browser)
        browser = new HelpBrowser(this);
    browser->showPage(HelpBrowser::pageForSection(currentPageKey()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Whatever happens to the backup, the window closes: a failure is only
    // reported on the way out.
    m_backups->backUpOnClose();
    Q_EMIT quitRequested();
    QMainWindow::closeEvent(event);
}

} // namespace wingmate::ui
