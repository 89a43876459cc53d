#pragma once

#include "services/UserSession.h"
#include "widgets/RecordTableModel.h"

#include <QList>

namespace wingmate::ui {

// Staff accounts as a table. It holds a copy of what AccountService listed
// and never reads the vault itself.
class UserListModel : public RecordTableModel<UserAccount> {
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

    // The row of this username, or -1.
    int rowOf(const QString& username) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;
};

} // namespace wingmate::ui
