#include "UnlockWindow.h"

#include "audit/AuditLog.h"
#include "security/WipeSecret.h"
#include "services/UserSession.h"
#include "storage/Vault.h"
#include "widgets/ErrorPanel.h"
#include "widgets/SecretField.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace wingmate::ui {

UnlockWindow::UnlockWindow(const QString& vaultFolder, QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Unlock the vault"), this))
    , m_intro(new QLabel(tr("Sign in with your own Wingmate username and password."), this))
    , m_folderLabel(new QLabel(this))
    , m_otherVaultButton(new QPushButton(tr("Use a &different vault…"), this))
    , m_newVaultButton(new QPushButton(tr("Create a &new vault…"), this))
    , m_restoreButton(new QPushButton(tr("&Restore from backup…"), this))
    , m_usernameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_error(new ErrorPanel(this))
    , m_statusLabel(new QLabel(this))
    , m_unlockButton(new QPushButton(tr("Un&lock"), this))
    , m_waitTimer(new QTimer(this))
    , m_clock(&Clock::system())
{
    setObjectName(QStringLiteral("unlockWindow"));
    m_folderLabel->setObjectName(QStringLiteral("vaultFolderLabel"));
    m_otherVaultButton->setObjectName(QStringLiteral("otherVaultButton"));
    m_newVaultButton->setObjectName(QStringLiteral("newVaultButton"));
    m_restoreButton->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restoreButton->setToolTip(
        tr("Put the vault back from a backup file (an administrator's password or the recovery code)"));
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));

    setWindowTitle(tr("Wingmate — Unlock"));

    m_heading->setObjectName(QStringLiteral("unlockHeading"));
    m_intro->setObjectName(QStringLiteral("unlockIntro"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto* folderCaption = new QLabel(tr("Vault:"), this);
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_otherVaultButton->setAutoDefault(false);
    m_newVaultButton->setAutoDefault(false);
    m_restoreButton->setAutoDefault(false);
    m_usernameEdit->setMaxLength(64);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_unlockButton->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(folderCaption, m_folderLabel);
    form->addRow(tr("&Username:"), m_usernameEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    // The less common choices sit apart from the one most people want.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_otherVaultButton);
    buttons->addWidget(m_newVaultButton);
    buttons->addWidget(m_restoreButton);
    buttons->addStretch(1);
    buttons->addWidget(m_statusLabel);
    buttons->addWidget(m_unlockButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(layout->contentsMargins() * 2);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    m_demoLayoutIndex = layout->count();
    layout->addSpacing(layout->spacing() * 2);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addSpacing(layout->spacing() * 2);
    layout->addLayout(buttons);

    // Fields first, then the action, then the less common choices.
    setTabOrder(m_usernameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_unlockButton);
    setTabOrder(m_unlockButton, m_otherVaultButton);
    setTabOrder(m_otherVaultButton, m_newVaultButton);
    setTabOrder(m_newVaultButton, m_restoreButton);

    // A plain window has no default button, so Enter is wired by hand.
    connect(m_usernameEdit, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockWindow::unlock);
    connect(m_otherVaultButton, &QPushButton::clicked, this, &UnlockWindow::chooseOtherVault);
    connect(m_newVaultButton, &QPushButton::clicked, this, &UnlockWindow::createVaultRequested);
    connect(m_restoreButton, &QPushButton::clicked, this, &UnlockWindow::restoreRequested);

    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &UnlockWindow::updateWait);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &UnlockWindow::updateWait);

    setMinimumWidth(fontMetrics().averageCharWidth() * 85);
    setVaultFolder(vaultFolder);
    m_usernameEdit->setFocus();
}

UnlockWindow::~UnlockWindow() = default;

void UnlockWindow::setVaultFolder(const QString& folder)
{
    m_vaultFolder = folder;
    m_folderLabel->setText(QDir::toNativeSeparators(folder));
    m_error->clear();
    m_vaultPresent = Vault::exists(folder);
    if (!m_vaultPresent) {
        m_error->showMessage(tr("There is no Wingmate vault in this folder. Choose a different vault, "
                                "or create a new one."));
        fitHeight();
    }
    updateWait();
}

void UnlockWindow::updateUnlockButton()
{
    m_unlockButton->setEnabled(m_vaultPresent && m_secondsToWait == 0);
}

void UnlockWindow::updateWait()
{
    const QString username = m_usernameEdit->text().trimmed();
    m_secondsToWait
        = m_vaultPresent && !username.isEmpty() ? Vault::secondsUntilNextAttempt(m_vaultFolder, username) : 0;
    if (m_secondsToWait > 0) {
        m_statusLabel->setText(tr("Too many wrong passwords: wait %1:%2")
                                   .arg(m_secondsToWait / 60)
                                   .arg(m_secondsToWait % 60, 2, 10, QLatin1Char('0')));
        if (!m_waitTimer->isActive())
            m_waitTimer->start();
    } else {
        if (m_waitTimer->isActive())
            m_statusLabel->clear();
        m_waitTimer->stop();
    }
    updateUnlockButton();
}

void UnlockWindow::setUsername(const QString& username)
{
    m_usernameEdit->setText(username);
    m_passwordEdit->setFocus();
    updateWait();
}

void UnlockWindow::showError(const Status& status)
{
    m_error->showStatus(status);
    fitHeight();
}

QString UnlockWindow::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->message() : QString();
}

std::unique_ptr<UserSession> UnlockWindow::takeSession()
{
    return std::move(m_session);
}

void UnlockWindow::setClock(const Clock& clock)
{
    m_clock = &clock;
}

void UnlockWindow::setDemoAccounts(const QList<DemoAccount>& accounts, const QString& password)
{
    delete m_demoBox;
    auto* box = new QGroupBox(tr("Demonstration wing"), this);
    box->setObjectName(QStringLiteral("demoAccounts"));
    auto* boxLayout = new QVBoxLayout(box);
    auto* note = new QLabel(tr("Everyone in this vault is made up, and it is deleted when Wingmate closes. "
                               "Every demonstration account has the password: %1")
                                .arg(password),
        box);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(note);
    auto* buttons = new QHBoxLayout;
    for (const DemoAccount& account : accounts) {
        auto* button = new QPushButton(tr("%1 (%2)").arg(account.role, account.username), box);
        button->setObjectName(QStringLiteral("demo_") + account.username);
        button->setAutoDefault(false);
        button->setToolTip(tr("Sign in as %1").arg(account.username));
        const QString username = account.username;
        connect(button, &QPushButton::clicked, this, [this, username, password] {
            m_usernameEdit->setText(username);
            m_passwordEdit->setText(password);
            unlock();
        });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    static_cast<QVBoxLayout*>(layout())->insertWidget(m_demoLayoutIndex, box);
    m_demoBox = box;
}

void UnlockWindow::setLockedSession(UserSession* session)
{
    m_lockedSession = session;
    if (!session) {
        m_heading->setText(tr("Unlock the vault"));
        m_intro->setText(tr("Sign in with your own Wingmate username and password."));
        return;
    }
    m_heading->setText(tr("Wingmate is locked"));
    m_intro->setText(tr("%1 can unlock and carry on where they were. Anyone else signs in with their own "
                        "username and password and starts afresh.")
                         .arg(session->user().displayName));
}

bool UnlockWindow::resumesLockedSession(const QString& username) const
{
    return m_lockedSession && m_lockedSession->isLocked() && username == m_lockedSession->user().username
        && QDir::cleanPath(m_vaultFolder) == QDir::cleanPath(m_lockedSession->directory());
}

void UnlockWindow::unlock()
{
    if (!m_unlockButton->isEnabled())
        return;
    const QString username = m_usernameEdit->text().trimmed();
    if (username.isEmpty()) {
        m_error->showMessage(tr("Enter your username."));
        m_usernameEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        m_error->showMessage(tr("Enter your password."));
        m_passwordEdit->setFocus();
        return;
    }

    m_error->clear();
    setBusy(true);
    // Let "Unlocking…" and the disabled form reach the screen before the
    // key derivation holds the GUI thread; user input waits meanwhile.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QString password = takeSecret(m_passwordEdit);
    if (resumesLockedSession(username)) {
        const Status status = m_lockedSession->unlock(password);
        wipeSecret(password);
        setBusy(false);
        if (!status) {
            m_error->showStatus(status);
            fitHeight();
            m_passwordEdit->setFocus();
            updateWait();
            return;
        }
        Q_EMIT resumed();
        return;
    }
    const UserSession::Check check
        = m_acceptOlderCopy ? UserSession::Check::AcceptOlderCopy : UserSession::Check::None;
    m_acceptOlderCopy = false;
    Result<std::unique_ptr<UserSession>> opened
        = UserSession::signIn(m_vaultFolder, username, password, *m_clock, check);
    wipeSecret(password);
    setBusy(false);

    if (!opened) {
        m_error->showStatus(opened.status());
        fitHeight();
        m_passwordEdit->setFocus();
        updateWait();
        if (AuditLog::isRollback(opened.status()))
            offerToAcceptOlderCopy();
        return;
    }
    m_session = opened.take();
    Q_EMIT unlocked();
}

void UnlockWindow::fitHeight()
{
    // A long message wraps onto more lines: grow rather than squash the
    // fields or cut the message off.
    layout()->activate();
    const int wanted
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < wanted)
        resize(width(), wanted);
}

void UnlockWindow::offerToAcceptOlderCopy()
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Older copy of the vault"),
        tr("This vault is older than the last record of it: it has been put back from an older copy, and the "
           "changes made since then are not in it."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("acceptOlderCopyMessage"));
    box->setInformativeText(
        tr("If an administrator put this copy back on purpose, they can accept it: sign in "
           "with an administrator's password and it is used from now on, recorded in the "
           "audit trail. Otherwise leave it, and ask an administrator to find out what "
           "happened."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* accept = box->addButton(tr("Accept as administrator…"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptOlderCopyButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(accept, &QPushButton::clicked, this, [this] {
        m_acceptOlderCopy = true;
        m_error->showMessage(tr("Sign in as an administrator to accept this older copy of the vault."));
        fitHeight();
        m_passwordEdit->setFocus();
    });
    box->open();
}

void UnlockWindow::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*> { m_usernameEdit, m_passwordEdit, m_unlockButton,
             m_otherVaultButton, m_newVaultButton, m_restoreButton })
        w->setEnabled(!busy);
    m_statusLabel->setText(busy ? tr("Unlocking…") : QString());
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void UnlockWindow::chooseOtherVault()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the vault folder"),
        QFileInfo::exists(m_vaultFolder) ? m_vaultFolder : QDir::homePath());
    if (!chosen.isEmpty())
        setVaultFolder(QDir::cleanPath(chosen));
}

void UnlockWindow::closeEvent(QCloseEvent* event)
{
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

} // namespace wingmate::ui
