#pragma once

#include "widgets/EntryDialog.h"

class QDateEdit;
class QLineEdit;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;

// Records the governor's approval or the security clearance of a mentor
// application: when, and who by (a name). RecordClearance only; core checks.
class ClearanceDialog : public EntryDialog {
    Q_OBJECT
public:
    enum class Kind { GovernorApproval, SecurityClearance };

    ClearanceDialog(UserSession& session, qint64 mentorId, Kind kind, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void recorded();

private:
    UserSession& m_session;
    qint64 m_mentorId;
    Kind m_kind;
    QDateEdit* m_date;
    QLineEdit* m_by;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
