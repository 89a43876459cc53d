#include "FirstRunWizard.h"

#include "AdministratorPage.h"
#include "RecoveryCodePage.h"
#include "VaultFolderPage.h"

namespace wingmate::ui {

FirstRunWizard::FirstRunWizard(const QString& suggestedFolder, QWidget* parent)
    : QWizard(parent)
    , m_folderPage(new VaultFolderPage(suggestedFolder, this))
    , m_administratorPage(new AdministratorPage(this))
    , m_recoveryCodePage(new RecoveryCodePage(this))
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

    connect(m_folderPage, &VaultFolderPage::openExistingVaultRequested, this,
        &FirstRunWizard::openExistingVaultRequested);
    connect(m_administratorPage, &AdministratorPage::vaultCreated, this,
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
