#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace wingmate::ui {

// A secret put on the clipboard (the one-time transfer code) for a short
// while: it is taken off again after ClearAfterMs, and when the vault locks or
// the user signs out, but only if the clipboard still holds it, so whatever
// the user copied since is left alone. One per application, because the
// dialog that copied it may be gone by then.
class ClipboardSecret : public QObject {
    Q_OBJECT
public:
    static constexpr int ClearAfterMs = 60 * 1000;

    static ClipboardSecret& instance();

    // Puts secret on the clipboard and starts the countdown again.
    void copy(const QString& secret);
    // Takes the secret off the clipboard if it is still there (what the
    // countdown and a lock do).
    void clear();
    // The countdown, for tests: they check it and call clear() for its end.
    const QTimer* timer() const { return m_timer; }

private:
    explicit ClipboardSecret(QObject* parent);

    QTimer* m_timer;
    QString m_secret;
};

} // namespace wingmate::ui
