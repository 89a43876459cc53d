#include "MainWindow.h"

#include "domain/UserRole.h"
#include "services/UserSession.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace wingmate::ui {

MainWindow::MainWindow(const UserSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_signedIn(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    setWindowTitle(tr("Wingmate — %1").arg(QDir::toNativeSeparators(session.directory())));

    const UserAccount& user = session.user();
    const QString role = roleDisplayName(user.role);
    m_signedIn->setText(tr("Signed in as %1 (%2)").arg(user.displayName, role));
    m_signedIn->setTextFormat(Qt::PlainText);
    m_signedIn->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_signedIn);

    auto* statusUser = new QLabel(tr("User: %1 · Role: %2").arg(user.username, role), this);
    statusUser->setObjectName(QStringLiteral("statusUserLabel"));
    statusUser->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(statusUser);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setStatusTip(tr("Close the vault until someone signs in again"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Close the vault and quit Wingmate"));

    resize(900, 600);
}

QString MainWindow::signedInText() const
{
    return m_signedIn->text();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Q_EMIT quitRequested();
    QMainWindow::closeEvent(event);
}

} // namespace wingmate::ui
