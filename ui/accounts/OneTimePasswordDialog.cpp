#include "OneTimePasswordDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wingmate::ui {

OneTimePasswordDialog::OneTimePasswordDialog(
    const QString& username, const QString& displayName, const QString& password, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLabel(password, this))
{
    setObjectName(QStringLiteral("oneTimePasswordDialog"));
    m_password->setObjectName(QStringLiteral("oneTimePasswordLabel"));
    setWindowTitle(tr("One-time password"));

    auto* intro = new QLabel(tr("Give this one-time password to %1 (username %2). It is shown only now. "
                                "They must replace it with their own password when they first sign in.")
                                 .arg(displayName, username),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_password->setFont(font);
    m_password->setTextFormat(Qt::PlainText);
    m_password->setAlignment(Qt::AlignCenter);
    m_password->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_password->setAccessibleName(tr("One-time password"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyPasswordButton"));
    copyButton->setAutoDefault(false);
    QPushButton* done = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("donePasswordButton"));
    done->setDefault(true);
    connect(copyButton, &QPushButton::clicked, this, &OneTimePasswordDialog::copy);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(m_password);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

OneTimePasswordDialog::~OneTimePasswordDialog()
{
    // A shared PC: do not leave someone's password on the clipboard.
    if (QClipboard* clipboard = QGuiApplication::clipboard();
        clipboard && clipboard->text() == m_password->text())
        clipboard->clear();
}

QString OneTimePasswordDialog::password() const
{
    return m_password->text();
}

void OneTimePasswordDialog::copy()
{
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_password->text());
}

} // namespace wingmate::ui
