#pragma once

#include <QWizard>

namespace wingmate::ui {

class FirstRunAdministratorPage;
class FirstRunRecoveryCodePage;
class FirstRunVaultFolderPage;

// Makes a new vault: where it goes, its first administrator, then its
// recovery code. Accepted once the vault exists and the person has confirmed
// they kept the code; the vault itself is closed again, and whoever opened
// the wizard signs in with administratorUsername()/takeAdministratorPassword().
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FolderPageId, AdministratorPageId, RecoveryCodePageId };

    explicit FirstRunWizard(const QString& suggestedFolder, QWidget* parent = nullptr);

    // Valid once the vault has been made.
    QString vaultFolder() const { return m_vaultFolder; }
    bool isVaultCreated() const;
    QString administratorUsername() const;
    // Hands the password over once and empties the fields holding it.
    QString takeAdministratorPassword();

    FirstRunVaultFolderPage* folderPage() const { return m_folderPage; }
    FirstRunAdministratorPage* administratorPage() const { return m_administratorPage; }
    FirstRunRecoveryCodePage* recoveryCodePage() const { return m_recoveryCodePage; }

    // Refused while the vault is being made, and once it exists: closing
    // then would lose the only sight of the recovery code.
    void reject() override;

Q_SIGNALS:
    void openExistingVaultRequested(const QString& folder);
    // Continue was chosen on the last page. Emitted while the wizard is still
    // on screen, so whoever signs the administrator in leaves no gap with no
    // window; the wizard closes (accepted) afterwards.
    void finishing();

protected:
    bool validateCurrentPage() override;

private:
    FirstRunVaultFolderPage* m_folderPage;
    FirstRunAdministratorPage* m_administratorPage;
    FirstRunRecoveryCodePage* m_recoveryCodePage;
    QString m_vaultFolder;
};

} // namespace wingmate::ui
