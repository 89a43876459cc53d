#include "OperationProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace wingmate::ui {

OperationProgress::OperationProgress(QWidget* parent, const QString& title, const QString& cancelText)
    : m_dialog(new QProgressDialog(parent))
{
    m_dialog->setObjectName(QStringLiteral("operationProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(title);
    m_dialog->setCancelButtonText(cancelText);
    m_dialog->setRange(0, 1000);
    m_dialog->setMinimumDuration(1000);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    m_dialog->setValue(0);
}

OperationProgress::~OperationProgress()
{
    delete m_dialog;
}

QProgressDialog* OperationProgress::dialog() const
{
    return m_dialog;
}

bool OperationProgress::wasCanceled() const
{
    return m_dialog && m_dialog->wasCanceled();
}

ProgressCallback OperationProgress::callback()
{
    return [this](const QString& step, int permille) {
        if (!m_dialog)
            return false;
        if (m_onProgress)
            m_onProgress();
        if (m_dialog->labelText() != step)
            m_dialog->setLabelText(step);
        // setValue shows the dialog once the minimum duration has passed and,
        // being modal, handles its events (the Cancel button among them).
        m_dialog->setValue(qMin(permille, 999));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !m_dialog->wasCanceled();
    };
}

} // namespace wingmate::ui
