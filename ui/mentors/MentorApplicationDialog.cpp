#include "MentorApplicationDialog.h"

#include "services/MentorService.h"
#include "services/PrisonerService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wingmate::ui {

MentorApplicationDialog::MentorApplicationDialog(UserSession& session, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_existing(new QRadioButton(tr("A prisoner &already recorded"), this))
    , m_new(new QRadioButton(tr("A &new prisoner"), this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_prisonNumber(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_appliedOn(new QDateEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_tier(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("mentorApplicationDialog"));
    m_existing->setObjectName(QStringLiteral("existingPrisoner"));
    m_new->setObjectName(QStringLiteral("newPrisoner"));
    m_search->setObjectName(QStringLiteral("prisonerSearch"));
    m_results->setObjectName(QStringLiteral("prisonerResults"));
    m_results->setAccessibleName(tr("Prisoners found"));
    m_prisonNumber->setObjectName(QStringLiteral("newPrisonNumber"));
    m_fullName->setObjectName(QStringLiteral("newFullName"));
    m_appliedOn->setObjectName(QStringLiteral("appliedOn"));
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_tier->setObjectName(QStringLiteral("pathwayTier"));
    m_notes->setObjectName(QStringLiteral("applicationNotes"));
    setWindowTitle(tr("New mentor application"));

    m_search->setPlaceholderText(tr("Type a name or prison number"));
    m_search->setClearButtonEnabled(true);
    m_results->setMinimumHeight(110);
    m_prisonNumber->setPlaceholderText(tr("e.g. A1234BC"));
    const QDate today = session.clock().now().toLocalTime().date();
    m_appliedOn->setCalendarPopup(true);
    m_appliedOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_appliedOn->setDate(today);
    m_appliedOn->setMaximumDate(today);
    m_capacity->setRange(1, Mentor::MaximumCapacity);
    m_capacity->setValue(Mentor().capacity);
    m_capacity->setSuffix(tr(" mentees at most"));
    for (Mentor::PathwayTier tier : Mentor::allTiers())
        m_tier->addItem(Mentor::tierLabel(tier), int(tier));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    auto* who = new QGroupBox(tr("Who is applying"), this);
    auto* whoForm = new QFormLayout(who);
    whoForm->addRow(m_existing);
    whoForm->addRow(tr("&Find:"), m_search);
    whoForm->addRow(m_results);
    whoForm->addRow(m_new);
    whoForm->addRow(tr("&Prison number:"), m_prisonNumber);
    whoForm->addRow(tr("Full na&me:"), m_fullName);

    auto* form = new QFormLayout;
    form->addRow(tr("Applied &on:"), m_appliedOn);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("Pathway &tier:"), m_tier);
    form->addRow(tr("N&otes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record application"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MentorApplicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MentorApplicationDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &MentorApplicationDialog::search);
    connect(m_existing, &QRadioButton::toggled, this, &MentorApplicationDialog::updateMode);
    m_existing->setChecked(true);
    updateMode();
    search({});
    m_search->setFocus();
}

void MentorApplicationDialog::updateMode()
{
    const bool existing = m_existing->isChecked();
    m_search->setEnabled(existing);
    m_results->setEnabled(existing);
    m_prisonNumber->setEnabled(!existing);
    m_fullName->setEnabled(!existing);
}

void MentorApplicationDialog::search(const QString& text)
{
    m_results->clear();
    const Result<QList<Prisoner>> found = PrisonerService(m_session).search(text.trimmed());
    if (!found) {
        m_error->showStatus(found.status());
        return;
    }
    for (const Prisoner& prisoner : *found) {
        auto* item
            = new QListWidgetItem(tr("%1 — %2").arg(prisoner.fullName, prisoner.prisonNumber), m_results);
        item->setData(Qt::UserRole, prisoner.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void MentorApplicationDialog::accept()
{
    qint64 prisonerId = 0;
    if (m_existing->isChecked()) {
        if (QListWidgetItem* item = m_results->currentItem())
            prisonerId = item->data(Qt::UserRole).toLongLong();
        if (!prisonerId) {
            m_error->showMessage(tr("Choose the prisoner who is applying, or add a new one."));
            return;
        }
    } else if (m_addedPrisonerId) {
        prisonerId = m_addedPrisonerId;
    } else {
        Prisoner prisoner;
        prisoner.prisonNumber = m_prisonNumber->text().trimmed();
        prisoner.fullName = m_fullName->text().trimmed();
        const Result<Prisoner> added = PrisonerService(m_session).add(prisoner);
        if (!added) {
            m_error->showStatus(added.status());
            return;
        }
        // Kept, so that correcting the application does not add them twice.
        prisonerId = m_addedPrisonerId = added->id;
        m_prisonNumber->setEnabled(false);
        m_fullName->setEnabled(false);
        m_existing->setEnabled(false);
    }

    Mentor application;
    application.prisonerId = prisonerId;
    application.appliedOn = m_appliedOn->date();
    application.capacity = m_capacity->value();
    application.pathwayTier = Mentor::PathwayTier(m_tier->currentData().toInt());
    application.applicationNotes = m_notes->toPlainText();
    const Result<Mentor> mentor = MentorService(m_session).apply(application);
    if (!mentor) {
        m_error->showStatus(mentor.status());
        return;
    }
    Q_EMIT applied(mentor->id);
    QDialog::accept();
}

} // namespace wingmate::ui
