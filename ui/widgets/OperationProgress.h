#pragma once

#include "Progress.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <functional>

class QProgressDialog;
class QWidget;

namespace wingmate::ui {

// The one progress dialog for a long core operation (a backup, a restore, a
// transfer, a purge): it appears only if the operation takes more than half
// a second, shows the current step (or the title when the operation has one
// step), and its Cancel asks the operation to stop at its next safe point. Runs on the GUI thread: the
// vault's connection lives there, so the dialog is window-modal and repainted from the progress callback.
class OperationProgress {
    Q_DECLARE_TR_FUNCTIONS(OperationProgress)
public:
    // cancelText: the Cancel button's words ("Stop"); empty for "Cancel".
    OperationProgress(QWidget* parent, const QString& title, const QString& cancelText = {});
    ~OperationProgress();
    OperationProgress(const OperationProgress&) = delete;
    OperationProgress& operator=(const OperationProgress&) = delete;

    // Called on every step too, e.g. to keep the idle lock from firing
    // in the middle of a backup.
    void setOnProgress(std::function<void()> onProgress) { m_onProgress = std::move(onProgress); }
    // The callback to hand to core; valid while this object lives.
    ProgressCallback callback();
    QProgressDialog* dialog() const;

private:
    QPointer<QProgressDialog> m_dialog;
    QString m_title;
    std::function<void()> m_onProgress;
};

} // namespace wingmate::ui
