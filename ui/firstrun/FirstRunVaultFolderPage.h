#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wingmate::ui {

class ErrorPanel;

// First-run step 1: where the new vault goes. Checked as the person types,
// so a folder that cannot be used is explained before they move on.
class FirstRunVaultFolderPage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr const char* FolderField = "vaultFolder";

    explicit FirstRunVaultFolderPage(const QString& suggestedFolder, QWidget* parent = nullptr);

    // The chosen folder as a clean absolute path; empty if none is usable.
    QString folder() const;
    bool isComplete() const override;

Q_SIGNALS:
    // The chosen folder already holds a vault and the person wants to open it.
    void openExistingVaultRequested(const QString& folder);

private:
    void browse();
    void checkFolder();

    QLineEdit* m_folderEdit;
    QPushButton* m_browseButton;
    QLabel* m_note;
    ErrorPanel* m_problem;
    QPushButton* m_openExistingButton;
    bool m_usable = false;
};

} // namespace wingmate::ui
