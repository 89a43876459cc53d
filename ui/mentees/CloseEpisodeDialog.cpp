#include "CloseEpisodeDialog.h"

#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

CloseEpisodeDialog::CloseEpisodeDialog(
    UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_episodeId(episodeId)
    , m_closedOn(new QDateEdit(this))
    , m_reason(new QComboBox(this))
    , m_educationWork(new QCheckBox(tr("Moved into &education or work"), this))
    , m_becameMentor(new QCheckBox(tr("Became a &mentor"), this))
    , m_notes(new QLineEdit(this))
    , m_error(new ErrorPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("closeEpisodeDialog"));
    setWindowTitle(tr("Close the episode — %1").arg(menteeName));
    m_closedOn->setObjectName(QStringLiteral("closedOn"));
    m_reason->setObjectName(QStringLiteral("closureReason"));
    m_educationWork->setObjectName(QStringLiteral("outcomeEducationWork"));
    m_becameMentor->setObjectName(QStringLiteral("outcomeBecameMentor"));
    m_notes->setObjectName(QStringLiteral("outcomeNotes"));

    const QDate today = m_session.clock().now().toLocalTime().date();
    m_closedOn->setCalendarPopup(true);
    m_closedOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_closedOn->setMaximumDate(today);
    m_closedOn->setDate(today);

    using Reason = MenteeEpisode::ClosureReason;
    for (Reason v : { Reason::GoalsMet, Reason::Declined, Reason::Transferred, Reason::Released,
             Reason::BecameMentor, Reason::Other })
        m_reason->addItem(MenteeEpisode::closureReasonLabel(v), int(v));
    m_notes->setPlaceholderText(tr("What changed for them, in a sentence or two"));

    // A referral that never started can only close as declined, transferred
    // or released: start from the likeliest.
    if (const Result<MenteeEpisode> episode = MenteeService(m_session).get(m_episodeId); episode) {
        if (episode->referredOn.isValid())
            m_closedOn->setMinimumDate(episode->referredOn);
        if (episode->status == MenteeEpisode::Stage::Referred)
            m_reason->setCurrentIndex(m_reason->findData(int(Reason::Declined)));
    }

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Close the episode"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* outcomes = new QVBoxLayout;
    outcomes->addWidget(m_educationWork);
    outcomes->addWidget(m_becameMentor);
    auto* form = new QFormLayout;
    form->addRow(tr("Closed &on:"), m_closedOn);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Outcomes:"), outcomes);
    form->addRow(tr("&Notes:"), m_notes);

    auto* note
        = new QLabel(tr("Closing ends the current mentor allocations. A closed episode can then only be "
                        "changed by an administrator giving a reason."),
            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloseEpisodeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloseEpisodeDialog::reject);
    if (const Status allowed = m_session.require(Operation::ManageMentees); !allowed) {
        m_error->showStatus(allowed);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    m_closedOn->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(480);
}

MenteeService::Closure CloseEpisodeDialog::closure() const
{
    MenteeService::Closure c;
    c.closedOn = m_closedOn->date();
    c.reason = MenteeEpisode::ClosureReason(m_reason->currentData().toInt());
    c.educationWork = m_educationWork->isChecked();
    c.becameMentor = m_becameMentor->isChecked();
    c.notes = m_notes->text().trimmed();
    return c;
}

QString CloseEpisodeDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->message();
}

void CloseEpisodeDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    if (const Status status = MenteeService(m_session).close(m_episodeId, closure()); !status) {
        m_error->showStatus(status);
        return;
    }
    m_error->clear();
    Q_EMIT closed();
    QDialog::accept();
}

} // namespace wingmate::ui
