#include "InactivityTimer.h"

#include "services/UserSession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace wingmate::ui {

namespace {

bool isPersonAtTheKeyboard(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

InactivityTimer::InactivityTimer(UserSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("inactivityTimer"));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &InactivityTimer::check);
    m_timer->start();
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

InactivityTimer::~InactivityTimer()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool InactivityTimer::isActive() const
{
    return m_timer->isActive();
}

void InactivityTimer::check()
{
    if (m_session.isLocked()) {
        m_timer->stop();
        return;
    }
    if (m_session.lockIfIdle()) {
        m_timer->stop();
        Q_EMIT idleLocked();
    }
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    // Only input counts: repaints and timers must not keep the vault open.
    if (isPersonAtTheKeyboard(event->type()) && !m_session.isLocked())
        m_session.noteActivity();
    return QObject::eventFilter(watched, event);
}

} // namespace wingmate::ui
