#pragma once

#include "Status.h"
#include "services/MentorRecordQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// The mentors of the wing (MentorRecordQuery::list), one row each, for the
// Mentors page. Holds the decrypted rows only until clear() or the next
// refresh.
class MentorListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, PrisonNumber, Status, Load, Tier, ColumnCount };

    enum Role {
        MentorIdRole = Qt::UserRole, // qint64, any column
        SortRole, // a value that sorts as people expect
        SearchRole, // name and prison number as Validation::searchKey
    };

    explicit MentorListModel(UserSession& session, QObject* parent = nullptr);

    // Reads the list again; on failure keeps the rows it had.
    wingmate::Status refresh(bool includeLeft);
    void clear();

    const MentorRecordQuery::ListEntry& entry(int row) const { return m_rows.at(row); }
    // -1 when the mentor is not listed.
    int rowOf(qint64 mentorId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const MentorRecordQuery::ListEntry& entry, int column) const;

    UserSession& m_session;
    QList<MentorRecordQuery::ListEntry> m_rows;
};

} // namespace wingmate::ui
