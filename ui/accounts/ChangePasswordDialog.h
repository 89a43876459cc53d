#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;
class PasswordStrengthMeter;

// Changes the signed-in person's own password: current password, the new
// one twice, live strength feedback. Core decides; this only asks and shows
// the answer. Used at the first sign-in with a one-time password, when it
// must be done before anything else, and from the menu at any time.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Reason { FirstSignIn, Voluntary };

    ChangePasswordDialog(UserSession& session, Reason reason, QWidget* parent = nullptr);

private:
    void updateState();
    void submit();

    UserSession& m_session;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    PasswordStrengthMeter* m_meter;
    QLabel* m_mismatch;
    ErrorPanel* m_error;
    QPushButton* m_ok;
};

} // namespace wingmate::ui
