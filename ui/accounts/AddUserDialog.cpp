#include "AddUserDialog.h"

#include "widgets/ErrorPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

AddUserDialog::AddUserDialog(UserSession& session, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_error(new ErrorPanel(this))
    , m_add(nullptr)
{
    setObjectName(QStringLiteral("addUserDialog"));
    m_username->setObjectName(QStringLiteral("newUsernameEdit"));
    m_displayName->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_role->setObjectName(QStringLiteral("newRoleCombo"));
    setWindowTitle(tr("Add a user"));

    m_username->setMaxLength(64);
    m_username->setPlaceholderText(tr("e.g. sam.patel"));
    m_displayName->setMaxLength(200);
    for (const UserRole role :
        { UserRole::SupportWorker, UserRole::MentalHealthNurse, UserRole::Administrator })
        m_role->addItem(roleDisplayName(role), int(role));

    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("confirmAddUserButton"));
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &AddUserDialog::updateState);
    connect(m_displayName, &QLineEdit::textChanged, this, &AddUserDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_username, m_displayName);
    setTabOrder(m_displayName, m_role);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateState();
}

void AddUserDialog::updateState()
{
    m_add->setEnabled(!m_username->text().trimmed().isEmpty() && !m_displayName->text().trimmed().isEmpty());
}

void AddUserDialog::submit()
{
    if (!m_add->isEnabled())
        return;
    m_error->clear();
    Result<AccountService::Issued> issued = AccountService(m_session).addUser(m_username->text().trimmed(),
        m_displayName->text().trimmed(), UserRole(m_role->currentData().toInt()));
    if (!issued) {
        m_error->showStatus(issued.status());
        m_username->setFocus();
        return;
    }
    m_issued = issued.take();
    accept();
}

} // namespace wingmate::ui
