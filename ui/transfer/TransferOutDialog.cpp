#include "TransferOutDialog.h"

#include "services/UserSession.h"
#include "transfer/TransferService.h"
#include "widgets/ClipboardSecret.h"
#include "widgets/ErrorPanel.h"
#include "widgets/OperationProgress.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wingmate::ui {

TransferOutDialog::TransferOutDialog(
    UserSession& session, const QString& prisonNumber, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_prisonNumber(prisonNumber)
    , m_name(name)
    , m_pages(new QStackedWidget(this))
    , m_destination(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_makeButton(new QPushButton(tr("&Make package"), this))
    , m_error(new ErrorPanel(this))
    , m_codeLabel(new QLabel(this))
    , m_madeLabel(new QLabel(this))
{
    setWindowTitle(tr("Transfer %1's records out").arg(name));
    m_destination->setObjectName(QStringLiteral("destinationEdit"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_makeButton->setObjectName(QStringLiteral("makePackageButton"));
    m_codeLabel->setObjectName(QStringLiteral("codeLabel"));
    m_madeLabel->setObjectName(QStringLiteral("madeLabel"));
    m_destination->setAccessibleName(tr("Receiving establishment"));
    m_file->setAccessibleName(tr("Package file"));
    m_destination->setPlaceholderText(tr("e.g. HMP Somewhere"));
    m_destination->setMaxLength(200);
    // The suggested name holds no prison number: the file's name is written
    // to the audit trail, which keeps no personal content.
    m_file->setText(
        QDir::home().filePath(tr("transfer-%1.wmtransfer").arg(QDate::currentDate().toString(Qt::ISODate))));

    // Page 1: where to, and what that means.
    auto* form = new QWidget(m_pages);
    auto* browse = new QPushButton(tr("&Browse…"), form);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fields = new QFormLayout;
    fields->addRow(tr("Receiving &establishment:"), m_destination);
    // A row of two widgets: the label needs its buddy named for its Alt key.
    auto* fileLabel = new QLabel(tr("Package &file:"), form);
    fileLabel->setBuddy(m_file);
    fields->addRow(fileLabel, fileRow);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, form);
    formButtons->addButton(m_makeButton, QDialogButtonBox::AcceptRole);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_summary);
    formLayout->addWidget(m_error);
    formLayout->addStretch(1);
    formLayout->addWidget(formButtons);
    m_pages->addWidget(form);

    // Page 2: the code, once.
    auto* done = new QWidget(m_pages);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.8);
    codeFont.setBold(true);
    m_codeLabel->setFont(codeFont);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setAccessibleName(tr("Transfer code"));
    m_madeLabel->setWordWrap(true);
    m_madeLabel->setTextFormat(Qt::PlainText);
    auto* warning
        = new QLabel(tr("This code is shown only this once and is not kept anywhere. Without it the package "
                        "cannot be opened. Give it to the receiving establishment separately from the file: "
                        "read it out on the phone, or write it down."),
            done);
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("QLabel { border: 2px solid #b00020; padding: 6px; font-weight: bold; }"));
    auto* copy = new QPushButton(tr("&Copy code"), done);
    auto* print = new QPushButton(tr("&Print code…"), done);
    auto* finished = new QPushButton(tr("I have written it down"), done);
    copy->setObjectName(QStringLiteral("copyCodeButton"));
    finished->setObjectName(QStringLiteral("finishedButton"));
    auto* doneButtons = new QHBoxLayout;
    doneButtons->addWidget(copy);
    doneButtons->addWidget(print);
    doneButtons->addStretch(1);
    doneButtons->addWidget(finished);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_madeLabel);
    doneLayout->addWidget(new QLabel(tr("Transfer code:"), done));
    doneLayout->addWidget(m_codeLabel);
    doneLayout->addWidget(warning);
    doneLayout->addStretch(1);
    doneLayout->addLayout(doneButtons);
    m_pages->addWidget(done);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_destination, &QLineEdit::textChanged, this, &TransferOutDialog::updateSummary);
    connect(browse, &QPushButton::clicked, this, &TransferOutDialog::chooseFile);
    connect(m_makeButton, &QPushButton::clicked, this, &TransferOutDialog::makePackage);
    connect(formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &TransferOutDialog::copyCode);
    connect(print, &QPushButton::clicked, this, &TransferOutDialog::printCode);
    connect(finished, &QPushButton::clicked, this, &QDialog::accept);
    updateSummary();
    resize(560, 320);
}

void TransferOutDialog::updateSummary()
{
    const QString to = m_destination->text().trimmed();
    m_makeButton->setEnabled(!to.isEmpty());
    m_summary->setText(to.isEmpty()
            ? tr("Name the establishment %1 is moving to.").arg(m_name)
            : tr("This discloses %1's (%2) mentee episodes, sessions, check-ins, concerns and reviews, and "
                 "any mentor "
                 "record, to %3. It is recorded in the audit trail. Nothing here is changed or deleted.")
                  .arg(m_name, m_prisonNumber, to));
}

void TransferOutDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the transfer package"), m_file->text(),
        tr("Wingmate transfer packages (*.wmtransfer)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void TransferOutDialog::makePackage()
{
    m_error->clear();
    const QString to = m_destination->text().trimmed();
    const QString path = m_file->text().trimmed();
    // The name may have been typed, so the file dialog may not have asked.
    ExistingFile existing = ExistingFile::Refuse;
    const QFileInfo target(QDir::current().absoluteFilePath(path));
    if (!path.isEmpty() && target.isFile() && !target.isSymLink()) {
        if (QMessageBox::question(this, tr("Replace the file?"),
                tr("%1 already exists. Replace it with the transfer package?")
                    .arg(QDir::toNativeSeparators(path)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        existing = ExistingFile::Replace;
    }
    Result<TransferService::Exported> exported = [&] {
        OperationProgress progress(this, tr("Making the transfer package…"));
        return TransferService(m_session).exportPackage(
            m_prisonNumber, to, path, progress.callback(), existing);
    }();
    if (!exported) {
        m_error->showStatus(exported.status());
        return;
    }
    m_code = exported->code;
    m_destinationMade = to;
    m_codeLabel->setText(m_code);
    m_madeLabel->setText(
        tr("The package for %1 (%n record(s)) is saved as %2.", nullptr, int(exported->counts.total()))
            .arg(m_name, QDir::toNativeSeparators(m_file->text().trimmed())));
    m_pages->setCurrentIndex(1);
}

void TransferOutDialog::copyCode()
{
    // Off the clipboard again after a minute, or when the vault locks.
    ClipboardSecret::instance().copy(m_code);
}

void TransferOutDialog::printCode()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(16);
    painter.setFont(font);
    // The code and where it is for; never the person's name, so the paper
    // alone discloses nothing.
    painter.drawText(painter.viewport(), Qt::AlignCenter | Qt::TextWordWrap,
        tr("Wingmate transfer code for %1\n\n%2").arg(m_destinationMade, m_code));
}

} // namespace wingmate::ui
