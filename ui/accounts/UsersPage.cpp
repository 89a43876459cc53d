#include "UsersPage.h"

#include "AddUserDialog.h"
#include "OneTimePasswordDialog.h"
#include "UserListModel.h"
#include "shell/RefreshWhenShown.h"
#include "widgets/ErrorPanel.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

const QList<UserRole> AllRoles { UserRole::SupportWorker, UserRole::MentalHealthNurse,
    UserRole::Administrator };

QPushButton* makeButton(const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}

} // namespace

UsersPage::UsersPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UserListModel(this))
    , m_view(new QTableView(this))
    , m_error(new ErrorPanel(this))
    , m_addButton(makeButton(tr("&Add…"), "addUserButton", this))
    , m_disableButton(makeButton(tr("&Disable…"), "disableUserButton", this))
    , m_enableButton(makeButton(tr("&Enable…"), "enableUserButton", this))
    , m_resetButton(makeButton(tr("&Reset password…"), "resetPasswordButton", this))
    , m_roleButton(makeButton(tr("Change r&ole…"), "changeRoleButton", this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_view->setObjectName(QStringLiteral("userTable"));

    auto* heading = new QLabel(tr("Users"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Staff who may sign in to this vault. New and reset accounts get a one-time "
                                "password that must be replaced at the first sign-in."),
        this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Users"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button :
        { m_addButton, m_disableButton, m_enableButton, m_resetButton, m_roleButton }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    setTabOrder(m_view, m_addButton);
    setTabOrder(m_addButton, m_disableButton);
    setTabOrder(m_disableButton, m_enableButton);
    setTabOrder(m_enableButton, m_resetButton);
    setTabOrder(m_resetButton, m_roleButton);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPage::disableSelected);
    connect(m_enableButton, &QPushButton::clicked, this, &UsersPage::enableSelected);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::resetSelectedPassword);
    connect(m_roleButton, &QPushButton::clicked, this, &UsersPage::changeSelectedRole);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);

    RefreshWhenShown::install(this, [this] { refresh(); });
}

QString UsersPage::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->message() : QString();
}

void UsersPage::refresh()
{
    const QString selected = selectedUsername();
    Result<QList<UserAccount>> accounts = AccountService(m_session).list();
    if (!accounts) {
        m_model->clear();
        m_error->showStatus(accounts.status());
        return;
    }
    m_model->setRecords(accounts.take());
    m_view->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectUser(selected);
}

bool UsersPage::selectUser(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

QString UsersPage::selectedUsername() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(UserListModel::UsernameRole).toString();
}

void UsersPage::updateButtons()
{
    const int row = m_model->rowOf(selectedUsername());
    const bool selected = row >= 0;
    const bool active = selected && m_model->record(row).active;
    m_disableButton->setEnabled(active);
    m_enableButton->setEnabled(selected && !active);
    m_resetButton->setEnabled(active);
    m_roleButton->setEnabled(selected);
}

void UsersPage::afterChange(const Status& status, const QString& username)
{
    if (!status)
        m_error->showStatus(status);
    else
        m_error->clear();
    refresh();
    selectUser(username);
}

void UsersPage::addUser()
{
    m_error->clear();
    auto* dialog = new AddUserDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->issued())
            return;
        const AccountService::Issued issued = *dialog->issued();
        afterChange(Status::success(), issued.account.username);
        showOneTimePassword(issued);
    });
    dialog->open();
}

void UsersPage::disableSelected()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const UserAccount& account = m_model->record(m_model->rowOf(username));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Disable %1?").arg(account.displayName),
        tr("Disable %1?").arg(account.displayName), QMessageBox::Cancel, this);
    box->setInformativeText(tr("%1 (%2) will no longer be able to sign in. Their records and audit history "
                               "stay. You can enable the account again later.")
                                .arg(account.displayName, username));
    box->setObjectName(QStringLiteral("confirmDisableBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* disable = box->addButton(tr("&Disable"), QMessageBox::AcceptRole);
    disable->setObjectName(QStringLiteral("confirmDisableButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, disable, username](QAbstractButton* clicked) {
        if (clicked == disable)
            disableUser(username);
    });
    box->open();
}

void UsersPage::disableUser(const QString& username)
{
    const Status status = AccountService(m_session).disableUser(username);
    afterChange(status, username);
    if (status)
        offerKeyRotation(username);
}

void UsersPage::offerKeyRotation(const QString& username)
{
    if (!m_session.can(Operation::RotateKey))
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Change the vault's key?"),
        tr("Change the vault's key now?"), QMessageBox::NoButton, this);
    box->setInformativeText(tr("%1 can no longer sign in. If they might have a copy of the vault from "
                               "before, change the vault's key now so that their old password cannot open "
                               "that copy's data either. It takes a moment, and everyone keeps their own "
                               "password.")
                                .arg(username));
    box->setObjectName(QStringLiteral("rotateKeyOfferBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* now = box->addButton(tr("&Change the vault's key now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("rotateKeyNowButton"));
    QPushButton* later = box->addButton(tr("&Not now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("rotateKeyLaterButton"));
    box->setDefaultButton(now);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, now](QAbstractButton* clicked) {
        if (clicked == now)
            rotateKey();
    });
    box->open();
}

bool UsersPage::rotateKey()
{
    m_error->clear();
    QProgressDialog busy(tr("Changing the vault's key…"), QString(), 0, 0, this);
    busy.setObjectName(QStringLiteral("rotateKeyProgress"));
    busy.setWindowTitle(tr("Changing the key"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.setCancelButton(nullptr);
    busy.show();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Let the indicator reach the screen before the rekey holds the GUI
    // thread (the database connection lives here); input waits meanwhile.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const Status status = m_session.rotateKey();
    QGuiApplication::restoreOverrideCursor();
    busy.close();
    if (!status) {
        m_error->showStatus(status);
        return false;
    }
    auto* done = new QMessageBox(QMessageBox::Information, tr("Key changed"),
        tr("The vault's key has been changed."), QMessageBox::Ok, this);
    done->setObjectName(QStringLiteral("rotateKeyDoneBox"));
    done->setAttribute(Qt::WA_DeleteOnClose);
    done->open();
    return true;
}

void UsersPage::enableSelected()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    Result<AccountService::Issued> issued = AccountService(m_session).enableUser(username);
    afterChange(issued ? Status::success() : issued.status(), username);
    if (issued)
        showOneTimePassword(*issued);
}

void UsersPage::resetSelectedPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const UserAccount& account = m_model->record(m_model->rowOf(username));
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("Reset the password of %1?").arg(account.displayName),
            tr("Reset the password of %1?").arg(account.displayName), QMessageBox::Cancel, this);
    box->setInformativeText(tr("%1's password will stop working. You will be shown a one-time password to "
                               "give them; they must replace it when they next sign in.")
                                .arg(account.displayName));
    box->setObjectName(QStringLiteral("confirmResetBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* reset = box->addButton(tr("&Reset password"), QMessageBox::AcceptRole);
    reset->setObjectName(QStringLiteral("confirmResetButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset, username](QAbstractButton* clicked) {
        if (clicked != reset)
            return;
        Result<AccountService::Issued> issued = AccountService(m_session).resetPassword(username);
        afterChange(issued ? Status::success() : issued.status(), username);
        if (issued)
            showOneTimePassword(*issued);
    });
    box->open();
}

void UsersPage::changeSelectedRole()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const UserAccount& account = m_model->record(m_model->rowOf(username));
    QStringList names;
    for (const UserRole role : AllRoles)
        names.append(roleDisplayName(role));
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->setWindowTitle(tr("Change role"));
    dialog->setLabelText(tr("New role for %1 (%2):").arg(account.displayName, username));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(roleDisplayName(account.role));
    dialog->setOkButtonText(tr("Change role"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, username, names](const QString& chosen) {
        const int index = int(names.indexOf(chosen));
        if (index < 0)
            return;
        afterChange(AccountService(m_session).setRole(username, AllRoles.at(index)), username);
    });
    dialog->open();
}

void UsersPage::showOneTimePassword(const AccountService::Issued& issued)
{
    auto* dialog = new OneTimePasswordDialog(
        issued.account.username, issued.account.displayName, issued.oneTimePassword, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace wingmate::ui
