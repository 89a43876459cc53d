#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Retention, for administrators: how many years closed records are kept,
// a preview of what the purge would delete now (counts per kind), and,
// after ticking that the deletion is understood to be for good, the purge.
class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    explicit RetentionDialog(UserSession& session, QWidget* parent = nullptr);

    // What the buttons do.
    void saveYears();
    void preview();
    void purge();
    QString countsText() const;

Q_SIGNALS:
    void purged();

private:
    void resetPreview();

    UserSession& m_session;
    QSpinBox* m_years;
    QPushButton* m_saveButton;
    QPushButton* m_previewButton;
    QLabel* m_counts;
    QCheckBox* m_understood;
    QPushButton* m_deleteButton;
    ErrorPanel* m_error;
    qint64 m_previewed = 0;
};

} // namespace wingmate::ui
