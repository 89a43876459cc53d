#include "OperationProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace wingmate::ui {

OperationProgress::OperationProgress(QWidget* parent, const QString& title, const QString& cancelText)
    : m_dialog(new QProgressDialog(parent))
    , m_title(title)
{
    m_dialog->setObjectName(QStringLiteral("operationProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(title);
    m_dialog->setCancelButtonText(cancelText.isEmpty() ? tr("Cancel") : cancelText);
    m_dialog->setRange(0, 1000);
    m_dialog->setMinimumDuration(500);
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

ProgressCallback OperationProgress::callback()
{
    return [this](const QString& step, qint64 done, qint64 total) {
        if (!m_dialog)
            return false;
        if (m_onProgress)
            m_onProgress();
        const QString label = step.isEmpty() ? m_title : step;
        if (m_dialog->labelText() != label)
            m_dialog->setLabelText(label);
        const int permille = total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0;
        // setValue shows the dialog once the minimum duration has passed and,
        // being modal, handles its events (the Cancel button among them).
        m_dialog->setValue(qMin(permille, 999));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !m_dialog->wasCanceled();
    };
}

} // namespace wingmate::ui
