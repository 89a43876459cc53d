#pragma once

#include "services/UserSession.h"

#include <QAbstractTableModel>
#include <QList>

namespace wingmate::ui {

// Staff accounts as a table. It holds a copy of what AccountService listed
// and never reads the vault itself.
class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        DisplayNameColumn,
        RoleColumn,
        ActiveColumn,
        MustChangePasswordColumn,
        LastSignInColumn,
        ColumnCount
    };
    enum DataRole {
        UsernameRole = Qt::UserRole, // the row's username, in every column
    };

    explicit UserListModel(QObject* parent = nullptr);

    void setAccounts(QList<UserAccount> accounts);
    const UserAccount& account(int row) const { return m_accounts.at(row); }
    // The row of this username, or -1.
    int rowOf(const QString& username) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserAccount> m_accounts;
};

} // namespace wingmate::ui
