#include "TransferImportDialog.h"

#include "services/UserSession.h"
#include "transfer/TransferService.h"
#include "widgets/ErrorPanel.h"
#include "widgets/OperationProgress.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

TransferImportDialog::TransferImportDialog(UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_preview(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_error(new ErrorPanel(this))
{
    setWindowTitle(tr("Import a transfer package"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_file->setAccessibleName(tr("Package file"));
    m_code->setAccessibleName(tr("Transfer code"));
    m_code->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setMaxLength(80);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importButton->setEnabled(false);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fields = new QFormLayout;
    // A row of two widgets: the label needs its buddy named for its Alt key.
    auto* fileLabel = new QLabel(tr("Package &file:"), this);
    fileLabel->setBuddy(m_file);
    fields->addRow(fileLabel, fileRow);
    fields->addRow(tr("Transfer &code:"), m_code);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &TransferImportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &TransferImportDialog::forgetPreview);
    connect(m_code, &QLineEdit::textChanged, this, &TransferImportDialog::forgetPreview);
    connect(m_previewButton, &QPushButton::clicked, this, &TransferImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, &TransferImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

QString TransferImportDialog::previewText() const
{
    return m_preview->text();
}

void TransferImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a transfer package"), m_file->text(),
        tr("Wingmate transfer packages (*.wmtransfer);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void TransferImportDialog::forgetPreview()
{
    m_payload.reset();
    m_importButton->setEnabled(false);
    m_importButton->setText(tr("&Import"));
}

void TransferImportDialog::preview()
{
    forgetPreview();
    m_error->clear();
    m_preview->clear();
    Result<TransferPayload> payload = TransferService::open(m_file->text().trimmed(), m_code->text());
    if (!payload) {
        m_error->showStatus(payload.status());
        return;
    }
    const Result<TransferService::Preview> preview = TransferService(m_session).preview(*payload);
    if (!preview) {
        m_error->showStatus(preview.status());
        return;
    }
    QStringList lines;
    lines << tr("From %1 to %2, made %3 by %4.")
                 .arg(preview->source.isEmpty() ? tr("an unnamed establishment") : preview->source,
                     preview->destination,
                     preview->exportedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     preview->exportedBy);
    lines << tr("%1 %2: %3")
                 .arg(preview->prisonNumber, preview->fullName,
                     preview->existingPrisonerId ? tr("already recorded here")
                                                 : tr("new here, will be added"));
    for (const auto& [label, count] : preview->counts.rows()) {
        if (count > 0)
            lines << QStringLiteral("    %1: %2").arg(label).arg(count);
    }
    if (!preview->conflicts.isEmpty()) {
        lines << QString() << tr("Conflicts: nothing can be imported until these are resolved.");
        for (const QString& conflict : preview->conflicts)
            lines << QStringLiteral("  • ") + conflict;
    }
    m_preview->setText(lines.join(QLatin1Char('\n')));
    if (preview->conflicts.isEmpty()) {
        m_payload = payload.take();
        m_importButton->setText(tr("&Import %n record(s)", nullptr, int(preview->counts.total())));
        m_importButton->setEnabled(true);
    }
}

void TransferImportDialog::import()
{
    if (!m_payload)
        return;
    m_error->clear();
    const Result<TransferService::Preview> done = [&] {
        OperationProgress progress(this, tr("Importing the transfer package…"));
        return TransferService(m_session).importPayload(*m_payload, progress.callback());
    }();
    if (!done) {
        m_error->showStatus(done.status());
        return;
    }
    forgetPreview();
    m_preview->setText(tr("Imported %n record(s) for %1 (%2).", nullptr, int(done->counts.total()))
                           .arg(done->fullName, done->prisonNumber));
    Q_EMIT imported();
}

} // namespace wingmate::ui
