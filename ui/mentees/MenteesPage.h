#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;
class MenteeListModel;

// Every mentee episode, referred, active or closed, found by partial name or
// prison number as the user types (core ignores case and accents). New
// referral… records a referral; Enter or double-click asks for the record.
class MenteesPage : public QWidget {
    Q_OBJECT
public:
    explicit MenteesPage(UserSession& session, QWidget* parent = nullptr);

    MenteeListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }

    // The episode of the current row, or 0.
    qint64 currentEpisodeId() const;
    // Searches now for what the search field holds (typing waits a moment).
    void refresh();
    // Forgets every row, e.g. when the vault locks.
    void clear();
    // Opens the referral dialog (if the role may record referrals).
    void newReferral();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    // A referral was recorded from this page.
    void referred(qint64 episodeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void updateCount();
    void openCurrent();
    void select(qint64 episodeId);

    UserSession& m_session;
    MenteeListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QTableView* m_view;
    QPushButton* m_referButton;
    QPushButton* m_openButton;
    QLabel* m_count;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
