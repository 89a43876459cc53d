#pragma once

// Small helpers shared by the widget tests (GUI test binaries only).

#include "Bootstrap.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <catch2/catch_test_macros.hpp>

#include <functional>

namespace wingmate::test {

// This machine's interface preferences (QSettings) in a throwaway folder,
// emptied for each test, never the tester's own.
inline void isolateMachineSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

// How every window test starts: libsodium and the driver ready, settings
// isolated (the test main allows fast key derivation).
inline void prepareWidgetTest()
{
    REQUIRE(bootstrap().ok());
    isolateMachineSettings();
}

// The named child widget or object; fails the test when it is missing.
template<typename T>
T* child(const QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO("no " << name.toStdString());
    REQUIRE(found);
    return found;
}

template<typename T>
T* child(const QObject* parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

// The last visible child of this class and name (a dialog opened with
// open(), which may have predecessors still waiting to be deleted); fails
// the test when none is visible.
template<typename T>
T* visibleDialog(const QObject* owner, const char* name)
{
    T* found = nullptr;
    for (T* candidate : owner->findChildren<T*>(QString::fromLatin1(name))) {
        if (candidate->isVisible())
            found = candidate;
    }
    INFO("no visible " << name);
    REQUIRE(found);
    return found;
}

inline void showActive(QWidget* widget)
{
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget));
    widget->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(widget));
}

// Waits, processing events, until condition holds. QTRY_* would report to
// QTest's log rather than to Catch, so waiting is done here.
inline bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Runs deleteLater()s now, so a test can see a window really gone.
inline void flushDeletes() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

// The display texts of one column, top to bottom.
inline QStringList column(const QAbstractItemModel* model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, col).data().toString();
    return values;
}

} // namespace wingmate::test
