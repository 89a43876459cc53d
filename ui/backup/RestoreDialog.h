#pragma once

#include "backup/RestoreService.h"

#include <QDialog>
#include <QPointer>

class QFileDialog;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QRadioButton;

namespace wingmate {
class Clock;
}

namespace wingmate::ui {

class ErrorPanel;

// Restores a vault from a backup file, from the unlock window: the vault
// there may be damaged or gone, so nobody needs to be signed in. Asks for the
// file, an administrator's username and their password (or the recovery
// code), says what will happen (what is in the folder now is kept aside, at
// a path it names) and asks again before doing it. Core checks everything
// before the folder is touched; a refusal is shown inline and changes
// nothing.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QString& vaultFolder, const Clock& clock, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    void setBackupFile(const QString& path);
    QString backupFile() const;
    QString vaultFolder() const;
    // What the dialog says will happen, as shown.
    QString planText() const;
    QString backupInfoText() const;
    QString errorMessage() const;
    // The confirmation, while it is open.
    QMessageBox* confirmation() const;
    // Set once a restore has succeeded.
    const RestoreService::Restored& result() const { return m_result; }

public Q_SLOTS:
    // Checks the form, then asks for confirmation.
    void requestRestore();

Q_SIGNALS:
    void restored(const QString& vaultFolder, const QString& keptAside);

private:
    void chooseFile();
    void updateInfo();
    void perform();
    void setBusy(bool busy);

    const Clock& m_clock;
    QLineEdit* m_fileEdit;
    QPushButton* m_chooseButton;
    QLabel* m_infoLabel;
    QLineEdit* m_folderEdit;
    QLineEdit* m_usernameEdit;
    QRadioButton* m_passwordChoice;
    QRadioButton* m_recoveryChoice;
    QLineEdit* m_secretEdit;
    QLabel* m_planLabel;
    ErrorPanel* m_error;
    QPushButton* m_restoreButton;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QMessageBox> m_confirmation;
    RestoreService::Restored m_result;
};

} // namespace wingmate::ui
