#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class ErrorPanel;
class SessionListModel;
class WordFilterProxy;

// The Sessions section: every session held in a range of days (the last 30
// unless changed), newest first, filtered as the user types (type, mentor,
// mentee, prison number, place). Log session… (Ctrl+N) opens the fast entry
// dialog; Enter or double-click opens the mentee's record (for a group, a
// menu of who attended). An administrator may delete a session entered by
// mistake, with a reason.
class SessionsPage : public QWidget {
    Q_OBJECT
public:
    explicit SessionsPage(UserSession& session, QWidget* parent = nullptr);

    SessionListModel* model() const { return m_model; }
    WordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

    // The session of the current row, or 0.
    qint64 currentSessionId() const;
    void refresh();
    void clear();
    void logSession();
    // Asks for a reason and confirmation, then deletes the current session.
    void deleteCurrent();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    // A session was recorded or deleted from this page.
    void sessionsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    void updateCount();
    void openCurrent();
    void select(qint64 sessionId);

    UserSession& m_session;
    SessionListModel* m_model;
    WordFilterProxy* m_proxy;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_filter;
    QTableView* m_view;
    QPushButton* m_logButton;
    QPushButton* m_openButton;
    QPushButton* m_deleteButton;
    QPushButton* m_refreshButton;
    QLabel* m_count;
    ErrorPanel* m_error;
};

} // namespace wingmate::ui
