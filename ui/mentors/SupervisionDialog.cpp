#include "SupervisionDialog.h"

#include "services/MentorService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

SupervisionDialog::SupervisionDialog(UserSession& session, qint64 mentorId, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_mentorId(mentorId)
    , m_heldOn(new QDateEdit(this))
    , m_supervisor(new QLineEdit(this))
    , m_wellbeing(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("supervisionDialog"));
    m_heldOn->setObjectName(QStringLiteral("supervisionHeldOn"));
    m_supervisor->setObjectName(QStringLiteral("supervisionSupervisor"));
    m_wellbeing->setObjectName(QStringLiteral("supervisionWellbeing"));
    m_notes->setObjectName(QStringLiteral("supervisionNotes"));
    setWindowTitle(tr("Add supervision"));

    const QDate today = session.clock().now().toLocalTime().date();
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_heldOn->setDate(today);
    m_heldOn->setMaximumDate(today);
    m_wellbeing->setPlaceholderText(tr("How the mentor is doing, in their words or yours"));
    m_notes->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Held on:"), m_heldOn);
    form->addRow(tr("&Supervisor:"), m_supervisor);
    form->addRow(tr("Mentor's &wellbeing:"), m_wellbeing);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SupervisionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void SupervisionDialog::accept()
{
    Supervision supervision;
    supervision.mentorId = m_mentorId;
    supervision.heldOn = m_heldOn->date();
    supervision.supervisor = m_supervisor->text();
    supervision.mentorWellbeing = m_wellbeing->text();
    supervision.notes = m_notes->toPlainText();
    const Result<Supervision> added = MentorService(m_session).addSupervision(supervision);
    if (!added) {
        m_error->showStatus(added.status());
        return;
    }
    Q_EMIT this->added(added->id);
    QDialog::accept();
}

} // namespace wingmate::ui
