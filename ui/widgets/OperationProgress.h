#pragma once

#include "backup/Progress.h"

#include <QPointer>
#include <QString>
#include <functional>

class QProgressDialog;
class QWidget;

namespace wingmate::ui {

// A progress dialog for one long core operation (a backup, a restore): it
// appears only if the operation takes more than about a second, shows the
// current step, and its Cancel asks the operation to stop at its next safe
// point. Runs on the GUI thread: the vault's connection lives there, so the
// dialog is window-modal and repainted from the progress callback.
class OperationProgress {
public:
    OperationProgress(QWidget* parent, const QString& title, const QString& cancelText);
    ~OperationProgress();
    OperationProgress(const OperationProgress&) = delete;
    OperationProgress& operator=(const OperationProgress&) = delete;

    // Called on every step too, e.g. to keep the idle lock from firing
    // in the middle of a backup.
    void setOnProgress(std::function<void()> onProgress) { m_onProgress = std::move(onProgress); }
    // The callback to hand to core; valid while this object lives.
    ProgressCallback callback();
    bool wasCanceled() const;
    QProgressDialog* dialog() const;

private:
    QPointer<QProgressDialog> m_dialog;
    std::function<void()> m_onProgress;
};

} // namespace wingmate::ui
