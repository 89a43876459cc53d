#include "AuditPage.h"

#include "AuditEventModel.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "services/UserSession.h"
#include "widgets/ErrorPanel.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wingmate::ui {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

AuditPage::AuditPage(UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditEventModel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_showButton(new QPushButton(tr("Sho&w"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    m_showButton->setObjectName(QStringLiteral("auditShowButton"));
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));

    auto* heading = new QLabel(tr("Audit log"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // "Today" is the session's, so tests on a manual clock see their events.
    const QDate today = session.clock().now().toLocalTime().date();
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_showButton->setAutoDefault(false);
    m_exportButton->setAutoDefault(false);

    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* filter = new QHBoxLayout;
    filter->addWidget(fromLabel);
    filter->addWidget(m_from);
    filter->addWidget(toLabel);
    filter->addWidget(m_to);
    filter->addWidget(m_showButton);
    filter->addStretch(1);
    filter->addWidget(m_exportButton);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Audit events"));
    m_countLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_countLabel);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_showButton);
    setTabOrder(m_showButton, m_view);
    setTabOrder(m_view, m_exportButton);

    connect(m_showButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportEvents);
    m_exportButton->setEnabled(false);
}

QString AuditPage::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->message() : QString();
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

bool AuditPage::reload()
{
    m_loaded = true;
    m_error->clear();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to) {
        m_error->showMessage(tr("The From date is after the To date."));
        return false;
    }
    // Audited before anything is shown: a read that cannot be recorded is
    // not made.
    const Status audited = m_session.auditRead(AuditAction::AuditRead, QStringLiteral("audit_log"), {},
        QJsonObject { { QStringLiteral("from"), isoDate(from) }, { QStringLiteral("to"), isoDate(to) } });
    if (!audited) {
        m_model->clear();
        m_error->showStatus(audited);
        m_exportButton->setEnabled(false);
        return false;
    }
    Result<QList<AuditEvent>> events = m_session.auditLog().list(m_session, from, to);
    if (!events) {
        m_model->clear();
        m_error->showStatus(events.status());
        m_exportButton->setEnabled(false);
        return false;
    }
    m_model->setRecords(events.take());
    m_view->resizeColumnsToContents();
    m_view->scrollToBottom();
    m_countLabel->setText(tr("%n event(s) from %1 to %2.", nullptr, m_model->rowCount())
                              .arg(QLocale().toString(from, QLocale::ShortFormat),
                                  QLocale().toString(to, QLocale::ShortFormat)));
    m_exportButton->setEnabled(m_model->rowCount() > 0);
    return true;
}

void AuditPage::exportEvents()
{
    const QString suggested = QDir::home().filePath(
        tr("wingmate-audit-%1-to-%2.txt").arg(isoDate(m_from->date()), isoDate(m_to->date())));
    // Opened, not exec()'d, so a lock can throw it away with the window.
    auto* dialog = new QFileDialog(this, tr("Export the audit log"), suggested, tr("Text files (*.txt)"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString& path) { exportTo(path, ExistingFile::Replace); });
    dialog->open();
}

bool AuditPage::exportTo(const QString& path, ExistingFile existing)
{
    m_error->clear();
    const QList<AuditEvent>& events = m_model->records();
    // Before the export is audited; writeOutputFile checks again.
    if (const Status target = checkOutputTarget(path, existing); !target) {
        m_error->showStatus(target);
        return false;
    }
    QByteArray text = tr("# Wingmate audit log, %1 to %2, %n event(s)", nullptr, int(events.size()))
                          .arg(isoDate(m_from->date()), isoDate(m_to->date()))
                          .toUtf8();
    text += "\n# seq\ttime (UTC)\twho\taction\trecord\tdetails\n";
    for (const AuditEvent& event : events)
        text += event.toLine().toUtf8() + '\n';
    // The export is audited before the file appears under its name.
    // (ViewAuditLog is checked there, in the core.)
    const Status audited
        = AuditExport::recordFileExport(m_session, m_from->date(), m_to->date(), events.size(), path);
    if (!audited) {
        m_error->showStatus(audited);
        return false;
    }
    if (const Status written = writeOutputFile(path, text, existing); !written) {
        m_error->showStatus(written);
        return false;
    }
    m_countLabel->setText(
        tr("Exported %n event(s) to %1.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace wingmate::ui
