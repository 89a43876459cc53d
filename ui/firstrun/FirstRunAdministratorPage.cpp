#include "FirstRunAdministratorPage.h"

#include "FirstRunVaultFolderPage.h"
#include "VaultCreationJob.h"
#include "domain/UserRole.h"
#include "security/PasswordPolicy.h"
#include "start/VaultFolders.h"
#include "widgets/ErrorPanel.h"
#include "widgets/PasswordStrengthMeter.h"
#include "widgets/SecretField.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace wingmate::ui {

namespace {

constexpr int MaxDisplayNameLength = 200; // the users table's limit
constexpr int MaxUsernameLength = 64;

} // namespace

FirstRunAdministratorPage::FirstRunAdministratorPage(QWidget* parent)
    : QWizardPage(parent)
    , m_usernameEdit(new QLineEdit(this))
    , m_usernameProblem(new QLabel(this))
    , m_displayNameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_strength(new PasswordStrengthMeter(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_confirmProblem(new QLabel(this))
    , m_showPasswords(new QCheckBox(tr("S&how passwords"), this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_error(new ErrorPanel(this))
    , m_form(new QFormLayout)
    , m_job(new VaultCreationJob(this))
{
    setObjectName(QStringLiteral("administratorPage"));
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_usernameProblem->setObjectName(QStringLiteral("usernameProblem"));
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmProblem->setObjectName(QStringLiteral("confirmProblem"));
    m_showPasswords->setObjectName(QStringLiteral("showPasswords"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));

    setTitle(tr("The first administrator"));
    setSubTitle(tr("This account looks after the vault: staff accounts, settings and backups. "
                   "You can add the other staff once the vault is made."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create vault"));

    m_usernameEdit->setMaxLength(MaxUsernameLength);
    m_usernameEdit->setPlaceholderText(tr("for example sam.patel"));
    m_displayNameEdit->setMaxLength(MaxDisplayNameLength);
    m_displayNameEdit->setPlaceholderText(tr("for example Sam Patel, wing manager"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    for (QLabel* label : { m_usernameProblem, m_confirmProblem }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        // Keep the sentence against the field it is about, even when the
        // form gives the row more height than one line.
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Creating the vault"));
    m_busyLabel->setWordWrap(true);
    m_busyLabel->setText(tr("Creating the vault. This takes a few seconds while its protection is "
                            "tuned to this PC…"));

    // A field and the sentence about it stay together in one cell, so a
    // hidden sentence leaves no gap in the form.
    const auto addField = [this](const QString& labelText, QLineEdit* edit, QWidget* hint) {
        auto* label = new QLabel(labelText, this);
        label->setBuddy(edit);
        if (!hint) {
            m_form->addRow(label, edit);
            return;
        }
        auto* cell = new QVBoxLayout;
        cell->setSpacing(cell->spacing() / 2);
        cell->addWidget(edit);
        cell->addWidget(hint);
        m_form->addRow(label, cell);
    };
    addField(tr("&Username:"), m_usernameEdit, m_usernameProblem);
    addField(tr("&Display name:"), m_displayNameEdit, nullptr);
    addField(tr("&Password:"), m_passwordEdit, m_strength);
    addField(tr("C&onfirm password:"), m_confirmEdit, m_confirmProblem);
    m_form->addRow(QString(), m_showPasswords);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_error);
    m_busyLabel->hide();
    m_busyBar->hide();

    for (QLineEdit* edit : { m_usernameEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit })
        connect(edit, &QLineEdit::textChanged, this, &FirstRunAdministratorPage::updateFeedback);
    connect(m_showPasswords, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit* edit : { m_passwordEdit, m_confirmEdit })
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_job, &VaultCreationJob::finished, this, &FirstRunAdministratorPage::creationFinished);
    updateFeedback();
}

QString FirstRunAdministratorPage::username() const
{
    return m_usernameEdit->text().trimmed();
}

QString FirstRunAdministratorPage::password() const
{
    return m_passwordEdit->text();
}

QString FirstRunAdministratorPage::displayName() const
{
    const QString name = m_displayNameEdit->text().simplified();
    return name.isEmpty() ? username() : name;
}

void FirstRunAdministratorPage::clearPasswords()
{
    wipeField(m_passwordEdit);
    wipeField(m_confirmEdit);
}

bool FirstRunAdministratorPage::isBusy() const
{
    return m_job->isRunning();
}

void FirstRunAdministratorPage::updateFeedback()
{
    // Say what is wrong with a field only once something is typed in it:
    // an empty form is not a mistake.
    const QString name = username();
    const QString nameProblem = name.isEmpty() ? QString() : usernameProblem(name);
    m_usernameProblem->setText(nameProblem);
    m_usernameProblem->setVisible(!nameProblem.isEmpty());

    m_strength->setPassword(password(), name);

    const bool mismatch = !m_confirmEdit->text().isEmpty() && m_confirmEdit->text() != password();
    m_confirmProblem->setText(mismatch ? tr("The two passwords are not the same.") : QString());
    m_confirmProblem->setVisible(mismatch);

    Q_EMIT completeChanged();
}

bool FirstRunAdministratorPage::isComplete() const
{
    return !isBusy() && !m_created && usernameProblem(username()).isEmpty() && m_strength->problem().isEmpty()
        && !password().isEmpty() && m_confirmEdit->text() == password();
}

bool FirstRunAdministratorPage::validatePage()
{
    // Called twice: once by the Create button, which starts the work and
    // stays on this page, and once by creationFinished() to move on.
    if (m_created)
        return true;
    if (isBusy() || !isComplete())
        return false;

    Vault::CreateOptions options;
    options.adminUsername = username();
    options.adminDisplayName = displayName();
    options.password = password();
    m_error->clear();
    m_job->start(
        cleanVaultFolder(field(QString::fromLatin1(FirstRunVaultFolderPage::FolderField)).toString()),
        options);
    setBusy(true); // after start(): isComplete() asks the job whether it runs
    return false;
}

void FirstRunAdministratorPage::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_usernameEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit, m_showPasswords })
        w->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        wizard()->setCursor(Qt::BusyCursor);
    else
        wizard()->unsetCursor();

    // The wizard re-enables Back whenever completeness changes, so the
    // buttons are set after it has had its say.
    Q_EMIT completeChanged();
    for (QWizard::WizardButton which : { QWizard::BackButton, QWizard::CancelButton }) {
        if (QAbstractButton* button = wizard()->button(which))
            button->setEnabled(!busy);
    }
}

void FirstRunAdministratorPage::creationFinished()
{
    const Status status = m_job->status();
    if (!status) {
        setBusy(false);
        m_error->showStatus(status);
        m_passwordEdit->setFocus();
        return;
    }
    m_created = true;
    setBusy(false);
    Q_EMIT vaultCreated(m_job->folder(), m_job->recoveryCode());
    wizard()->next();
}

} // namespace wingmate::ui
