#include "FirstRunWizard.h"

#include "FirstRunAdministratorPage.h"
#include "FirstRunRecoveryCodePage.h"
#include "FirstRunVaultFolderPage.h"

namespace wingmate::ui {

FirstRunWizard::FirstRunWizard(const QString& suggestedFolder, QWidget* parent)
    : QWizard(parent)
    , m_folderPage(new FirstRunVaultFolderPage(suggestedFolder, this))
    , m_administratorPage(new FirstRunAdministratorPage(this))
    , m_recoveryCodePage(new FirstRunRecoveryCodePage(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Wingmate — Set up a new vault"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setPage(FolderPageId, m_folderPage);
    setPage(AdministratorPageId, m_administratorPage);
    setPage(RecoveryCodePageId, m_recoveryCodePage);
    setStartId(FolderPageId);
    // Room for the longest sentences without the window growing page by page.
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 30);

    connect(m_folderPage, &FirstRunVaultFolderPage::openExistingVaultRequested, this,
        &FirstRunWizard::openExistingVaultRequested);
    connect(m_administratorPage, &FirstRunAdministratorPage::vaultCreated, this,
        [this](const QString& folder, const QString& code) {
            m_vaultFolder = folder;
            m_recoveryCodePage->setRecoveryCode(folder, code);
        });
}

bool FirstRunWizard::isVaultCreated() const
{
    return m_administratorPage->isVaultCreated();
}

QString FirstRunWizard::administratorUsername() const
{
    return m_administratorPage->username();
}

QString FirstRunWizard::takeAdministratorPassword()
{
    const QString password = m_administratorPage->password();
    m_administratorPage->clearPasswords();
    return password;
}

bool FirstRunWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == RecoveryCodePageId)
        Q_EMIT finishing();
    return true;
}

void FirstRunWizard::reject()
{
    if (m_administratorPage->isBusy() || isVaultCreated())
        return;
    QWizard::reject();
}

} // namespace wingmate::ui
