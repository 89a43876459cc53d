#include "RetentionDialog.h"

#include "services/RetentionService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"
#include "widgets/OperationProgress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wingmate::ui {

RetentionDialog::RetentionDialog(UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_years(new QSpinBox(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_previewButton(new QPushButton(tr("&Preview purge…"), this))
    , m_counts(new QLabel(this))
    , m_understood(
          new QCheckBox(tr("I understand these records will be deleted for good and cannot be restored "
                           "except from a backup."),
              this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_error(new ErrorPanel(this))
{
    setWindowTitle(tr("Retention and purging"));
    m_years->setObjectName(QStringLiteral("yearsSpin"));
    m_saveButton->setObjectName(QStringLiteral("saveYearsButton"));
    m_previewButton->setObjectName(QStringLiteral("previewPurgeButton"));
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_understood->setObjectName(QStringLiteral("understoodCheck"));
    m_deleteButton->setObjectName(QStringLiteral("deleteRecordsButton"));
    m_years->setAccessibleName(tr("Years to keep records"));
    m_understood->setAccessibleName(tr("I understand the deletion is for good"));
    m_years->setRange(0, 100);
    m_years->setSpecialValueText(tr("for ever (no purging)"));
    m_years->setSuffix(tr(" years"));
    m_years->setValue(session.settings().integer(Setting::RetentionYears));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_deleteButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { color: #b00020; font-weight: bold; }"));

    auto* yearsRow = new QHBoxLayout;
    yearsRow->addWidget(m_years);
    yearsRow->addWidget(m_saveButton);
    yearsRow->addStretch(1);
    auto* fields = new QFormLayout;
    fields->addRow(tr("Keep records after a person's time with the scheme ends:"), yearsRow);
    auto* explanation
        = new QLabel(tr("A purge deletes the records of people whose every episode and mentor role ended "
                        "more than that long ago, and records deleted more than that long ago. The audit "
                        "trail is kept."),
            this);
    explanation->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addStretch(1);
    actions->addWidget(m_deleteButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(explanation);
    layout->addLayout(actions);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_understood);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_saveButton, &QPushButton::clicked, this, &RetentionDialog::saveYears);
    connect(m_previewButton, &QPushButton::clicked, this, &RetentionDialog::preview);
    connect(m_deleteButton, &QPushButton::clicked, this, &RetentionDialog::purge);
    connect(m_understood, &QCheckBox::toggled, this,
        [this](bool on) { m_deleteButton->setEnabled(on && m_previewed > 0); });
    connect(m_years, &QSpinBox::valueChanged, this, &RetentionDialog::resetPreview);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resetPreview();
    resize(600, 420);
}

QString RetentionDialog::countsText() const
{
    return m_counts->text();
}

void RetentionDialog::resetPreview()
{
    m_previewed = 0;
    m_understood->setChecked(false);
    m_understood->setVisible(false);
    m_deleteButton->setVisible(false);
    m_deleteButton->setEnabled(false);
}

void RetentionDialog::saveYears()
{
    m_error->clear();
    if (Status status = m_session.changeSetting(Setting::RetentionYears, m_years->value()); !status)
        m_error->showStatus(status);
    resetPreview();
    m_counts->clear();
}

void RetentionDialog::preview()
{
    m_error->clear();
    resetPreview();
    if (m_years->value() != m_session.settings().integer(Setting::RetentionYears)) {
        m_error->showMessage(tr("Save the retention period first."));
        return;
    }
    const Result<RetentionService::Plan> plan = RetentionService(m_session).preview();
    if (!plan) {
        m_error->showStatus(plan.status());
        m_counts->clear();
        return;
    }
    m_previewed = plan->counts.total();
    if (m_previewed == 0) {
        m_counts->setText(tr("Nothing ended before %1, so nothing is due for deletion.")
                              .arg(plan->cutoff.toString(Qt::ISODate)));
        return;
    }
    QStringList lines {
        tr("Records that ended before %1 and would be deleted:").arg(plan->cutoff.toString(Qt::ISODate))
    };
    for (const auto& [label, count] : plan->counts.rows()) {
        if (count > 0)
            lines << QStringLiteral("    %1: %2").arg(label).arg(count);
    }
    m_counts->setText(lines.join(QLatin1Char('\n')));
    m_deleteButton->setText(tr("&Delete %1 records").arg(m_previewed));
    m_understood->setVisible(true);
    m_deleteButton->setVisible(true);
}

void RetentionDialog::purge()
{
    if (m_previewed == 0 || !m_understood->isChecked())
        return;
    m_error->clear();
    const Result<RetentionService::Plan> done = [&] {
        OperationProgress progress(this, tr("Deleting records…"));
        return RetentionService(m_session).purge(progress.callback());
    }();
    resetPreview();
    if (!done) {
        m_error->showStatus(done.status());
        return;
    }
    QString text = tr("Deleted %1 records for good.").arg(done->counts.total());
    if (!done->vacuumed)
        text += QLatin1Char(' ')
            + tr("The vault file could not be compacted afterwards; the next purge will try again.");
    m_counts->setText(text);
    Q_EMIT purged();
}

} // namespace wingmate::ui
