#pragma once

#include <QMainWindow>

class QLabel;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// The window behind the unlock: for now it only says who is signed in and
// offers Lock and Quit. It reads from the vault once, when it is made, and
// keeps no reference to it, so locking can close the vault at any time.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const UserSession& session, QWidget* parent = nullptr);

    QString signedInText() const;

Q_SIGNALS:
    void lockRequested();
    // Quit was chosen or the window was closed.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QLabel* m_signedIn;
};

} // namespace wingmate::ui
