#include "RestoreDialog.h"

#include "widgets/ErrorPanel.h"
#include "widgets/OperationProgress.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wingmate::ui {

RestoreDialog::RestoreDialog(const QString& vaultFolder, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_fileEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("&Choose…"), this))
    , m_infoLabel(new QLabel(this))
    , m_folderEdit(new QLineEdit(QDir::toNativeSeparators(vaultFolder), this))
    , m_usernameEdit(new QLineEdit(this))
    , m_passwordChoice(new QRadioButton(tr("&Password"), this))
    , m_recoveryChoice(new QRadioButton(tr("Recovery &code"), this))
    , m_secretEdit(new QLineEdit(this))
    , m_planLabel(new QLabel(this))
    , m_error(new ErrorPanel(this))
    , m_restoreButton(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    m_fileEdit->setObjectName(QStringLiteral("backupFileEdit"));
    m_chooseButton->setObjectName(QStringLiteral("chooseBackupButton"));
    m_infoLabel->setObjectName(QStringLiteral("backupInfoLabel"));
    m_folderEdit->setObjectName(QStringLiteral("restoreFolderEdit"));
    m_usernameEdit->setObjectName(QStringLiteral("restoreUsernameEdit"));
    m_passwordChoice->setObjectName(QStringLiteral("passwordChoice"));
    m_recoveryChoice->setObjectName(QStringLiteral("recoveryChoice"));
    m_secretEdit->setObjectName(QStringLiteral("restoreSecretEdit"));
    m_planLabel->setObjectName(QStringLiteral("restorePlanLabel"));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));

    auto* intro = new QLabel(
        tr("Puts the whole vault back as it was when the backup was made. Records added since then "
           "are not in the backup. Only an administrator in the backup can restore it."),
        this);
    intro->setWordWrap(true);
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::PlainText);
    m_planLabel->setWordWrap(true);
    m_planLabel->setTextFormat(Qt::PlainText);
    m_planLabel->setFrameShape(QFrame::StyledPanel);
    m_planLabel->setMargin(6);
    m_fileEdit->setPlaceholderText(tr("A .wmbackup file"));
    m_usernameEdit->setPlaceholderText(tr("An administrator's username"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_passwordChoice->setChecked(true);
    m_chooseButton->setAutoDefault(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_passwordChoice);
    choiceRow->addWidget(m_recoveryChoice);
    choiceRow->addStretch(1);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&Backup file:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_infoLabel);
    form->addRow(tr("Restore &into:"), m_folderEdit);
    form->addRow(tr("&Administrator:"), m_usernameEdit);
    form->addRow(new QLabel(tr("Sign in with:"), this), choiceRow);
    form->addRow(tr("Pass&word or code:"), m_secretEdit);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restoreButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_chooseButton, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateInfo);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateInfo);
    connect(m_recoveryChoice, &QRadioButton::toggled, this, [this](bool recovery) {
        m_secretEdit->setEchoMode(recovery ? QLineEdit::Normal : QLineEdit::Password);
        m_secretEdit->setPlaceholderText(
            recovery ? tr("32 letters and digits, in groups of four") : QString());
    });
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::requestRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateInfo();
}

RestoreDialog::~RestoreDialog() = default;

QMessageBox* RestoreDialog::confirmation() const
{
    return m_confirmation;
}

void RestoreDialog::setBackupFile(const QString& path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

QString RestoreDialog::backupFile() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

QString RestoreDialog::vaultFolder() const
{
    return QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
}

QString RestoreDialog::planText() const
{
    return m_planLabel->text();
}

QString RestoreDialog::backupInfoText() const
{
    return m_infoLabel->text();
}

QString RestoreDialog::errorMessage() const
{
    return m_error->message();
}

void RestoreDialog::chooseFile()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const QString start = backupFile().isEmpty() ? QFileInfo(vaultFolder()).absolutePath()
                                                 : QFileInfo(backupFile()).absolutePath();
    auto* dialog = new QFileDialog(
        this, tr("Choose a backup"), start, tr("Wingmate backups (*.wmbackup);;All files (*)"));
    dialog->setObjectName(QStringLiteral("restoreFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, &RestoreDialog::setBackupFile);
    m_fileDialog = dialog;
    dialog->open();
}

void RestoreDialog::updateInfo()
{
    m_error->clear();
    const QString file = backupFile();
    if (file.isEmpty()) {
        m_infoLabel->setText(tr("Choose the backup file to restore."));
    } else {
        const Result<BackupFile> header = RestoreService::inspect(file);
        if (!header) {
            m_infoLabel->setText(header.status().message());
        } else {
            const QLocale locale;
            const QDateTime made = header->madeAt.toLocalTime();
            m_infoLabel->setText(header->madeBy.isEmpty()
                    ? tr("A backup made on %1 at %2.")
                          .arg(locale.toString(made.date(), QLocale::LongFormat),
                              locale.toString(made.time(), QLocale::ShortFormat))
                    : tr("A backup made on %1 at %2 by %3.")
                          .arg(locale.toString(made.date(), QLocale::LongFormat),
                              locale.toString(made.time(), QLocale::ShortFormat), header->madeBy));
        }
    }
    const QString folder = vaultFolder();
    if (folder.isEmpty()) {
        m_planLabel->setText(tr("Say which folder to restore the vault into."));
        return;
    }
    const RestoreService::Plan plan = RestoreService::plan(folder, m_clock);
    m_planLabel->setText(plan.replacesSomething
            ? tr("What is in %1 now will be kept, unchanged, in %2 (nothing is deleted), and the backup put "
                 "in its place.")
                  .arg(QDir::toNativeSeparators(plan.directory), QDir::toNativeSeparators(plan.keptAside))
            : tr("The backup will be put in %1, which is empty or does not exist yet.")
                  .arg(QDir::toNativeSeparators(plan.directory)));
}

void RestoreDialog::requestRestore()
{
    m_error->clear();
    if (backupFile().isEmpty()) {
        m_error->showMessage(tr("Choose the backup file to restore."));
        m_fileEdit->setFocus();
        return;
    }
    if (vaultFolder().isEmpty()) {
        m_error->showMessage(tr("Say which folder to restore the vault into."));
        m_folderEdit->setFocus();
        return;
    }
    if (m_usernameEdit->text().trimmed().isEmpty() || m_secretEdit->text().isEmpty()) {
        m_error->showMessage(m_recoveryChoice->isChecked()
                ? tr("Give an administrator's username and the recovery code.")
                : tr("Give an administrator's username and password."));
        (m_usernameEdit->text().trimmed().isEmpty() ? m_usernameEdit : m_secretEdit)->setFocus();
        return;
    }
    updateInfo();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Restore the vault?"),
        planText() + QStringLiteral("\n\n") + tr("Anyone using this vault must have closed it. Restore now?"),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRestoreMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(restore, &QPushButton::clicked, this,
        [this] { QMetaObject::invokeMethod(this, &RestoreDialog::perform, Qt::QueuedConnection); });
    m_confirmation = box;
    box->open();
}

void RestoreDialog::perform()
{
    RestoreService::Credentials credentials;
    credentials.username = m_usernameEdit->text().trimmed();
    (m_recoveryChoice->isChecked() ? credentials.recoveryCode : credentials.password) = m_secretEdit->text();
    setBusy(true);
    Result<RestoreService::Restored> restored = Status::failure(ErrorCode::Usage, QString());
    {
        OperationProgress progress(this, tr("Restoring the vault…"), tr("Stop"));
        restored
            = RestoreService::restore(vaultFolder(), backupFile(), credentials, progress.callback(), m_clock);
    }
    setBusy(false);
    if (!restored) {
        updateInfo(); // the folder may look different now; this clears the error panel
        if (isCancelled(restored.status()))
            m_error->showMessage(tr("The restore was stopped; nothing was changed."));
        else
            m_error->showStatus(restored.status());
        return;
    }
    m_secretEdit->clear();
    m_result = restored.take();
    Q_EMIT this->restored(m_result.directory, m_result.keptAside);
    accept();
}

void RestoreDialog::setBusy(bool busy)
{
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
    for (QWidget* w : std::initializer_list<QWidget*> { m_fileEdit, m_chooseButton, m_folderEdit,
             m_usernameEdit, m_passwordChoice, m_recoveryChoice, m_secretEdit, m_restoreButton })
        w->setEnabled(!busy);
}

} // namespace wingmate::ui
