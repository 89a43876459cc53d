#pragma once

#include "services/AccountService.h"
#include "widgets/EntryDialog.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace wingmate::ui {

class ErrorPanel;

// Asks for a new account's username, name and role and adds it through
// AccountService. Core's refusal (a taken or badly formed username) is shown
// here and the dialog stays open; on success it closes with the account and
// its one-time password in issued().
class AddUserDialog : public EntryDialog {
    Q_OBJECT
public:
    explicit AddUserDialog(UserSession& session, QWidget* parent = nullptr);

    const std::optional<AccountService::Issued>& issued() const { return m_issued; }

public Q_SLOTS:
    void submit();

private:
    void updateState();

    UserSession& m_session;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    ErrorPanel* m_error;
    QPushButton* m_add;
    std::optional<AccountService::Issued> m_issued;
};

} // namespace wingmate::ui
