#include "ChangePasswordDialog.h"

#include "security/WipeSecret.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"
#include "widgets/PasswordStrengthMeter.h"
#include "widgets/SecretField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

ChangePasswordDialog::ChangePasswordDialog(UserSession& session, Reason reason, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_meter(new PasswordStrengthMeter(this))
    , m_mismatch(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change your password"));
    setModal(true);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(reason == Reason::FirstSignIn
            ? tr("Welcome, %1. The password you were given works only once: choose your own now. "
                 "A few unrelated words make a strong password that is easy to remember.")
                  .arg(session.user().displayName)
            : tr("Choose a new password. A few unrelated words make a strong password that is easy to "
                 "remember."));
    layout->addWidget(intro);

    for (QLineEdit* edit : { m_current, m_new, m_confirm })
        edit->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_mismatch->setObjectName(QStringLiteral("mismatchLabel"));

    auto* form = new QFormLayout;
    form->addRow(reason == Reason::FirstSignIn ? tr("&Password you were given:") : tr("&Current password:"),
        m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Type it again:"), m_confirm);
    form->addRow(QString(), m_mismatch);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_error->clear();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Change password"));
    m_ok->setObjectName(QStringLiteral("changePasswordButton"));
    if (reason == Reason::FirstSignIn)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Sign &out"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_current, m_new, m_confirm })
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    updateState();
    setMinimumWidth(460);
}

void ChangePasswordDialog::updateState()
{
    m_meter->setPassword(m_new->text(), m_session.user().username);
    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_new->text();
    m_mismatch->setText(mismatch ? tr("The two new passwords are not the same.") : QString());
    m_ok->setEnabled(!m_current->text().isEmpty() && m_meter->problem().isEmpty() && !m_new->text().isEmpty()
        && m_confirm->text() == m_new->text());
}

void ChangePasswordDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    m_error->clear();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString current = m_current->text();
    QString fresh = m_new->text();
    const Status status = m_session.changeOwnPassword(current, fresh);
    QGuiApplication::restoreOverrideCursor();
    wipeSecret(current);
    wipeSecret(fresh);
    if (!status) {
        m_error->showStatus(status);
        (status.code() == ErrorCode::Authentication ? m_current : m_new)->setFocus();
        return;
    }
    for (QLineEdit* field : { m_current, m_new, m_confirm })
        wipeField(field);
    accept();
}

} // namespace wingmate::ui
