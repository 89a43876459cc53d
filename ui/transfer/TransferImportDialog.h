#pragma once

#include "transfer/TransferPayload.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Brings in a transfer package from another establishment: the file and the
// code it came with, then a preview (who, from where, how many records of
// each kind, and any conflict), and only then, with no conflict, the import.
class TransferImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit TransferImportDialog(UserSession& session, QWidget* parent = nullptr);

    // What the buttons do.
    void preview();
    void import();
    QString previewText() const;

Q_SIGNALS:
    // Records were imported; lists should refresh.
    void imported();

private:
    void chooseFile();
    void forgetPreview();

    UserSession& m_session;
    std::optional<TransferPayload> m_payload;
    QLineEdit* m_file;
    QLineEdit* m_code;
    QPushButton* m_previewButton;
    QLabel* m_preview;
    QPushButton* m_importButton;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
