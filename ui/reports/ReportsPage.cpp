#include "ReportsPage.h"

#include "ActivityChart.h"
#include "reports/ReportService.h"
#include "services/UserSession.h"
#include "shell/RefreshWhenShown.h"
#include "widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

const QString LastFolderKey = QStringLiteral("reports/lastExportFolder");

QTableWidget* figuresTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number, int indent = 0)
{
    auto* item = new QTableWidgetItem(QString(indent * 4, QLatin1Char(' ')) + text);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel* heading(const QString& text, QWidget* parent, double scale)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ReportsPage::ReportsPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_month(new QDateEdit(this))
    , m_figures(figuresTable(this, { tr("This month"), tr("Figure") }))
    , m_chart(new ActivityChart(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_showOutcomes(new QPushButton(tr("Show &outcomes"), this))
    , m_outcomes(figuresTable(this, { tr("Outcome"), tr("n"), tr("of"), tr("%") }))
    , m_rule(new QLabel(this))
    , m_exportStatus(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_month->setObjectName(QStringLiteral("reportMonthEdit"));
    m_figures->setObjectName(QStringLiteral("monthlyFiguresTable"));
    m_from->setObjectName(QStringLiteral("periodFromEdit"));
    m_to->setObjectName(QStringLiteral("periodToEdit"));
    m_showOutcomes->setObjectName(QStringLiteral("showOutcomesButton"));
    m_outcomes->setObjectName(QStringLiteral("outcomeTable"));
    m_rule->setObjectName(QStringLiteral("comparisonRuleLabel"));
    m_exportStatus->setObjectName(QStringLiteral("exportStatusLabel"));
    m_figures->setAccessibleName(tr("The month's figures"));
    m_outcomes->setAccessibleName(tr("Outcomes for the period"));

    const QDate today = session.clock().now().toLocalTime().date();
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(true);
    m_month->setMaximumDate(today);
    m_month->setDate(today);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(today);
    }
    // The last twelve months by default, as a commissioner's year.
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);
    m_showOutcomes->setAutoDefault(false);
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    m_rule->setText(tr("How these are counted. %1").arg(OutcomeReport::comparisonRule()));
    QFont small = m_rule->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_rule->setFont(small);
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setWordWrap(true);

    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* monthRow = new QHBoxLayout;
    monthRow->addWidget(monthLabel);
    monthRow->addWidget(m_month);
    monthRow->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addLayout(monthRow);
    left->addWidget(m_figures, 1);

    auto* fromLabel = new QLabel(tr("Period &from:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(fromLabel);
    periodRow->addWidget(m_from);
    periodRow->addWidget(toLabel);
    periodRow->addWidget(m_to);
    periodRow->addWidget(m_showOutcomes);
    periodRow->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(heading(tr("Sessions and concerns, last 12 months"), this, 1.0));
    right->addWidget(m_chart);
    right->addWidget(heading(tr("Outcomes"), this, 1.0));
    right->addLayout(periodRow);
    // The rule beside the figures it explains, so both stay readable.
    auto* outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcomes, 3);
    auto* ruleScroll = new QScrollArea(this);
    ruleScroll->setObjectName(QStringLiteral("comparisonRuleArea"));
    ruleScroll->setWidget(m_rule);
    ruleScroll->setWidgetResizable(true);
    ruleScroll->setFrameShape(QFrame::NoFrame);
    ruleScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rule->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    outcomeRow->addWidget(ruleScroll, 2);
    right->addLayout(outcomeRow, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(right, 7);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Reports"), this, 1.3));
    layout->addLayout(columns, 1);

    // Exports only for roles allowed them; names only for administrators.
    if (session.can(Operation::ExportReports)) {
        m_exportBox = new QGroupBox(tr("Export to a spreadsheet (CSV)"), this);
        m_exportBox->setObjectName(QStringLiteral("exportBox"));
        auto* buttons = new QHBoxLayout(m_exportBox);
        const std::pair<ExportKind, std::pair<const char*, QString>> kinds[] = {
            { ExportKind::MonthlyReturn, { "exportMonthlyButton", tr("Monthly &return…") } },
            { ExportKind::Outcomes, { "exportOutcomesButton", tr("Outcome re&port…") } },
            { ExportKind::Sessions, { "exportSessionsButton", tr("&Sessions in the period…") } },
            { ExportKind::CheckIns, { "exportCheckInsButton", tr("&Check-ins in the period…") } },
        };
        for (const auto& [kind, button] : kinds) {
            auto* b = new QPushButton(button.second, m_exportBox);
            b->setObjectName(QString::fromLatin1(button.first));
            b->setAutoDefault(false);
            connect(b, &QPushButton::clicked, this, [this, k = kind] { startExport(k); });
            buttons->addWidget(b);
        }
        if (session.can(Operation::ExportIdentifiable)) {
            m_identifiable
                = new QCheckBox(tr("Include &names, prison numbers and notes (a disclosure)"), m_exportBox);
            m_identifiable->setObjectName(QStringLiteral("identifiableCheck"));
            m_identifiable->setToolTip(
                tr("Session and check-in exports are pseudonymised unless this is ticked. A named export is "
                   "recorded in the audit log as a disclosure."));
            buttons->addWidget(m_identifiable);
        }
        buttons->addStretch(1);
        layout->addWidget(m_exportBox);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_exportStatus);

    connect(m_month, &QDateEdit::dateChanged, this, &ReportsPage::showMonth);
    connect(m_showOutcomes, &QPushButton::clicked, this, &ReportsPage::showOutcomes);
    RefreshWhenShown::install(this, [this] { refresh(); });
}

void ReportsPage::refresh()
{
    showMonth();
    ReportService reports(m_session);
    const QDate today = m_session.clock().now().toLocalTime().date();
    const Result<QList<ReportService::MonthActivity>> activity = reports.activityByMonth(today, 12);
    if (!activity) {
        m_error->showStatus(activity.status());
        return;
    }
    QList<ActivityChart::Month> months;
    for (const ReportService::MonthActivity& m : *activity)
        months.append({ m.month, m.sessions, m.concerns });
    m_chart->setMonths(months);
    showOutcomes();
}

void ReportsPage::showMonth()
{
    m_error->clear();
    const Result<MonthlyReturn> r = ReportService(m_session).monthlyReturn(m_month->date());
    m_figures->setRowCount(0);
    if (!r) {
        m_error->showStatus(r.status());
        return;
    }
    const QStringList labels = r->columnLabels();
    const QList<QVariant> values = r->columnValues();
    m_figures->horizontalHeaderItem(0)->setText(QLocale().toString(r->month, QStringLiteral("MMMM yyyy")));
    // The first four columns (version, month, establishment, wing) are the
    // page's own context, not figures.
    for (int i = 4; i < labels.size(); ++i) {
        const int row = m_figures->rowCount();
        m_figures->insertRow(row);
        const QVariant& v = values.at(i);
        const QString text
            = v.typeId() == QMetaType::Double ? QLocale().toString(v.toDouble(), 'f', 1) : v.toString();
        m_figures->setItem(row, 0, cell(labels.at(i), false));
        m_figures->setItem(row, 1, cell(text, true));
    }
}

void ReportsPage::showOutcomes()
{
    m_error->clear();
    const Result<OutcomeReport> r = ReportService(m_session).outcomes(m_from->date(), m_to->date());
    m_outcomes->setRowCount(0);
    if (!r) {
        m_error->showStatus(r.status());
        return;
    }
    for (const OutcomeReport::Measure& m : r->measures()) {
        const int row = m_outcomes->rowCount();
        m_outcomes->insertRow(row);
        const std::optional<double> percent = m.percent();
        m_outcomes->setItem(row, 0, cell(m.label, false, m.indent));
        m_outcomes->setItem(row, 1, cell(QString::number(m.count), true));
        m_outcomes->setItem(row, 2, cell(QString::number(m.base), true));
        m_outcomes->setItem(
            row, 3, cell(percent ? QLocale().toString(*percent, 'f', 1) : QStringLiteral("–"), true));
    }
}

bool ReportsPage::identifiableChosen(ExportKind kind) const
{
    return m_identifiable && m_identifiable->isChecked()
        && (kind == ExportKind::Sessions || kind == ExportKind::CheckIns);
}

QString ReportsPage::suggestedName(ExportKind kind) const
{
    const QString from = m_from->date().toString(Qt::ISODate);
    const QString to = m_to->date().toString(Qt::ISODate);
    switch (kind) {
    case ExportKind::MonthlyReturn:
        return tr("monthly-return-%1.csv").arg(m_month->date().toString(QStringLiteral("yyyy-MM")));
    case ExportKind::Outcomes:
        return tr("outcomes-%1-to-%2.csv").arg(from, to);
    case ExportKind::Sessions:
        return (identifiableChosen(kind) ? tr("sessions-NAMED-%1-to-%2.csv") : tr("sessions-%1-to-%2.csv"))
            .arg(from, to);
    case ExportKind::CheckIns:
        return (identifiableChosen(kind) ? tr("check-ins-NAMED-%1-to-%2.csv") : tr("check-ins-%1-to-%2.csv"))
            .arg(from, to);
    }
    return {};
}

void ReportsPage::startExport(ExportKind kind)
{
    if (!identifiableChosen(kind)) {
        chooseFile(kind);
        return;
    }
    // Opened, not exec()'d, so a lock can throw it away with the window.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export with names"),
        tr("This file will name people and hold their prison numbers, dates of birth and notes. Writing it "
           "is a "
           "disclosure of personal and health information and is recorded in the audit log under your "
           "name.\n\n"
           "Go on only if your establishment's rules allow this disclosure."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("disclosureConfirmBox"));
    QPushButton* go = box->addButton(tr("Export with names"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmDisclosureButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, kind, go](QAbstractButton* clicked) {
        if (clicked == go)
            chooseFile(kind);
    });
    box->open();
}

void ReportsPage::chooseFile(ExportKind kind)
{
    QSettings settings;
    const QString folder
        = settings.value(LastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    auto* dialog = new QFileDialog(
        this, tr("Save the export"), QDir(folder).filePath(suggestedName(kind)), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("reportExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, kind](const QString& path) { exportTo(kind, path, ExistingFile::Replace); });
    dialog->open();
}

bool ReportsPage::exportTo(ExportKind kind, const QString& path, ExistingFile existing)
{
    m_error->clear();
    m_exportStatus->clear();
    ReportService reports(m_session);
    Result<ReportService::Exported> exported = Status::failure(ErrorCode::Usage, {});
    switch (kind) {
    case ExportKind::MonthlyReturn:
        exported = reports.exportMonthlyReturn(m_month->date(), path, existing);
        break;
    case ExportKind::Outcomes:
        exported = reports.exportOutcomes(m_from->date(), m_to->date(), path, existing);
        break;
    case ExportKind::Sessions:
    case ExportKind::CheckIns:
        exported = reports.exportRows(
            kind == ExportKind::Sessions ? RowExport::Kind::Sessions : RowExport::Kind::CheckIns,
            m_from->date(), m_to->date(), path, identifiableChosen(kind), existing);
        break;
    }
    if (!exported) {
        m_error->showStatus(exported.status());
        return false;
    }
    QSettings().setValue(LastFolderKey, QFileInfo(exported->path).absolutePath());
    m_exportStatus->setText(
        tr("Saved %n row(s) to %1.", nullptr, exported->rows).arg(QDir::toNativeSeparators(exported->path)));
    return true;
}

} // namespace wingmate::ui
