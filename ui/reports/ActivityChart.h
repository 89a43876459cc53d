#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace wingmate::ui {

// Sessions held and concerns raised in each month, as pairs of bars side by
// side, with the months along the bottom and a count axis on the left.
// Painted with QPainter (no Qt Charts on the wing PC), like WellbeingChart.
class ActivityChart : public QWidget {
    Q_OBJECT
public:
    struct Month {
        QDate month; // first day
        int sessions = 0;
        int concerns = 0;
    };

    explicit ActivityChart(QWidget* parent = nullptr);

    void setMonths(const QList<Month>& months);
    const QList<Month>& months() const { return m_months; }
    // The top of the count axis: a round number at or above the largest bar.
    int axisMaximum() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRect() const;
    // The month under a point of the plot, or -1.
    int monthAt(const QPointF& pos) const;
    QString monthText(const Month& m) const;
    void updateAccessibleText();

    QList<Month> m_months;
};

} // namespace wingmate::ui
