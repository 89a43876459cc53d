#pragma once

#include "domain/CheckIn.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace wingmate::ui {

// A small chart of a mentee's wellbeing over time: the check-ins' wellbeing
// ratings (1-10, left axis) and validated-scale totals (right axis, in the
// scale's own range; as a share of each range when several scales were
// used), with the check-in dates along the bottom. Says so in words when
// there is nothing to draw. Painted with QPainter: Qt Charts is not
// available on the wing PC.
class WellbeingChart : public QWidget {
    Q_OBJECT
public:
    struct Point {
        QDate date;
        int value = 0;
        QString scaleName; // empty for a wellbeing rating
    };

    explicit WellbeingChart(QWidget* parent = nullptr);

    void setCheckIns(const QList<CheckIn>& checkIns);
    void clear();

    const QList<Point>& ratingPoints() const { return m_ratings; }
    const QList<Point>& scalePoints() const { return m_scaleTotals; }
    int ratingPointCount() const { return int(m_ratings.size()); }
    int scalePointCount() const { return int(m_scaleTotals.size()); }
    // The words shown instead of a chart; empty while there is a chart.
    QString emptyText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Frame {
        QRectF plot;
        QDate first;
        qint64 days = 1;
    };
    Frame frame() const;
    QPointF ratingAt(const Frame& f, const Point& p) const;
    QPointF scaleAt(const Frame& f, const Point& p) const;
    // 0..1 within the right axis.
    double scaleFraction(const Point& p) const;
    bool singleScale() const;
    QString pointText(const Point& p) const;
    void updateAccessibleText();

    QList<Point> m_ratings;
    QList<Point> m_scaleTotals;
    int m_checkInCount = 0;
};

} // namespace wingmate::ui
