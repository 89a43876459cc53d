#pragma once

#include "transfer/TransferService.h"

#include <QString>
#include <memory>

class QProgressDialog;
class QWidget;

namespace wingmate::ui {

// A progress dialog for a long core operation run on the GUI thread: the
// callback it hands out moves the bar, keeps the window responsive, and
// answers false once the user presses Cancel (the core then rolls back).
class WorkProgress {
public:
    WorkProgress(const QString& label, QWidget* parent);
    ~WorkProgress();
    CountProgress callback();
    bool wasCancelled() const;

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace wingmate::ui
