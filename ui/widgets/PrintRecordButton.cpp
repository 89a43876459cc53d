#include "PrintRecordButton.h"

#include "documents/RecordDocuments.h"
#include "services/PrisonerService.h"
#include "services/UserSession.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace wingmate::ui {

namespace {

const QString LastFolderKey = QStringLiteral("records/lastPrintFolder");

} // namespace

PrintRecordButton::PrintRecordButton(UserSession& session, Kind kind, QWidget* parent)
    : QPushButton(parent)
    , m_session(session)
    , m_kind(kind)
{
    setText(kind == Kind::MenteeSummary ? tr("&Print handover summary (PDF)…")
                                        : tr("&Print training record (PDF)…"));
    setObjectName(kind == Kind::MenteeSummary ? QStringLiteral("printSummaryButton")
                                              : QStringLiteral("printTrainingButton"));
    m_purpose = kind == Kind::MenteeSummary
        ? tr(
            "A summary of this mentee's peer support, risk and latest check-ins, for the team taking over on "
            "transfer or release. Recorded in the audit log.")
        : tr("The mentor's training, hours, accreditation and shadowing, to take with them. Recorded in the "
             "audit log.");
    setToolTip(m_purpose);
    setAutoDefault(false);
    setVisible(session.can(Operation::PrintRecords));
    setEnabled(false);
    connect(this, &QPushButton::clicked, this, &PrintRecordButton::chooseFile);
}

void PrintRecordButton::setPrisoner(const Prisoner& prisoner)
{
    m_prisonNumber = prisoner.prisonNumber;
    // The core refuses it anyway; this only says so before the click.
    const Status allowed = PrisonerService(m_session).requireDisclosure(Operation::PrintRecords, prisoner);
    setEnabled(!m_prisonNumber.isEmpty() && allowed.ok());
    setToolTip(allowed ? m_purpose : allowed.message());
}

void PrintRecordButton::chooseFile()
{
    const QString folder
        = QSettings()
              .value(LastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    // No prison number in the suggested name: the file's name goes into the
    // audit trail, which keeps no personal content.
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString name = m_kind == Kind::MenteeSummary ? tr("handover-summary-%1.pdf").arg(date)
                                                       : tr("training-record-%1.pdf").arg(date);
    // Opened, not exec()'d, so a lock can throw it away with the window.
    auto* dialog
        = new QFileDialog(window(), tr("Save the PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("printRecordDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString& path) { printTo(path, ExistingFile::Replace); });
    dialog->open();
}

bool PrintRecordButton::printTo(const QString& path, ExistingFile existing)
{
    RecordDocuments documents(m_session);
    const Result<RecordDocuments::Written> written = m_kind == Kind::MenteeSummary
        ? documents.writeMenteeSummary(m_prisonNumber, path, existing)
        : documents.writeTrainingRecord(m_prisonNumber, path, existing);
    if (!written) {
        tell(tr("Not saved"), written.status().message(), true);
        return false;
    }
    QSettings().setValue(LastFolderKey, QFileInfo(written->path).absolutePath());
    tell(tr("Saved"),
        tr("Saved %n page(s) to %1. It holds personal information: keep it safe and hand it on only to "
           "whoever "
           "needs it.",
            nullptr, written->pages)
            .arg(QDir::toNativeSeparators(written->path)),
        false);
    return true;
}

void PrintRecordButton::tell(const QString& title, const QString& text, bool failed)
{
    auto* box = new QMessageBox(
        failed ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("printRecordResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace wingmate::ui
