#include "ActivityChart.h"

#include "ChartBackground.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace wingmate::ui {

namespace {

// The same colour-blind-safe pair as the wellbeing chart; concerns are also
// hatched, so the two never depend on colour alone.
const QColor SessionColour(0x1f, 0x5f, 0xbf);
const QColor ConcernColour(0xd9, 0x5f, 0x02);

} // namespace

ActivityChart::ActivityChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setAccessibleName(tr("Sessions and concerns by month"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleText();
}

QSize ActivityChart::sizeHint() const
{
    return { 640, fontMetrics().height() * 12 };
}

QSize ActivityChart::minimumSizeHint() const
{
    return { 300, fontMetrics().height() * 9 };
}

void ActivityChart::setMonths(const QList<Month>& months)
{
    m_months = months;
    updateAccessibleText();
    update();
}

int ActivityChart::axisMaximum() const
{
    int largest = 0;
    for (const Month& m : m_months)
        largest = std::max({ largest, m.sessions, m.concerns });
    if (largest <= 5)
        return 5;
    // 1, 2 or 5 times a power of ten.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(largest))));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * magnitude >= largest)
            return int(step * magnitude);
    }
    return largest;
}

QRectF ActivityChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const double left = fm.horizontalAdvance(QString::number(axisMaximum())) + line;
    return QRectF(
        left, line * 2.0, std::max(10.0, width() - left - line), std::max(10.0, height() - line * 4.0));
}

int ActivityChart::monthAt(const QPointF& pos) const
{
    const QRectF plot = plotRect();
    if (m_months.isEmpty() || pos.x() < plot.left() || pos.x() >= plot.right())
        return -1;
    return std::clamp(
        int((pos.x() - plot.left()) / (plot.width() / m_months.size())), 0, int(m_months.size()) - 1);
}

QString ActivityChart::monthText(const Month& m) const
{
    return tr("%1: %n session(s)", nullptr, m.sessions)
               .arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")))
        + tr(", %n concern(s) raised", nullptr, m.concerns);
}

void ActivityChart::updateAccessibleText()
{
    QStringList parts;
    for (const Month& m : m_months)
        parts << monthText(m);
    setAccessibleDescription(parts.isEmpty() ? tr("No months to show.") : parts.join(QStringLiteral("; ")));
}

bool ActivityChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = monthAt(help->pos());
        if (index < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), monthText(m_months.at(index)), this);
        return true;
    }
    return QWidget::event(event);
}

void ActivityChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintChartBackground(painter, *this);
    const QPalette pal = palette();

    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    if (m_months.isEmpty()) {
        painter.setPen(pal.text().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("No months to show."));
        return;
    }
    const QRectF plot = plotRect();
    const int top = axisMaximum();

    // Legend.
    double x = plot.left();
    const double legendY = line * 0.5;
    for (const auto& [colour, label, hatched] : { std::tuple { SessionColour, tr("Sessions held"), false },
             std::tuple { ConcernColour, tr("Concerns raised"), true } }) {
        const QRectF swatch(x, legendY + line * 0.15, line * 0.8, line * 0.7);
        painter.fillRect(swatch, colour);
        if (hatched)
            painter.fillRect(swatch, QBrush(pal.base().color(), Qt::BDiagPattern));
        painter.setPen(pal.text().color());
        painter.drawText(QPointF(swatch.right() + line * 0.3, legendY + fm.ascent()), label);
        x = swatch.right() + line * 0.6 + fm.horizontalAdvance(label) + line;
    }

    // Count axis with gridlines at quarters.
    painter.setFont(font());
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        painter.setPen(QPen(pal.midlight().color(), 1, i == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(pal.text().color());
        const QString label = QString::number(top * i / 4);
        painter.drawText(QRectF(0, y - line / 2.0, plot.left() - line * 0.3, line),
            Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Bars, two per month, and the month names (with the year under January
    // and under the first month).
    const double slot = plot.width() / m_months.size();
    const double barWidth = std::max(2.0, slot * 0.32);
    for (int i = 0; i < m_months.size(); ++i) {
        const Month& m = m_months.at(i);
        const double centre = plot.left() + slot * (i + 0.5);
        const auto bar = [&](int value, double left, const QColor& colour, bool hatched) {
            const double h = plot.height() * value / top;
            const QRectF r(left, plot.bottom() - h, barWidth, h);
            painter.fillRect(r, colour);
            if (hatched)
                painter.fillRect(r, QBrush(pal.base().color(), Qt::BDiagPattern));
            if (value > 0) {
                painter.setPen(pal.text().color());
                painter.drawText(QRectF(left - line, r.top() - line, barWidth + 2 * line, line),
                    Qt::AlignHCenter | Qt::AlignBottom, QString::number(value));
            }
        };
        bar(m.sessions, centre - barWidth - 1, SessionColour, false);
        bar(m.concerns, centre + 1, ConcernColour, true);
        painter.setPen(pal.text().color());
        QString label = QLocale().toString(m.month, QStringLiteral("MMM"));
        if (i == 0 || m.month.month() == 1)
            label += QLatin1Char('\n') + QString::number(m.month.year());
        painter.drawText(QRectF(centre - slot / 2, plot.bottom() + 2, slot, line * 2.2),
            Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

} // namespace wingmate::ui
