#pragma once

#include "widgets/EntryDialog.h"

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Adds a supervision session: when, who supervised, how the mentor is
// doing and the notes. Core checks the fields.
class SupervisionDialog : public EntryDialog {
    Q_OBJECT
public:
    SupervisionDialog(UserSession& session, qint64 mentorId, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void added(qint64 supervisionId);

private:
    UserSession& m_session;
    qint64 m_mentorId;
    QDateEdit* m_heldOn;
    QLineEdit* m_supervisor;
    QLineEdit* m_wellbeing;
    QPlainTextEdit* m_notes;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
