#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class CaseloadModel;
class ErrorPanel;

// The caseload: every open mentee episode in a sortable table, filtered as
// the user types (name, prison number, mentor; ignoring case and accents).
// Concerns waiting for review and overdue reviews come first and are marked.
// A nurse reviews a concern from here (Review…, or Enter on such a row);
// double-click, or Enter on any other row, asks for the mentee's record.
class CaseloadPage : public QWidget {
    Q_OBJECT
public:
    explicit CaseloadPage(UserSession& session, QWidget* parent = nullptr);

    CaseloadModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    // The episode of the current row, or 0.
    qint64 currentEpisodeId() const;
    // Opens the review dialog for the current row (if it may be reviewed).
    void reviewCurrent();
    // Reads the caseload again (F5).
    void refresh();
    // Forgets every row, e.g. when the vault locks.
    void clear();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    // A review was saved from this page.
    void reviewed(qint64 episodeId, qint64 reviewId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void updateCount();
    bool canReview(int sourceRow) const;
    void activate(const QModelIndex& proxyIndex);

    UserSession& m_session;
    CaseloadModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_attentionFirst;
    QTableView* m_view;
    QPushButton* m_reviewButton;
    QPushButton* m_openButton;
    QPushButton* m_refreshButton;
    QLabel* m_count;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
