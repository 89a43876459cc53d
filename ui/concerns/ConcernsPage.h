#pragma once

#include "widgets/RecordListPage.h"

class QComboBox;
class QPushButton;

namespace wingmate::ui {

class ConcernListModel;

// The Concerns section: every concern waiting for the mental health team,
// longest waiting first and highlighted, or (from the Show list) also those
// reviewed in the last 30 days or 12 months with who reviewed them and the
// outcome. A nurse reviews from here (Review…, or Enter on a waiting
// concern); Open record (or Enter otherwise) asks for the mentee's record.
class ConcernsPage : public RecordListPage {
    Q_OBJECT
public:
    enum class Range { Waiting, LastMonth, LastYear };

    explicit ConcernsPage(UserSession& session, QWidget* parent = nullptr);

    ConcernListModel* model() const { return m_model; }
    WordFilterProxy* proxy() const { return m_proxy; }

    void setRange(Range range);
    qint64 currentConcernId() const { return currentId(); }
    // Opens the review dialog for the current concern, if a nurse may.
    void reviewCurrent();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    void reviewed(qint64 episodeId, qint64 reviewId);

protected:
    Status readRecords() override;
    void clearRecords() override;
    QString countText() const override;
    void open(const QModelIndex& index) override;
    // Enter reviews a waiting concern (for a nurse).
    void activate(const QModelIndex& index) override;
    void updateRowActions() override;

private:
    bool canReviewCurrent() const;

    ConcernListModel* m_model;
    WordFilterProxy* m_proxy;
    QComboBox* m_range;
    QPushButton* m_reviewButton = nullptr;
};

} // namespace wingmate::ui
