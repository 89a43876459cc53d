#pragma once

#include "widgets/RecordListPage.h"

class QCheckBox;
class QPushButton;
class QSortFilterProxyModel;

namespace wingmate::ui {

class CaseloadModel;

// The caseload: every open mentee episode in a sortable table, filtered as
// the user types (name, prison number, mentor; ignoring case and accents).
// Concerns waiting for review and overdue reviews come first and are marked.
// A nurse reviews a concern from here (Review…, or Enter on such a row);
// double-click, or Enter on any other row, asks for the mentee's record.
class CaseloadPage : public RecordListPage {
    Q_OBJECT
public:
    explicit CaseloadPage(UserSession& session, QWidget* parent = nullptr);

    CaseloadModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return tableProxy(); }

    // The episode of the current row, or 0.
    qint64 currentEpisodeId() const { return currentId(); }
    // Opens the review dialog for the current row (if it may be reviewed).
    void reviewCurrent();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    // A review was saved from this page.
    void reviewed(qint64 episodeId, qint64 reviewId);

protected:
    Status readRecords() override;
    void clearRecords() override;
    QString countText() const override;
    void open(const QModelIndex& index) override;
    // Enter reviews a row with a concern waiting (for a nurse).
    void activate(const QModelIndex& index) override;
    void updateRowActions() override;

private:
    bool canReview(int sourceRow) const;
    int currentSourceRow() const;

    CaseloadModel* m_model;
    QCheckBox* m_attentionFirst;
    QPushButton* m_reviewButton = nullptr;
};

} // namespace wingmate::ui
