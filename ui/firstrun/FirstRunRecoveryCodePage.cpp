#include "FirstRunRecoveryCodePage.h"

#include "widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWizard>

namespace wingmate::ui {

FirstRunRecoveryCodePage::FirstRunRecoveryCodePage(QWidget* parent)
    : QWizardPage(parent)
    , m_codeLabel(new QLabel(this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_saveButton(new QPushButton(tr("&Save to file…"), this))
    , m_savedNote(new QLabel(this))
    , m_error(new ErrorPanel(this))
    , m_keptCheck(new QCheckBox(tr("I have printed or written down the recovery code and will &keep it "
                                   "locked away"),
          this))
{
    setObjectName(QStringLiteral("recoveryCodePage"));
    m_codeLabel->setObjectName(QStringLiteral("recoveryCodeLabel"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_savedNote->setObjectName(QStringLiteral("savedNote"));
    m_keptCheck->setObjectName(QStringLiteral("keptCheck"));

    setTitle(tr("Your recovery code"));
    setSubTitle(tr("The vault is ready. This code is shown only now, and nobody can show it again."));
    setButtonText(QWizard::FinishButton, tr("&Continue"));

    auto* explanation
        = new QLabel(tr("If every administrator password is forgotten, this code is the only way "
                        "into the vault. Print it or write it down, and keep it locked away from "
                        "this PC, for example in the wing manager's safe. Anyone who has the code "
                        "and a copy of the vault can read every record in it."),
            this);
    explanation->setWordWrap(true);

    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.5);
    codeFont.setBold(true);
    m_codeLabel->setFont(codeFont);
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setBackgroundRole(QPalette::Base);
    m_codeLabel->setAutoFillBackground(true);
    m_codeLabel->setMargin(m_codeLabel->fontMetrics().height() / 2);
    m_codeLabel->setAccessibleName(tr("Recovery code"));

    m_printButton->setAutoDefault(false);
    m_saveButton->setAutoDefault(false);
    m_savedNote->setWordWrap(true);
    m_savedNote->setTextFormat(Qt::PlainText);
    m_savedNote->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_codeLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_savedNote);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_keptCheck);

    connect(m_printButton, &QPushButton::clicked, this, &FirstRunRecoveryCodePage::print);
    connect(m_saveButton, &QPushButton::clicked, this, &FirstRunRecoveryCodePage::save);
    connect(m_keptCheck, &QCheckBox::toggled, this, &FirstRunRecoveryCodePage::completeChanged);
}

void FirstRunRecoveryCodePage::setRecoveryCode(const QString& folder, const QString& code)
{
    m_folder = folder;
    m_code = code;
    m_createdAt = QDateTime::currentDateTime();
    m_codeLabel->setText(code);
}

bool FirstRunRecoveryCodePage::isComplete() const
{
    return !m_code.isEmpty() && m_keptCheck->isChecked();
}

QString FirstRunRecoveryCodePage::madeAt() const
{
    const QLocale locale;
    return tr("%1 at %2")
        .arg(locale.toString(m_createdAt.date(), QLocale::LongFormat),
            locale.toString(m_createdAt.time(), QLocale::ShortFormat));
}

QString FirstRunRecoveryCodePage::sheetText() const
{
    const QStringList lines {
        tr("Wingmate vault recovery code"),
        QString(),
        tr("Vault folder: %1").arg(QDir::toNativeSeparators(m_folder)),
        tr("Made: %1").arg(madeAt()),
        QString(),
        QStringLiteral("    ") + m_code,
        QString(),
        tr("This code opens the vault if every administrator password is forgotten."),
        tr("Keep it locked away, apart from the PC. Anyone who has this code and a copy"),
        tr("of the vault can read every record in it."),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString FirstRunRecoveryCodePage::sheetHtml() const
{
    const QString fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();
    return QStringLiteral("<h2>%1</h2><p>%2<br>%3</p>"
                          "<p style=\"font-family:'%4'; font-size:20pt; font-weight:bold\">%5</p>"
                          "<p>%6</p>")
        .arg(tr("Wingmate vault recovery code").toHtmlEscaped(),
            tr("Vault folder: %1").arg(QDir::toNativeSeparators(m_folder)).toHtmlEscaped(),
            tr("Made: %1").arg(madeAt()).toHtmlEscaped(), fixed, m_code.toHtmlEscaped(),
            tr("This code opens the vault if every administrator password is forgotten. Keep it locked "
               "away, apart from the PC. Anyone who has this code and a copy of the vault can read every "
               "record in it.")
                .toHtmlEscaped());
}

Status FirstRunRecoveryCodePage::saveTo(const QString& path, ExistingFile existing) const
{
    return writeOutputFile(path, sheetText().toUtf8(), existing);
}

void FirstRunRecoveryCodePage::printTo(QPrinter& printer) const
{
    QTextDocument sheet;
    sheet.setHtml(sheetHtml());
    sheet.print(&printer);
}

void FirstRunRecoveryCodePage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Wingmate recovery code"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->clear();
    printTo(printer);
    if (printer.printerState() == QPrinter::Error)
        m_error->showMessage(
            tr("The recovery code could not be printed. Check the printer, or write the code down."));
}

void FirstRunRecoveryCodePage::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery code"),
        QDir::home().filePath(tr("wingmate-recovery-code.txt")), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    m_error->clear();
    m_savedNote->hide();
    if (const Status status = saveTo(path, ExistingFile::Replace); !status) {
        m_error->showStatus(status);
        return;
    }
    m_savedNote->setText(tr("Saved to %1. Copy it to a memory stick that is kept locked away, then delete "
                            "it from this PC.")
                             .arg(QDir::toNativeSeparators(path)));
    m_savedNote->show();
}

} // namespace wingmate::ui
