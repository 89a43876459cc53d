#pragma once

#include <QWizard>

namespace wingmate::ui {

class AdministratorPage;
class RecoveryCodePage;
class VaultFolderPage;

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

    VaultFolderPage* folderPage() const { return m_folderPage; }
    AdministratorPage* administratorPage() const { return m_administratorPage; }
    RecoveryCodePage* recoveryCodePage() const { return m_recoveryCodePage; }

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
    VaultFolderPage* m_folderPage;
    AdministratorPage* m_administratorPage;
    RecoveryCodePage* m_recoveryCodePage;
    QString m_vaultFolder;
};

} // namespace wingmate::ui
