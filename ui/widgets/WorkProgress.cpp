#include "WorkProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace wingmate::ui {

WorkProgress::WorkProgress(const QString& label, QWidget* parent)
    : m_dialog(std::make_unique<QProgressDialog>(
        label, QCoreApplication::translate("WorkProgress", "Cancel"), 0, 100, parent))
{
    m_dialog->setObjectName(QStringLiteral("workProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
}

WorkProgress::~WorkProgress() = default;

CountProgress WorkProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        if (total > 0)
            m_dialog->setValue(int(qBound(qint64(0), done * 100 / total, qint64(100))));
        QCoreApplication::processEvents();
        return !m_dialog->wasCanceled();
    };
}

bool WorkProgress::wasCancelled() const
{
    return m_dialog->wasCanceled();
}

} // namespace wingmate::ui
