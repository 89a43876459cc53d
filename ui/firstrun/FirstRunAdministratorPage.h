#pragma once

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace wingmate::ui {

class ErrorPanel;
class PasswordStrengthMeter;
class VaultCreationJob;

// First-run step 2: the first administrator's account. Its button creates
// the vault (a commit page: there is no going back once the vault exists).
// Creation runs in a worker thread; the page shows it is busy meanwhile and
// moves the wizard on by itself when the vault is made.
class FirstRunAdministratorPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunAdministratorPage(QWidget* parent = nullptr);

    QString username() const;
    QString password() const;
    // Empties the password fields once the password is no longer needed.
    void clearPasswords();

    bool isBusy() const;
    bool isVaultCreated() const { return m_created; }

    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void vaultCreated(const QString& folder, const QString& recoveryCode);

private:
    void updateFeedback();
    void setBusy(bool busy);
    void creationFinished();
    QString displayName() const;

    QLineEdit* m_usernameEdit;
    QLabel* m_usernameProblem;
    QLineEdit* m_displayNameEdit;
    QLineEdit* m_passwordEdit;
    PasswordStrengthMeter* m_strength;
    QLineEdit* m_confirmEdit;
    QLabel* m_confirmProblem;
    QCheckBox* m_showPasswords;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    ErrorPanel* m_error;
    QFormLayout* m_form;
    VaultCreationJob* m_job;
    bool m_created = false;
};

} // namespace wingmate::ui
