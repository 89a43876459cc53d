#pragma once

#include "widgets/RecordListPage.h"

class QDateEdit;
class QPushButton;

namespace wingmate::ui {

class SessionListModel;

// The Sessions section: every session held in a range of days (the last 30
// unless changed), newest first, filtered as the user types (type, mentor,
// mentee, prison number, place). Log session… (Ctrl+N) opens the fast entry
// dialog; Enter or double-click opens the mentee's record (for a group, a
// menu of who attended). An administrator may delete a session entered by
// mistake, with a reason.
class SessionsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit SessionsPage(UserSession& session, QWidget* parent = nullptr);

    SessionListModel* model() const { return m_model; }
    WordFilterProxy* proxy() const { return m_proxy; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

    // The session of the current row, or 0.
    qint64 currentSessionId() const { return currentId(); }
    void logSession();
    // Asks for a reason and confirmation, then deletes the current session.
    void deleteCurrent();

Q_SIGNALS:
    void menteeRequested(qint64 episodeId);
    // A session was recorded or deleted from this page.
    void sessionsChanged();

protected:
    Status readRecords() override;
    void clearRecords() override;
    QString countText() const override;
    // The mentee's record; for a group, a menu of who attended.
    void open(const QModelIndex& index) override;
    void updateRowActions() override;

private:
    SessionListModel* m_model;
    WordFilterProxy* m_proxy;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_deleteButton = nullptr;
};

} // namespace wingmate::ui
