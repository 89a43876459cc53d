#pragma once

#include "Status.h"
#include "services/ConcernListQuery.h"
#include "widgets/RecordTableModel.h"

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// Raised concerns (ConcernListQuery) for the Concerns section: those waiting
// for a nurse first, highlighted, with how long they have waited.
class ConcernListModel : public RecordTableModel<ConcernListQuery::Row> {
    Q_OBJECT
public:
    enum Column {
        Raised,
        Mentee,
        PrisonNumber,
        Source,
        Description,
        State,
        Reviewer,
        Outcome,
        Risk,
        Acct,
        ColumnCount
    };

    enum Role {
        ConcernIdRole = Qt::UserRole, // qint64, any column
        EpisodeIdRole, // qint64, any column
        OpenRole, // bool, any column: still waiting for review
        SortRole,
        SearchRole, // mentee, prison number, description, who raised it
    };

    explicit ConcernListModel(UserSession& session, QObject* parent = nullptr);

    Status refresh(const ConcernListQuery::Filter& filter);
    int rowOf(qint64 concernId) const;
    int openCount() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    QVariant display(const ConcernListQuery::Row& row, int column) const;
    // Whole days since it was raised, by the session's clock.
    qint64 daysWaiting(const ConcernListQuery::Row& row) const;

    UserSession& m_session;
};

} // namespace wingmate::ui
