#include "ReferralDialog.h"

#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

constexpr int PrisonerIdRole = Qt::UserRole;
constexpr int FindLimit = 30;

QDateEdit* dateEdit(const QDate& today, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setMaximumDate(today);
    edit->setDate(today);
    return edit;
}

} // namespace

ReferralDialog::ReferralDialog(UserSession& session, QWidget* parent)
    : EntryDialog(parent)
    , m_session(session)
    , m_existing(new QRadioButton(tr("An &existing prisoner"), this))
    , m_new(new QRadioButton(tr("A ne&w prisoner"), this))
    , m_who(new QStackedWidget(this))
    , m_find(new QLineEdit(this))
    , m_prisoners(new QListWidget(this))
    , m_prisonNumber(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_referredOn(nullptr)
    , m_source(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_selfHarmEver(new QCheckBox(tr("Ever"), this))
    , m_selfHarmYear(new QCheckBox(tr("In the past 12 months"), this))
    , m_selfHarmCurrent(new QCheckBox(tr("Currently"), this))
    , m_suicidal(new QComboBox(this))
    , m_consent(new QCheckBox(tr("Consent &given on"), this))
    , m_consentOn(nullptr)
    , m_acct(new QCheckBox(tr("An ACCT is &open, reference"), this))
    , m_acctReference(new QLineEdit(this))
    , m_error(new ErrorPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const QDate today = m_session.clock().now().toLocalTime().date();
    m_referredOn = dateEdit(today, this);
    m_consentOn = dateEdit(today, this);

    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("New referral"));
    m_existing->setObjectName(QStringLiteral("existingPrisoner"));
    m_new->setObjectName(QStringLiteral("newPrisoner"));
    m_find->setObjectName(QStringLiteral("findPrisoner"));
    m_find->setAccessibleName(tr("Find an existing prisoner"));
    m_prisoners->setObjectName(QStringLiteral("prisonerList"));
    m_prisonNumber->setObjectName(QStringLiteral("prisonNumber"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_referredOn->setObjectName(QStringLiteral("referredOn"));
    m_source->setObjectName(QStringLiteral("referralSource"));
    m_reason->setObjectName(QStringLiteral("referralReason"));
    m_selfHarmEver->setObjectName(QStringLiteral("selfHarmEver"));
    m_selfHarmYear->setObjectName(QStringLiteral("selfHarmYear"));
    m_selfHarmCurrent->setObjectName(QStringLiteral("selfHarmCurrent"));
    m_suicidal->setObjectName(QStringLiteral("baselineSuicidal"));
    m_consent->setObjectName(QStringLiteral("consentGiven"));
    m_consentOn->setObjectName(QStringLiteral("consentOn"));
    m_consentOn->setAccessibleName(tr("Consent given on"));
    m_acct->setObjectName(QStringLiteral("acctOpen"));
    m_acctReference->setObjectName(QStringLiteral("acctReference"));
    m_acctReference->setAccessibleName(tr("ACCT reference"));

    auto* whoGroup = new QButtonGroup(this);
    whoGroup->addButton(m_existing);
    whoGroup->addButton(m_new);
    m_existing->setChecked(true);

    m_find->setPlaceholderText(tr("Find by name or prison number"));
    m_find->setClearButtonEnabled(true);
    m_prisoners->setAccessibleName(tr("Prisoners found"));
    m_prisoners->setMinimumHeight(m_prisoners->fontMetrics().lineSpacing() * 5);
    auto* existingPage = new QWidget(this);
    auto* existingLayout = new QVBoxLayout(existingPage);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_find);
    existingLayout->addWidget(m_prisoners, 1);

    m_prisonNumber->setPlaceholderText(tr("A1234BC"));
    m_prisonNumber->setMaxLength(7);
    auto* newPage = new QWidget(this);
    auto* newLayout = new QFormLayout(newPage);
    newLayout->setContentsMargins(0, 0, 0, 0);
    newLayout->addRow(tr("&Prison number:"), m_prisonNumber);
    newLayout->addRow(tr("&Name:"), m_fullName);
    m_who->addWidget(existingPage);
    m_who->addWidget(newPage);

    for (MenteeEpisode::ReferralSource v :
        { MenteeEpisode::ReferralSource::Self, MenteeEpisode::ReferralSource::Staff,
            MenteeEpisode::ReferralSource::Healthcare, MenteeEpisode::ReferralSource::Mentor })
        m_source->addItem(MenteeEpisode::sourceLabel(v), int(v));
    m_reason->setPlaceholderText(tr("Why peer support, in a sentence"));
    for (MenteeEpisode::BaselineSuicidal v : { MenteeEpisode::BaselineSuicidal::None,
             MenteeEpisode::BaselineSuicidal::Thoughts, MenteeEpisode::BaselineSuicidal::Attempt })
        m_suicidal->addItem(MenteeEpisode::suicidalLabel(v), int(v));
    m_consentOn->setEnabled(false);
    m_acctReference->setEnabled(false);
    m_acctReference->setPlaceholderText(tr("As on the prison's system"));

    auto* whoBox = new QGroupBox(tr("Who is referred"), this);
    auto* radios = new QHBoxLayout;
    radios->addWidget(m_existing);
    radios->addWidget(m_new);
    radios->addStretch(1);
    auto* whoLayout = new QVBoxLayout(whoBox);
    whoLayout->addLayout(radios);
    whoLayout->addWidget(m_who);

    auto* referralBox = new QGroupBox(tr("Referral"), this);
    auto* referralForm = new QFormLayout(referralBox);
    referralForm->addRow(tr("Referral &date:"), m_referredOn);
    referralForm->addRow(tr("Sour&ce:"), m_source);
    referralForm->addRow(tr("&Reason:"), m_reason);

    auto* baselineBox = new QGroupBox(tr("Baseline"), this);
    auto* selfHarm = new QHBoxLayout;
    selfHarm->addWidget(m_selfHarmEver);
    selfHarm->addWidget(m_selfHarmYear);
    selfHarm->addWidget(m_selfHarmCurrent);
    selfHarm->addStretch(1);
    auto* baselineForm = new QFormLayout(baselineBox);
    baselineForm->addRow(tr("Self-harm:"), selfHarm);
    baselineForm->addRow(tr("S&uicidal thoughts or attempts\nin the past 12 months:"), m_suicidal);

    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_consentOn);
    consentRow->addStretch(1);
    auto* acctRow = new QHBoxLayout;
    acctRow->addWidget(m_acct);
    acctRow->addWidget(m_acctReference, 1);

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save referral"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(whoBox, 1);
    layout->addWidget(referralBox);
    layout->addWidget(baselineBox);
    layout->addLayout(consentRow);
    layout->addLayout(acctRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_existing, &QRadioButton::toggled, this, &ReferralDialog::updateWho);
    connect(m_find, &QLineEdit::textChanged, this, &ReferralDialog::findPrisoners);
    connect(m_consent, &QCheckBox::toggled, m_consentOn, &QWidget::setEnabled);
    connect(m_acct, &QCheckBox::toggled, m_acctReference, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReferralDialog::reject);

    if (const Status allowed = m_session.require(Operation::ManageMentees); !allowed) {
        m_error->showStatus(allowed);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    findPrisoners();
    updateWho();
    setMinimumWidth(560);
}

void ReferralDialog::findPrisoners()
{
    m_prisoners->clear();
    Result<QList<Prisoner>> found = PrisonerService(m_session).search(m_find->text(), FindLimit);
    if (!found) {
        m_error->showStatus(found.status());
        return;
    }
    for (const Prisoner& p : *found) {
        auto* item = new QListWidgetItem(tr("%1 · %2").arg(p.fullName, p.prisonNumber), m_prisoners);
        item->setData(PrisonerIdRole, p.id);
    }
    if (m_prisoners->count() > 0)
        m_prisoners->setCurrentRow(0);
}

void ReferralDialog::updateWho()
{
    const bool existing = m_existing->isChecked();
    m_who->setCurrentIndex(existing ? 0 : 1);
    if (existing)
        m_find->setFocus(Qt::OtherFocusReason);
    else
        m_prisonNumber->setFocus(Qt::OtherFocusReason);
}

bool ReferralDialog::isNewPrisoner() const
{
    return m_new->isChecked();
}

Prisoner ReferralDialog::newPrisoner() const
{
    Prisoner p;
    p.prisonNumber = m_prisonNumber->text().trimmed().toUpper();
    p.fullName = m_fullName->text().trimmed();
    return p;
}

MenteeEpisode ReferralDialog::referral() const
{
    MenteeEpisode e;
    if (!isNewPrisoner()) {
        if (const QListWidgetItem* item = m_prisoners->currentItem())
            e.prisonerId = item->data(PrisonerIdRole).toLongLong();
    }
    e.referredOn = m_referredOn->date();
    e.referralSource = MenteeEpisode::ReferralSource(m_source->currentData().toInt());
    e.referralReason = m_reason->text().trimmed();
    e.baselineSelfHarmEver = m_selfHarmEver->isChecked();
    e.baselineSelfHarmYear = m_selfHarmYear->isChecked();
    e.baselineSelfHarmCurrent = m_selfHarmCurrent->isChecked();
    e.baselineSuicidalYear = MenteeEpisode::BaselineSuicidal(m_suicidal->currentData().toInt());
    if (m_consent->isChecked())
        e.consentOn = m_consentOn->date();
    e.acctOpen = m_acct->isChecked();
    if (e.acctOpen)
        e.acctReference = m_acctReference->text().trimmed();
    return e;
}

QString ReferralDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->message();
}

void ReferralDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const MenteeEpisode episode = referral();
    if (!isNewPrisoner() && episode.prisonerId == 0) {
        m_error->showMessage(tr("Choose the prisoner being referred, or add a new prisoner."));
        m_find->setFocus(Qt::OtherFocusReason);
        return;
    }
    MenteeService mentees(m_session);
    const Result<MenteeEpisode> saved
        = isNewPrisoner() ? mentees.referNewPrisoner(newPrisoner(), episode) : mentees.refer(episode);
    if (!saved) {
        // Nothing typed is lost: the dialog stays open with the answers.
        m_error->showStatus(saved.status());
        return;
    }
    m_error->clear();
    m_episodeId = saved->id;
    Q_EMIT referred(m_episodeId);
    QDialog::accept();
}

} // namespace wingmate::ui
