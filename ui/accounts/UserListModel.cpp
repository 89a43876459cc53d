#include "UserListModel.h"

#include <QLocale>

namespace wingmate::ui {

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UserListModel::setAccounts(QList<UserAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int UserListModel::rowOf(const QString& username) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).username == username)
            return row;
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const UserAccount& account = m_accounts.at(index.row());
    if (role == UsernameRole)
        return account.username;
    if (role == Qt::ToolTipRole && index.column() == MustChangePasswordColumn && account.mustChangePassword)
        return tr("Has a one-time password that must be replaced at the next sign-in");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case UsernameColumn:
        return account.username;
    case DisplayNameColumn:
        return account.displayName;
    case RoleColumn:
        return roleDisplayName(account.role);
    case ActiveColumn:
        return account.active ? tr("Active") : tr("Disabled");
    case MustChangePasswordColumn:
        return account.mustChangePassword ? tr("Yes") : tr("No");
    case LastSignInColumn:
        return account.lastLoginAt.isValid()
            ? QLocale().toString(account.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
            : tr("Never");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UsernameColumn:
        return tr("Username");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("Status");
    case MustChangePasswordColumn:
        return tr("Must change password");
    case LastSignInColumn:
        return tr("Last sign-in");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace wingmate::ui
