#pragma once

#include "services/AccountService.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace wingmate::ui {

class ErrorPanel;
class UserListModel;

// Staff accounts, for administrators: the list, and Add, Disable, Enable,
// Reset password and Change role. Core decides (the last active
// administrator stays, usernames are checked); this page asks and says what
// core answered. One-time passwords are shown once; after disabling someone
// it offers to change the vault's key so an old copy of their key slot is
// worthless.
//
// Every dialog is opened, not exec()'d, so locking can throw the page and
// its dialogs away at any moment.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    explicit UsersPage(UserSession& session, QWidget* parent = nullptr);

    UserListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString errorMessage() const;
    // Selects the row of this username; false if it is not listed.
    bool selectUser(const QString& username);
    QString selectedUsername() const;

public Q_SLOTS:
    void refresh();
    void addUser();
    void disableSelected();
    void enableSelected();
    void resetSelectedPassword();
    void changeSelectedRole();
    // Changes the vault's key now, with a busy indicator.
    bool rotateKey();

private:
    void disableUser(const QString& username);
    void showOneTimePassword(const AccountService::Issued& issued);
    void offerKeyRotation(const QString& username);
    void updateButtons();
    void afterChange(const Status& status, const QString& username);

    UserSession& m_session;
    UserListModel* m_model;
    QTableView* m_view;
    ErrorPanel* m_error;
    QPushButton* m_addButton;
    QPushButton* m_disableButton;
    QPushButton* m_enableButton;
    QPushButton* m_resetButton;
    QPushButton* m_roleButton;
};

} // namespace wingmate::ui
