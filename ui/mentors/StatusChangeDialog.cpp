#include "StatusChangeDialog.h"

#include "services/MentorService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

StatusChangeDialog::StatusChangeDialog(
    UserSession& session, qint64 mentorId, MentorStatus to, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_mentorId(mentorId)
    , m_to(to)
    , m_date(new QDateEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    m_date->setObjectName(QStringLiteral("statusChangeDate"));
    m_reason->setObjectName(QStringLiteral("statusChangeReason"));
    setWindowTitle(to == MentorStatus::Left ? tr("Record leaving")
                                            : tr("Change status to %1").arg(mentorStatusLabel(to)));

    const QDate today = session.clock().now().toLocalTime().date();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setDate(today);
    m_date->setMaximumDate(today);
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(80);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    if (to == MentorStatus::Left) {
        m_leaving = new QComboBox(this);
        m_leaving->setObjectName(QStringLiteral("leavingReason"));
        m_leaving->addItem(tr("Choose…"));
        for (LeavingReason reason : allLeavingReasons())
            m_leaving->addItem(leavingReasonLabel(reason), int(reason));
        form->addRow(tr("&Why they left:"), m_leaving);
        form->addRow(tr("&Notes (optional):"), m_reason);
    } else {
        form->addRow(
            to == MentorStatus::Suspended ? tr("&Reason for the suspension:") : tr("&Reason (optional):"),
            m_reason);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("statusChangeOk"));
    buttons->button(QDialogButtonBox::Ok)
        ->setText(
            to == MentorStatus::Left ? tr("Record leaving") : tr("Change to %1").arg(mentorStatusLabel(to)));
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_leaving ? static_cast<QWidget*>(m_leaving) : m_reason)->setFocus();
}

void StatusChangeDialog::accept()
{
    std::optional<LeavingReason> leaving;
    if (m_leaving && m_leaving->currentData().isValid())
        leaving = LeavingReason(m_leaving->currentData().toInt());
    const Status status = MentorService(m_session).changeStatus(
        m_mentorId, m_to, m_date->date(), m_reason->toPlainText(), leaving);
    if (!status) {
        m_error->showStatus(status);
        return;
    }
    Q_EMIT statusChanged(m_to);
    QDialog::accept();
}

} // namespace wingmate::ui
