#include "PasswordStrengthMeter.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

namespace wingmate::ui {

namespace {

int level(PasswordPolicy::Strength strength)
{
    switch (strength) {
    case PasswordPolicy::Strength::TooWeak:
        return 1;
    case PasswordPolicy::Strength::Weak:
        return 2;
    case PasswordPolicy::Strength::Fair:
        return 3;
    case PasswordPolicy::Strength::Strong:
        return 4;
    }
    return 0;
}

QColor colour(PasswordPolicy::Strength strength)
{
    switch (strength) {
    case PasswordPolicy::Strength::TooWeak:
        return QColor(0xc6, 0x28, 0x28);
    case PasswordPolicy::Strength::Weak:
        return QColor(0xef, 0x6c, 0x00);
    case PasswordPolicy::Strength::Fair:
        return QColor(0x9e, 0x9d, 0x24);
    case PasswordPolicy::Strength::Strong:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordStrengthMeter"));
    m_bar->setObjectName(QStringLiteral("passwordStrengthBar"));
    m_strengthLabel->setObjectName(QStringLiteral("passwordStrengthLabel"));
    m_problemLabel->setObjectName(QStringLiteral("passwordProblem"));

    m_bar->setRange(0, level(PasswordPolicy::Strength::Strong));
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Password strength"));
    m_bar->setMaximumHeight(m_strengthLabel->fontMetrics().height() * 2 / 3);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_strengthLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 0, 0, Qt::AlignVCenter);
    layout->addWidget(m_strengthLabel, 0, 1);
    layout->addWidget(m_problemLabel, 1, 0, 1, 2);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);

    setPassword({}, {});
}

void PasswordStrengthMeter::setPassword(const QString& password, const QString& username)
{
    m_problemText = PasswordPolicy::problem(password, username);
    m_strength = PasswordPolicy::strength(password, username);

    if (password.isEmpty()) {
        // Nothing typed yet: no verdict, just what is wanted.
        m_bar->setValue(0);
        m_strengthLabel->clear();
        m_problemLabel->setText(tr("Use at least %1 characters; a few unrelated words make a strong, "
                                   "memorable passphrase.")
                                    .arg(PasswordPolicy::MinimumLength));
        m_problemLabel->show();
        return;
    }
    m_bar->setValue(level(m_strength));
    QPalette p = m_bar->palette();
    p.setColor(QPalette::Highlight, colour(m_strength));
    m_bar->setPalette(p);
    m_strengthLabel->setText(PasswordPolicy::describe(m_strength));
    m_problemLabel->setText(m_problemText);
    m_problemLabel->setVisible(!m_problemText.isEmpty());
}

} // namespace wingmate::ui
