#include "WellbeingChart.h"

#include "reports/ChartBackground.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace wingmate::ui {

namespace {

// Colours that stay apart for the common kinds of colour blindness, and a
// different marker and line for each series so colour is not needed at all.
const QColor RatingColour(0x1f, 0x5f, 0xbf);
const QColor ScaleColour(0xd9, 0x5f, 0x02);
constexpr double MarkerRadius = 3.5;

} // namespace

WellbeingChart::WellbeingChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wellbeingChart"));
    setAccessibleName(tr("Wellbeing over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateAccessibleText();
}

QSize WellbeingChart::sizeHint() const
{
    return { 600, fontMetrics().height() * 13 };
}

QSize WellbeingChart::minimumSizeHint() const
{
    return { 240, fontMetrics().height() * 9 };
}

void WellbeingChart::clear()
{
    setCheckIns({});
}

void WellbeingChart::setCheckIns(const QList<CheckIn>& checkIns)
{
    m_ratings.clear();
    m_scaleTotals.clear();
    m_checkInCount = int(checkIns.size());
    QList<CheckIn> sorted = checkIns;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const CheckIn& a, const CheckIn& b) { return a.checkedOn < b.checkedOn; });
    for (const CheckIn& c : sorted) {
        if (!c.checkedOn.isValid())
            continue;
        if (c.wellbeingRating)
            m_ratings.append({ c.checkedOn, *c.wellbeingRating, {} });
        if (c.scaleTotal && !c.scaleName.isEmpty())
            m_scaleTotals.append({ c.checkedOn, *c.scaleTotal, c.scaleName });
    }
    updateAccessibleText();
    update();
}

QString WellbeingChart::emptyText() const
{
    if (m_checkInCount == 0)
        return tr("No check-ins yet. Wellbeing ratings and scale totals will be drawn here over time.");
    if (m_ratings.isEmpty() && m_scaleTotals.isEmpty())
        return tr("None of the %n check-in(s) has a wellbeing rating or a scale total to draw.", nullptr,
            m_checkInCount);
    return {};
}

bool WellbeingChart::singleScale() const
{
    for (const Point& p : m_scaleTotals) {
        if (p.scaleName.compare(m_scaleTotals.first().scaleName, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

double WellbeingChart::scaleFraction(const Point& p) const
{
    const std::optional<CheckIn::Scale> scale = CheckIn::scale(p.scaleName);
    if (!scale || scale->maximum <= scale->minimum)
        return 0.5;
    return std::clamp(double(p.value - scale->minimum) / (scale->maximum - scale->minimum), 0.0, 1.0);
}

WellbeingChart::Frame WellbeingChart::frame() const
{
    Frame f;
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const double left = fm.horizontalAdvance(QStringLiteral("10")) + line * 1.6;
    const double right
        = m_scaleTotals.isEmpty() ? line : fm.horizontalAdvance(QStringLiteral("100%")) + line * 1.6;
    const double top = line * 2.0; // the legend
    const double bottom = line * 1.8; // the dates
    f.plot
        = QRectF(left, top, std::max(10.0, width() - left - right), std::max(10.0, height() - top - bottom));
    QDate first;
    QDate last;
    for (const QList<Point>* series : { &m_ratings, &m_scaleTotals }) {
        for (const Point& p : *series) {
            if (!first.isValid() || p.date < first)
                first = p.date;
            if (!last.isValid() || p.date > last)
                last = p.date;
        }
    }
    f.first = first;
    f.days = first.isValid() ? std::max<qint64>(1, first.daysTo(last)) : 1;
    return f;
}

QPointF WellbeingChart::ratingAt(const Frame& f, const Point& p) const
{
    const double x = f.plot.left() + f.plot.width() * double(f.first.daysTo(p.date)) / double(f.days);
    const double y = f.plot.bottom() - f.plot.height() * (std::clamp(p.value, 1, 10) - 1) / 9.0;
    return { x, y };
}

QPointF WellbeingChart::scaleAt(const Frame& f, const Point& p) const
{
    const double x = f.plot.left() + f.plot.width() * double(f.first.daysTo(p.date)) / double(f.days);
    return { x, f.plot.bottom() - f.plot.height() * scaleFraction(p) };
}

QString WellbeingChart::pointText(const Point& p) const
{
    const QString date = QLocale().toString(p.date, QStringLiteral("d MMM yyyy"));
    if (p.scaleName.isEmpty())
        return tr("%1: wellbeing %2 of 10").arg(date).arg(p.value);
    return tr("%1: %2 total %3").arg(date, p.scaleName).arg(p.value);
}

void WellbeingChart::updateAccessibleText()
{
    QString text = emptyText();
    if (text.isEmpty()) {
        QStringList parts;
        if (!m_ratings.isEmpty())
            parts << tr("%n wellbeing rating(s), the latest %1", nullptr, int(m_ratings.size()))
                         .arg(pointText(m_ratings.last()));
        if (!m_scaleTotals.isEmpty())
            parts << tr("%n scale total(s), the latest %1", nullptr, int(m_scaleTotals.size()))
                         .arg(pointText(m_scaleTotals.last()));
        text = parts.join(QStringLiteral("; "));
    }
    setAccessibleDescription(text);
    setToolTip(QString()); // per point, from event()
}

bool WellbeingChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Frame f = frame();
        QString nearest;
        double best = fontMetrics().height(); // only points close to the pointer
        for (const Point& p : m_ratings) {
            const double d = QLineF(ratingAt(f, p), help->pos()).length();
            if (d < best) {
                best = d;
                nearest = pointText(p);
            }
        }
        for (const Point& p : m_scaleTotals) {
            const double d = QLineF(scaleAt(f, p), help->pos()).length();
            if (d < best) {
                best = d;
                nearest = pointText(p);
            }
        }
        if (nearest.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), nearest, this);
        return true;
    }
    return QWidget::event(event);
}

void WellbeingChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintChartBackground(painter, *this);
    const QPalette pal = palette();

    const QString empty = emptyText();
    if (!empty.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(
            rect().adjusted(12, 12, -12, -12), int(Qt::AlignCenter) | int(Qt::TextWordWrap), empty);
        return;
    }

    const Frame f = frame();
    const QFontMetrics fm = fontMetrics();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);

    // Left axis: wellbeing 1-10, with a light grid.
    for (int rating : { 1, 4, 7, 10 }) {
        const double y = f.plot.bottom() - f.plot.height() * (rating - 1) / 9.0;
        painter.setPen(QPen(grid, 1, Qt::DotLine));
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        painter.setPen(RatingColour);
        painter.drawText(QRectF(0, y - fm.height() / 2.0, f.plot.left() - 6, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(rating));
    }

    // Right axis: the scale's own range, or a share of each range.
    const bool oneScale = singleScale();
    if (!m_scaleTotals.isEmpty()) {
        const std::optional<CheckIn::Scale> scale = CheckIn::scale(m_scaleTotals.first().scaleName);
        painter.setPen(ScaleColour);
        for (double fraction : { 0.0, 0.5, 1.0 }) {
            const double y = f.plot.bottom() - f.plot.height() * fraction;
            QString label = QStringLiteral("%1%").arg(int(fraction * 100));
            if (oneScale && scale)
                label = QString::number(
                    int(std::lround(scale->minimum + fraction * (scale->maximum - scale->minimum))));
            painter.drawText(
                QRectF(f.plot.right() + 6, y - fm.height() / 2.0, width() - f.plot.right() - 6, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }

    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());

    // Dates: the first, the last, and a few between when there is room.
    const bool showYear = f.first.year() != f.first.addDays(f.days).year() || f.days > 300;
    const QString format = showYear ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM");
    const double labelWidth
        = fm.horizontalAdvance(QLocale().toString(QDate(2000, 12, 28), format)) + fm.height();
    const int gaps = std::clamp(int(f.plot.width() / labelWidth) - 1, 1, 6);
    const int steps = f.days < gaps ? int(f.days) : gaps;
    painter.setPen(text);
    for (int i = 0; i <= steps; ++i) {
        const QDate date = f.first.addDays(qint64(std::llround(double(f.days) * i / steps)));
        const double x = f.plot.left() + f.plot.width() * double(f.first.daysTo(date)) / double(f.days);
        painter.drawLine(QPointF(x, f.plot.bottom()), QPointF(x, f.plot.bottom() + 3));
        Qt::Alignment align = Qt::AlignHCenter;
        QRectF box(x - labelWidth / 2, f.plot.bottom() + 4, labelWidth, fm.height());
        if (i == 0) {
            box.moveLeft(x - fm.height() / 2.0);
            align = Qt::AlignLeft;
        } else if (i == steps) {
            box.moveRight(x + fm.height() / 2.0);
            align = Qt::AlignRight;
        }
        painter.drawText(box, align | Qt::AlignTop, QLocale().toString(date, format));
    }

    // The series: ratings solid with round markers, totals dashed with squares.
    auto drawSeries = [&](const QList<Point>& points, const QColor& colour, Qt::PenStyle style, bool square,
                          auto position) {
        if (points.isEmpty())
            return;
        QPainterPath path;
        path.moveTo(position(points.first()));
        for (const Point& p : points)
            path.lineTo(position(p));
        painter.setPen(QPen(colour, 2, style));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(pal.base());
        for (const Point& p : points) {
            const QPointF at = position(p);
            if (square)
                painter.drawRect(
                    QRectF(at.x() - MarkerRadius, at.y() - MarkerRadius, 2 * MarkerRadius, 2 * MarkerRadius));
            else
                painter.drawEllipse(at, MarkerRadius + 0.5, MarkerRadius + 0.5);
        }
    };
    drawSeries(m_ratings, RatingColour, Qt::SolidLine, false, [&](const Point& p) { return ratingAt(f, p); });
    drawSeries(m_scaleTotals, ScaleColour, Qt::DashLine, true, [&](const Point& p) { return scaleAt(f, p); });

    // Legend, top left.
    double x = f.plot.left();
    const double y = fm.height() * 0.9;
    auto legend = [&](const QColor& colour, Qt::PenStyle style, bool square, const QString& label) {
        painter.setPen(QPen(colour, 2, style));
        painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(pal.base());
        if (square)
            painter.drawRect(
                QRectF(x + 11 - MarkerRadius, y - MarkerRadius, 2 * MarkerRadius, 2 * MarkerRadius));
        else
            painter.drawEllipse(QPointF(x + 11, y), MarkerRadius, MarkerRadius);
        painter.setPen(text);
        painter.drawText(QPointF(x + 28, y + fm.ascent() / 2.0 - 1), label);
        x += 28 + fm.horizontalAdvance(label) + fm.height() * 1.5;
    };
    if (!m_ratings.isEmpty())
        legend(RatingColour, Qt::SolidLine, false, tr("Wellbeing rating (1–10)"));
    if (!m_scaleTotals.isEmpty()) {
        legend(ScaleColour, Qt::DashLine, true,
            oneScale ? tr("%1 total").arg(m_scaleTotals.first().scaleName)
                     : tr("Scale totals (share of each range)"));
    }
}

} // namespace wingmate::ui
