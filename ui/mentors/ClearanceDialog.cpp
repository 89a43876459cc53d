#include "ClearanceDialog.h"

#include "services/MentorService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

ClearanceDialog::ClearanceDialog(UserSession& session, qint64 mentorId, Kind kind, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_mentorId(mentorId)
    , m_kind(kind)
    , m_date(new QDateEdit(this))
    , m_by(new QLineEdit(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("clearanceDialog"));
    m_date->setObjectName(QStringLiteral("clearanceDate"));
    m_by->setObjectName(QStringLiteral("clearanceBy"));
    const bool governor = kind == Kind::GovernorApproval;
    setWindowTitle(governor ? tr("Record governor approval") : tr("Record security clearance"));

    const QDate today = session.clock().now().toLocalTime().date();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setDate(today);
    m_date->setMaximumDate(today);
    m_by->setPlaceholderText(governor ? tr("The governor's name") : tr("Who gave the clearance"));

    auto* form = new QFormLayout;
    form->addRow(governor ? tr("&Approved on:") : tr("&Cleared on:"), m_date);
    form->addRow(tr("&By:"), m_by);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClearanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClearanceDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_by->setFocus();
}

void ClearanceDialog::accept()
{
    MentorService mentors(m_session);
    const Status status = m_kind == Kind::GovernorApproval
        ? mentors.recordGovernorApproval(m_mentorId, m_date->date(), m_by->text())
        : mentors.recordSecurityClearance(m_mentorId, m_date->date(), m_by->text());
    if (!status) {
        m_error->showStatus(status);
        return;
    }
    Q_EMIT recorded();
    QDialog::accept();
}

} // namespace wingmate::ui
