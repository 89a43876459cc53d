#pragma once

#include "Status.h"
#include "services/MentorRecordQuery.h"
#include "widgets/RecordTableModel.h"

#include <QList>

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// The mentors of the wing (MentorRecordQuery::list), one row each, for the
// Mentors page. Holds the decrypted rows only until clear() or the next
// refresh.
class MentorListModel : public RecordTableModel<MentorRecordQuery::ListEntry> {
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

    // -1 when the mentor is not listed.
    int rowOf(qint64 mentorId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    QVariant display(const MentorRecordQuery::ListEntry& entry, int column) const;

    UserSession& m_session;
};

} // namespace wingmate::ui
