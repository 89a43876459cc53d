#include "RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace wingmate::ui {

RefreshWhenShown::RefreshWhenShown(QWidget* page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

void RefreshWhenShown::install(QWidget* page, std::function<void()> refresh)
{
    Q_ASSERT(!of(page));
    (new RefreshWhenShown(page, std::move(refresh)))->request();
}

RefreshWhenShown* RefreshWhenShown::of(const QWidget* page)
{
    return page ? page->findChild<RefreshWhenShown*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void RefreshWhenShown::request(QWidget* page)
{
    if (RefreshWhenShown* watcher = of(page))
        watcher->request();
}

bool RefreshWhenShown::isPending(const QWidget* page)
{
    const RefreshWhenShown* watcher = of(page);
    return watcher && watcher->m_pending;
}

void RefreshWhenShown::request()
{
    m_pending = !m_page->isVisible();
    if (!m_pending)
        m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    // Show comes before the first paint, so stale rows are never seen.
    if (watched == m_page && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wingmate::ui
