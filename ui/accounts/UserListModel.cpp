#include "UserListModel.h"

#include <QLocale>

namespace wingmate::ui {

UserListModel::UserListModel(QObject* parent)
    : RecordTableModel(parent)
{
}

int UserListModel::rowOf(const QString& username) const
{
    return rowWhere([&username](const UserAccount& account) { return account.username == username; });
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const UserAccount& account = record(index.row());
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

QStringList UserListModel::columnTitles() const
{
    return { tr("Username"), tr("Name"), tr("Role"), tr("Status"), tr("Must change password"),
        tr("Last sign-in") };
}

} // namespace wingmate::ui
