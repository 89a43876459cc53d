#pragma once

#include "domain/MentorStatus.h"
#include "widgets/EntryDialog.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// A move along the mentor status graph that needs a reason: suspended (why)
// or left (a leaving reason, with optional notes). Core decides whether the
// reason will do; a refusal is shown here and the dialog stays open.
class StatusChangeDialog : public EntryDialog {
    Q_OBJECT
public:
    StatusChangeDialog(UserSession& session, qint64 mentorId, MentorStatus to, QWidget* parent = nullptr);

    MentorStatus target() const { return m_to; }
    void accept() override;

Q_SIGNALS:
    void statusChanged(MentorStatus to);

private:
    UserSession& m_session;
    qint64 m_mentorId;
    MentorStatus m_to;
    QDateEdit* m_date;
    QComboBox* m_leaving = nullptr;
    QPlainTextEdit* m_reason;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
