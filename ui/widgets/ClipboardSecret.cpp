#include "ClipboardSecret.h"

#include <QApplication>
#include <QClipboard>
#include <QTimer>

namespace wingmate::ui {

ClipboardSecret& ClipboardSecret::instance()
{
    // Owned by the application, so it is gone with it.
    static ClipboardSecret* secret = new ClipboardSecret(qApp);
    return *secret;
}

ClipboardSecret::ClipboardSecret(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(ClearAfterMs);
    connect(m_timer, &QTimer::timeout, this, &ClipboardSecret::clear);
}

void ClipboardSecret::copy(const QString& secret)
{
    m_secret = secret;
    QApplication::clipboard()->setText(secret);
    m_timer->start();
}

void ClipboardSecret::clear()
{
    m_timer->stop();
    if (m_secret.isEmpty())
        return;
    QClipboard* clipboard = QApplication::clipboard();
    if (clipboard->text() == m_secret)
        clipboard->clear();
    if (clipboard->supportsSelection() && clipboard->text(QClipboard::Selection) == m_secret)
        clipboard->clear(QClipboard::Selection);
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
}

} // namespace wingmate::ui
