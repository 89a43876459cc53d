#pragma once

#include <QPainter>
#include <QWidget>

namespace wingmate::ui {

// How the hand-painted charts begin: antialiased, the palette's base colour
// and a one-pixel frame in its mid colour.
inline void paintChartBackground(QPainter& painter, const QWidget& chart)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = chart.palette();
    painter.fillRect(chart.rect(), pal.base());
    painter.setPen(QPen(pal.mid().color(), 1));
    painter.drawRect(QRectF(chart.rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace wingmate::ui
