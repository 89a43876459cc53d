#include "TrainingDialog.h"

#include "services/MentorService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

QDateEdit* dateEdit(QWidget* parent, const QDate& date)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setDate(date);
    return edit;
}

QWidget* checkedDate(QWidget* parent, QCheckBox* check, QDateEdit* date)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(date, 1);
    date->setEnabled(check->isChecked());
    QObject::connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
    return row;
}

} // namespace

TrainingDialog::TrainingDialog(UserSession& session, qint64 mentorId, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_mentorId(mentorId)
    , m_module(new QComboBox(this))
    , m_provider(new QLineEdit(this))
    , m_completed(new QCheckBox(tr("Completed"), this))
    , m_completedOn(dateEdit(this, session.clock().now().toLocalTime().date()))
    , m_expires(new QCheckBox(tr("Expires"), this))
    , m_expiresOn(dateEdit(this, session.clock().now().toLocalTime().date().addYears(1)))
    , m_hours(new QDoubleSpinBox(this))
    , m_accreditation(new QLineEdit(this))
    , m_assessor(new QLineEdit(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("trainingDialog"));
    m_module->setObjectName(QStringLiteral("trainingModule"));
    m_provider->setObjectName(QStringLiteral("trainingProvider"));
    m_completed->setObjectName(QStringLiteral("trainingCompleted"));
    m_completedOn->setObjectName(QStringLiteral("trainingCompletedOn"));
    m_completedOn->setAccessibleName(tr("Completed on"));
    m_expiresOn->setAccessibleName(tr("Expires on"));
    setWindowTitle(tr("Add training"));

    m_module->setEditable(true);
    m_module->addItems(session.settings().list(Setting::MandatoryModules));
    m_completed->setChecked(true);
    m_hours->setRange(0, 1000);
    m_hours->setDecimals(1);
    m_hours->setSpecialValueText(tr("Not recorded"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Module:"), m_module);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("Completed on:"), checkedDate(this, m_completed, m_completedOn));
    form->addRow(tr("Expires on:"), checkedDate(this, m_expires, m_expiresOn));
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Accreditation:"), m_accreditation);
    form->addRow(tr("A&ssessor:"), m_assessor);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrainingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void TrainingDialog::accept()
{
    TrainingRecord record;
    record.mentorId = m_mentorId;
    record.module = m_module->currentText().trimmed();
    record.provider = m_provider->text();
    if (m_completed->isChecked())
        record.completedOn = m_completedOn->date();
    if (m_expires->isChecked())
        record.expiresOn = m_expiresOn->date();
    if (m_hours->value() > 0)
        record.hours = m_hours->value();
    record.accreditation = m_accreditation->text();
    record.assessor = m_assessor->text();
    const Result<TrainingRecord> added = MentorService(m_session).addTraining(record);
    if (!added) {
        m_error->showStatus(added.status());
        return;
    }
    Q_EMIT this->added(added->id);
    QDialog::accept();
}

} // namespace wingmate::ui
