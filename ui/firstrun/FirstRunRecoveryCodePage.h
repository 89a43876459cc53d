#pragma once

#include "Status.h"
#include "storage/AtomicFile.h"

#include <QDateTime>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace wingmate::ui {

class ErrorPanel;

// First-run step 3: the recovery code, shown once. The wizard cannot be
// finished until the person confirms they have kept it, because nobody can
// show it again.
class FirstRunRecoveryCodePage : public QWizardPage {
    Q_OBJECT
public:
    explicit FirstRunRecoveryCodePage(QWidget* parent = nullptr);

    void setRecoveryCode(const QString& folder, const QString& code);
    QString recoveryCode() const { return m_code; }

    bool isComplete() const override;

    // The sheet that goes with the code, as plain text in a file or printed.
    // An existing file is replaced only with Replace: the save dialog has
    // asked (QFileDialog confirms an overwrite). Written owner-only, never
    // through a link (writeOutputFile).
    Status saveTo(const QString& path, ExistingFile existing = ExistingFile::Refuse) const;
    void printTo(QPrinter& printer) const;

private:
    void print();
    void save();
    QString sheetText() const;
    QString sheetHtml() const;
    QString madeAt() const;

    QLabel* m_codeLabel;
    QPushButton* m_printButton;
    QPushButton* m_saveButton;
    QLabel* m_savedNote;
    ErrorPanel* m_error;
    QCheckBox* m_keptCheck;
    QString m_code;
    QString m_folder;
    QDateTime m_createdAt;
};

} // namespace wingmate::ui
