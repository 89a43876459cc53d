#pragma once

#include "widgets/EntryDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// A prisoner's application to become a mentor: pick the prisoner (search by
// name or prison number) or add one not yet in the vault, then the date,
// capacity, pathway tier and notes. ManageMentors; core checks everything.
class MentorApplicationDialog : public EntryDialog {
    Q_OBJECT
public:
    explicit MentorApplicationDialog(UserSession& session, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void applied(qint64 mentorId);

private:
    void search(const QString& text);
    void updateMode();

    UserSession& m_session;
    QRadioButton* m_existing;
    QRadioButton* m_new;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLineEdit* m_prisonNumber;
    QLineEdit* m_fullName;
    QDateEdit* m_appliedOn;
    QSpinBox* m_capacity;
    QComboBox* m_tier;
    QPlainTextEdit* m_notes;
    ErrorPanel* m_error;
    qint64 m_addedPrisonerId = 0; // a new prisoner already saved, if apply was then refused
};

} // namespace wingmate::ui
