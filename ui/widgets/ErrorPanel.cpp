#include "ErrorPanel.h"

#include "Status.h"
#include "shell/Appearance.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace wingmate::ui {

ErrorPanel::ErrorPanel(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Show det&ails"), this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errorPanel"));
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_details->setObjectName(QStringLiteral("errorDetails"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoDefault(false);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 6);
    m_details->setAccessibleName(tr("Technical details"));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_message, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QPushButton::toggled, this, &ErrorPanel::setDetailsShown);
    updateColours();
    clear();
}

void ErrorPanel::showStatus(const Status& status)
{
    showMessage(status.message(), status.details());
}

void ErrorPanel::showMessage(const QString& message, const QString& details)
{
    m_message->setText(message);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setDetailsShown(false);
    setVisible(!message.isEmpty());
}

void ErrorPanel::clear()
{
    showMessage({});
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

QString ErrorPanel::details() const
{
    return m_details->toPlainText();
}

bool ErrorPanel::detailsShown() const
{
    return m_details->isVisibleTo(this);
}

void ErrorPanel::setDetailsShown(bool shown)
{
    m_details->setVisible(shown);
    m_detailsButton->setText(shown ? tr("Hide det&ails") : tr("Show det&ails"));
}

void ErrorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    QWidget::changeEvent(event);
}

void ErrorPanel::updateColours()
{
    // A red that stays readable on both light and dark window colours.
    Appearance::setTextColour(m_message, Appearance::warningText(palette()));
}

} // namespace wingmate::ui
