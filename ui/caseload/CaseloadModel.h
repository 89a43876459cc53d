#pragma once

#include "Status.h"
#include "services/CaseloadQuery.h"
#include "widgets/RecordTableModel.h"

#include <QList>

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// The open episodes of the caseload (CaseloadQuery), one row each, for the
// nurse's and the workers' caseload page. Rows keep the query's order:
// concerns waiting for review first, then overdue reviews, then by name.
// Holds the decrypted rows only until clear() (on lock) or the next refresh.
class CaseloadModel : public RecordTableModel<CaseloadQuery::Row> {
    Q_OBJECT
public:
    enum Column {
        Name,
        PrisonNumber,
        Flags, // what the row needs, in words: the marker beside the colour
        Mentors,
        LastContact,
        LastCheckIn,
        CheckInRisk,
        OpenConcerns,
        NextReview,
        RiskLevel,
        Acct,
        ColumnCount
    };

    // What a row needs from the nurse, most urgent first; its order is the
    // order rows are pinned in.
    enum class Attention { ConcernToReview, ReviewOverdue, None };

    enum Role {
        EpisodeIdRole = Qt::UserRole, // qint64, any column
        SortRole, // a value that sorts as people expect
        SearchRole, // name, prison number and mentors as Validation::searchKey
        AttentionRole, // int(Attention), any column
        OpenConcernsRole, // int, any column
    };

    explicit CaseloadModel(UserSession& session, QObject* parent = nullptr);

    // Runs the caseload query again; on failure keeps the rows it had.
    Status refresh();

    // -1 when the episode is not on the caseload.
    int rowOf(qint64 episodeId) const;
    static Attention attentionOf(const CaseloadQuery::Row& row);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString dateText(const QDate& date);

protected:
    QStringList columnTitles() const override;

private:
    QVariant display(const CaseloadQuery::Row& row, int column) const;
    QVariant sortValue(const CaseloadQuery::Row& row, int column) const;
    QString flagsText(const CaseloadQuery::Row& row) const;
    QString checkInRiskText(const CaseloadQuery::Row& row) const;

    UserSession& m_session;
};

} // namespace wingmate::ui
