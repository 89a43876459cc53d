#include "CheckInDialog.h"

#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace wingmate::ui {

CheckInDialog::CheckInDialog(
    UserSession& session, qint64 episodeId, const QString& menteeName, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_episodeId(episodeId)
    , m_heading(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_form(new QWidget(this))
    , m_checkedOn(new QDateEdit(m_form))
    , m_wellbeing(new QSpinBox(m_form))
    , m_selfHarm(new QComboBox(m_form))
    , m_suicidal(new QComboBox(m_form))
    , m_coping(new QLineEdit(m_form))
    , m_protective(new QLineEdit(m_form))
    , m_scale(new QComboBox(m_form))
    , m_scaleTotal(new QSpinBox(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_error(new ErrorPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(tr("Check-in — %1").arg(menteeName));
    m_banner->setObjectName(QStringLiteral("riskBanner"));
    m_bannerText->setObjectName(QStringLiteral("riskBannerText"));
    m_checkedOn->setObjectName(QStringLiteral("checkedOn"));
    m_wellbeing->setObjectName(QStringLiteral("wellbeingRating"));
    m_selfHarm->setObjectName(QStringLiteral("selfHarmCombo"));
    m_suicidal->setObjectName(QStringLiteral("suicidalCombo"));
    m_coping->setObjectName(QStringLiteral("coping"));
    m_protective->setObjectName(QStringLiteral("protectiveFactors"));
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    m_scaleTotal->setObjectName(QStringLiteral("scaleTotal"));
    m_scaleTotal->setAccessibleName(tr("Scale total"));
    m_notes->setObjectName(QStringLiteral("checkInNotes"));

    m_heading->setText(tr("Wellbeing and self-harm check-in with <b>%1</b>").arg(menteeName.toHtmlEscaped()));

    // The banner must be impossible to miss: thick red border, large bold
    // words, a stop icon, and the alert role for screen readers.
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(
        QStringLiteral("#riskBanner { border: 4px solid #c00000; border-radius: 4px; "
                       "background: #ffecec; }"
                       "#riskBanner QLabel { color: #6b0000; background: transparent; }"));
    m_banner->setAccessibleName(tr("Risk of harm"));
    auto* bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(48));
    bannerIcon->setAlignment(Qt::AlignTop);
    QFont bannerFont = m_bannerText->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.35);
    m_bannerText->setFont(bannerFont);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 12, 14, 12);
    bannerLayout->setSpacing(12);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);

    const QDate today = m_session.clock().now().toLocalTime().date();
    m_checkedOn->setCalendarPopup(true);
    m_checkedOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_checkedOn->setMaximumDate(today);
    m_checkedOn->setDate(today);

    m_wellbeing->setRange(0, 10);
    m_wellbeing->setSpecialValueText(tr("Not given"));
    m_wellbeing->setValue(0);
    m_wellbeing->setToolTip(tr("How the mentee rates their wellbeing, 1 (very poor) to 10 (very good)"));

    for (CheckIn::SelfHarm v :
        { CheckIn::SelfHarm::None, CheckIn::SelfHarm::Thoughts, CheckIn::SelfHarm::Act })
        m_selfHarm->addItem(CheckIn::selfHarmLabel(v), int(v));
    for (CheckIn::Suicidal v : { CheckIn::Suicidal::None, CheckIn::Suicidal::Thoughts,
             CheckIn::Suicidal::Plans, CheckIn::Suicidal::Attempt })
        m_suicidal->addItem(CheckIn::suicidalLabel(v), int(v));

    m_coping->setPlaceholderText(tr("How they are coping"));
    m_protective->setPlaceholderText(tr("What keeps them going: family, work, faith, plans"));
    m_scale->addItem(tr("No scale used"), QString());
    for (const CheckIn::Scale& s : CheckIn::scales()) {
        const QString name = QString::fromLatin1(s.name);
        m_scale->addItem(tr("%1 total (%2–%3)").arg(name).arg(s.minimum).arg(s.maximum), name);
    }
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Anything else (Ctrl+Enter saves)"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save check-in"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale, 1);
    scaleRow->addWidget(m_scaleTotal);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Date:"), m_checkedOn);
    form->addRow(tr("&Wellbeing (1–10):"), m_wellbeing);
    form->addRow(tr("Self-&harm since last check-in:"), m_selfHarm);
    form->addRow(tr("S&uicidal thoughts:"), m_suicidal);
    form->addRow(tr("&Coping:"), m_coping);
    form->addRow(tr("&Protective factors:"), m_protective);
    auto* scaleLabel = new QLabel(tr("Sc&ale:"), m_form);
    scaleLabel->setBuddy(m_scale);
    form->addRow(scaleLabel, scaleRow);
    form->addRow(tr("&Notes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_checkedOn, m_wellbeing);
    setTabOrder(m_wellbeing, m_selfHarm);
    setTabOrder(m_selfHarm, m_suicidal);
    setTabOrder(m_suicidal, m_coping);
    setTabOrder(m_coping, m_protective);
    setTabOrder(m_protective, m_scale);
    setTabOrder(m_scale, m_scaleTotal);
    setTabOrder(m_scaleTotal, m_notes);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CheckInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CheckInDialog::reject);
    connect(m_selfHarm, &QComboBox::currentIndexChanged, this, &CheckInDialog::updateBanner);
    connect(m_suicidal, &QComboBox::currentIndexChanged, this, &CheckInDialog::updateBanner);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &CheckInDialog::updateScale);
    for (const QKeySequence& keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &CheckInDialog::accept);

    if (const Status allowed = m_session.require(Operation::RecordCheckIns); !allowed) {
        m_error->showStatus(allowed);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    updateScale();
    updateBanner();
    m_wellbeing->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(620);
}

CheckIn CheckInDialog::checkIn() const
{
    CheckIn c;
    c.id = m_checkInId;
    c.episodeId = m_episodeId;
    c.checkedOn = m_checkedOn->date();
    if (m_wellbeing->value() > 0)
        c.wellbeingRating = m_wellbeing->value();
    c.selfHarm = CheckIn::SelfHarm(m_selfHarm->currentData().toInt());
    c.suicidal = CheckIn::Suicidal(m_suicidal->currentData().toInt());
    c.coping = m_coping->text().trimmed();
    c.protectiveFactors = m_protective->text().trimmed();
    c.scaleName = m_scale->currentData().toString();
    if (!c.scaleName.isEmpty())
        c.scaleTotal = m_scaleTotal->value();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

bool CheckInDialog::riskShown() const
{
    return !m_banner->isHidden();
}

QString CheckInDialog::bannerText() const
{
    return riskShown() ? m_bannerText->text() : QString();
}

void CheckInDialog::updateScale()
{
    const std::optional<CheckIn::Scale> scale = CheckIn::scale(m_scale->currentData().toString());
    m_scaleTotal->setEnabled(scale.has_value());
    if (scale) {
        m_scaleTotal->setRange(scale->minimum, scale->maximum);
        m_scaleTotal->setSpecialValueText(QString());
    } else {
        m_scaleTotal->setRange(0, 0);
        m_scaleTotal->setSpecialValueText(tr("—"));
    }
}

void CheckInDialog::updateBanner()
{
    if (isSaved())
        return;
    const bool risk = checkIn().raisesConcern();
    if (risk) {
        m_bannerText->setText(
            tr("Risk of harm. Follow the prison's emergency and ACCT procedures now — do not "
               "wait for this record. Saving this check-in raises a concern for the mental "
               "health team."));
    }
    m_banner->setVisible(risk);
    growToFit();
}

void CheckInDialog::growToFit()
{
    // The window grows when the banner appears rather than squashing the form.
    if (layout())
        layout()->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

void CheckInDialog::showSaved()
{
    m_heading->setText(tr("<b>Check-in saved.</b>"));
    m_bannerText->setText(ConcernService::emergencyAdvice() + QStringLiteral("\n\n")
        + tr("Concern number %1 is now on the mental health team's caseload.").arg(m_concernId));
    m_banner->setVisible(true);
    growToFit();
    m_form->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->hide();
    QPushButton* close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setText(tr("&Close"));
    close->setDefault(true);
    close->setFocus(Qt::OtherFocusReason);
}

void CheckInDialog::accept()
{
    if (isSaved()) {
        QDialog::accept();
        return;
    }
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    Result<CheckInService::Recorded> saved = CheckInService(m_session).record(checkIn());
    if (!saved) {
        // Nothing typed is lost: the dialog stays open with the answers.
        m_error->showStatus(saved.status());
        return;
    }
    m_error->clear();
    m_checkInId = saved->checkInId;
    m_concernId = saved->concernId.value_or(0);
    Q_EMIT recorded(m_checkInId, m_concernId);
    if (m_concernId != 0) {
        // Stay open until the worker has seen what to do.
        showSaved();
        return;
    }
    QDialog::accept();
}

void CheckInDialog::reject()
{
    // Once saved, closing is not cancelling.
    if (isSaved())
        QDialog::accept();
    else
        EntryDialog::reject();
}

} // namespace wingmate::ui
