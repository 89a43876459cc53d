#pragma once

#include <QObject>

class QTimer;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// The idle lock, one small class: an application-wide event filter tells the
// session about every key press and mouse action, and once a second the
// session is asked whether its idle time has run out. The time itself is
// kept by the session on its clock, so a test moves a ManualClock instead of
// sleeping.
class InactivityTimer : public QObject {
    Q_OBJECT
public:
    explicit InactivityTimer(UserSession& session, QObject* parent = nullptr);
    ~InactivityTimer() override;

    bool isActive() const;

public Q_SLOTS:
    // Locks the session if it has been idle long enough. Runs every second;
    // tests call it directly after moving the clock.
    void check();

Q_SIGNALS:
    // The session has just been locked for being idle.
    void idleLocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    UserSession& m_session;
    QTimer* m_timer;
};

} // namespace wingmate::ui
