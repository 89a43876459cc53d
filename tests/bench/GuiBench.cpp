// wingmate-gui-bench: the window's figures on the decade dataset, through the
// real StartController, UnlockWindow, MainWindow and CaseloadPage. Prints
//   bench: gui_start ms=X                 process start to the unlock window shown
//   bench: gui_unlock_to_caseload ms=X    Unlock pressed to the caseload painted
//   bench: gui_filter_keystroke ms=X      one key typed into the caseload filter, repainted
//   bench: gui_resident_memory mb=X       resident memory with the decade's caseload open
// (medians; the GUI has no unencrypted counterpart, so these lines carry one
// figure each). Runs under Qt's offscreen platform unless QT_QPA_PLATFORM is
// set (e.g. QT_QPA_PLATFORM=xcb under xvfb-run), so it never needs a display,
// and a watchdog ends it if a window ever waits for a person.

#include "BenchReport.h"
#include "Bootstrap.h"
#include "DecadeDataset.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPage.h"
#include "security/KeyDerivation.h"
#include "shell/MainWindow.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

using namespace wingmate;
using namespace wingmate::bench;

namespace {

const char* const StartOnlyOption = "start-only";
const char* const MakeDataOption = "make-data";

// Waits, handling events, until condition holds; fails the run after 60 s.
void waitFor(const std::function<bool()>& condition, const char* what)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > 60000)
            BenchReport::fail(QStringLiteral("timed out waiting for %1").arg(QString::fromLatin1(what)));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

// Notes when the caseload table's rows ("caseloadView") are painted: watched
// application-wide, so a paint that comes before the page is found still
// counts.
class PaintWatch : public QObject {
public:
    PaintWatch() { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }
    void arm() { m_painted = false; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        // The table's rows, not its header: the view's own viewport.
        const auto* view = qobject_cast<QTableView*>(watched->parent());
        if (view && view->viewport() == watched && view->objectName() == QLatin1String("caseloadView"))
            m_painted = true;
        return false;
    }

private:
    bool m_painted = false;
};

// The child process behind gui_start: shows the unlock window as the
// program does, says so on standard output and ends.
int startOnly(const QString& vault)
{
    ui::StartController controller;
    controller.start(vault);
    QWidget* window = controller.currentWindow();
    if (!window || !qobject_cast<ui::UnlockWindow*>(window) || !QTest::qWaitForWindowExposed(window))
        BenchReport::fail(QStringLiteral("the unlock window was not shown"));
    std::fputs("shown\n", stdout);
    std::fflush(stdout);
    std::_Exit(0); // the figure is taken; tearing down is not part of it
}

double medianStartMs(int runs, const QString& vault)
{
    QList<double> times;
    for (int i = 0; i <= runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--%1").arg(QString::fromLatin1(StartOnlyOption)), QStringLiteral("--vault"), vault });
        while (!child.canReadLine()) {
            if (!child.waitForReadyRead(60000))
                BenchReport::fail(QStringLiteral("the start-up run did not show its window"));
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        child.waitForFinished(60000);
        if (i > 0) // the first run warms the caches
            times.append(ms);
    }
    return BenchReport::median(times);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const Status boot = bootstrap();
    QApplication app(argc, argv);
    // The benchmark's vaults are made at libsodium's minimum cost.
    KdfParams::allowTestCost(true);
    QApplication::setApplicationName(QStringLiteral("wingmate-gui-bench"));
    QApplication::setQuitOnLastWindowClosed(false);
    if (!boot)
        BenchReport::fail(boot.message());
    // The dataset is shared with wingmate-bench, so its folder is found
    // before this machine's interface preferences are moved out of the
    // person's own.
    const QString defaultData = DecadeDataset::defaultFolder();
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Folder caching the decade dataset (made when missing; default %1).").arg(defaultData),
        QStringLiteral("DIR"), defaultData);
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (default 7)."), QStringLiteral("N"),
        QStringLiteral("7"));
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QStringLiteral("(internal)"), QStringLiteral("DIR"));
    const QCommandLineOption startOnlyOption(QString::fromLatin1(StartOnlyOption), QStringLiteral("(internal)"));
    const QCommandLineOption makeDataOption(QString::fromLatin1(MakeDataOption), QStringLiteral("(internal)"));
    parser.addOptions({ dataOption, runsOption, vaultOption, startOnlyOption, makeDataOption });
    parser.process(app);
    if (parser.isSet(startOnlyOption))
        return startOnly(parser.value(vaultOption));
    if (parser.isSet(makeDataOption)) {
        DecadeDataset::ensure(parser.value(dataOption), false, ManualClock(DecadeGenerator::now()));
        return 0;
    }
    const int runs = qMax(1, parser.value(runsOption).toInt());

    // Nothing here waits for a person; if something ever does, end anyway.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] { BenchReport::fail(QStringLiteral("watchdog: took over 10 minutes")); });
    watchdog.start(10 * 60 * 1000);

    // Made, when missing, by a child process: the generator's memory is not
    // the program's and must not count in gui_resident_memory.
    const int made = QProcess::execute(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--%1").arg(QString::fromLatin1(MakeDataOption)), QStringLiteral("--data"), parser.value(dataOption) });
    if (made != 0)
        BenchReport::fail(QStringLiteral("the decade dataset could not be made (exit %1)").arg(made));
    ManualClock clock(DecadeGenerator::now());
    const DecadeDataset dataset = DecadeDataset::ensure(parser.value(dataOption), false, clock);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        BenchReport::fail(QStringLiteral("could not make a scratch folder"));
    dataset.copyTo(scratch.path());
    const QString vault = DecadeDataset::vaultIn(scratch.path(), VaultStorage::Encrypted);
    BenchReport::note(QStringLiteral("platform %1; decade dataset from %2; medians of %3 runs after a warm-up")
                          .arg(QApplication::platformName(), dataset.folder())
                          .arg(runs));

    BenchReport::figure(QStringLiteral("gui_start"), QStringLiteral("ms"), medianStartMs(runs, vault));

    // Unlock pressed to the caseload painted, signed out between runs.
    ui::StartController controller(clock);
    QObject::connect(&controller, &ui::StartController::quitRequested, [] { BenchReport::fail(QStringLiteral("the window asked to quit")); });
    controller.start(vault);
    QList<double> unlockTimes;
    QList<double> unlockCpu;
    ui::CaseloadPage* caseload = nullptr;
    for (int i = 0; i <= runs; ++i) {
        auto* unlock = qobject_cast<ui::UnlockWindow*>(controller.currentWindow());
        if (!unlock || !QTest::qWaitForWindowExposed(unlock))
            BenchReport::fail(QStringLiteral("the unlock window was not shown"));
        unlock->setUsername(QString::fromLatin1(DecadeGenerator::AdminUsername));
        unlock->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QString::fromLatin1(DecadeGenerator::Password));
        PaintWatch painted;
        const double cpuStart = BenchReport::cpuMs();
        QElapsedTimer timer;
        timer.start();
        unlock->unlock();
        waitFor([&] { return qobject_cast<ui::MainWindow*>(controller.currentWindow()) != nullptr; }, "the main window");
        auto* main = static_cast<ui::MainWindow*>(controller.currentWindow());
        caseload = qobject_cast<ui::CaseloadPage*>(main->page(ui::PageKey::Caseload));
        if (!caseload)
            BenchReport::fail(QStringLiteral("the main window has no caseload"));
        waitFor([&] { return painted.painted() && caseload->model()->rowCount() > 0; }, "the caseload to be painted");
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0) {
            unlockTimes.append(ms);
            unlockCpu.append(BenchReport::cpuMs() - cpuStart);
        }
        if (i < runs) {
            controller.signOut();
            caseload = nullptr;
        }
    }
    BenchReport::note(QStringLiteral("caseload shown with %1 rows; cpu: gui_unlock_to_caseload ms=%2")
                          .arg(caseload->model()->rowCount())
                          .arg(BenchReport::median(unlockCpu), 0, 'f', 1));
    BenchReport::figure(QStringLiteral("gui_unlock_to_caseload"), QStringLiteral("ms"), BenchReport::median(unlockTimes));

    // Typing a name into the filter, one key at a time: the key, the
    // filtering and the repaint it posts.
    auto* filter = caseload->findChild<QLineEdit*>(QStringLiteral("caseloadFilter"));
    if (!filter)
        BenchReport::fail(QStringLiteral("the caseload has no filter"));
    // A family name on the caseload, so every key leaves rows to show.
    const QString typed = caseload->model()->index(0, ui::CaseloadModel::Name).data().toString().section(QLatin1Char(' '), -1).toLower();
    filter->setFocus();
    QList<double> keyTimes;
    double slowest = 0;
    for (int i = 0; i <= runs; ++i) {
        filter->clear();
        QCoreApplication::processEvents();
        for (const QChar c : typed) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, c.toLatin1());
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (i > 0) {
                keyTimes.append(ms);
                slowest = qMax(slowest, ms);
            }
        }
    }
    BenchReport::note(QStringLiteral("filter: \"%1\" typed key by key, %2 rows left; slowest key %3 ms")
                          .arg(typed)
                          .arg(caseload->proxy()->rowCount())
                          .arg(slowest, 0, 'f', 1));
    BenchReport::figure(QStringLiteral("gui_filter_keystroke"), QStringLiteral("ms"), BenchReport::median(keyTimes));
    filter->clear();
    QCoreApplication::processEvents();

    BenchReport::figure(QStringLiteral("gui_resident_memory"), QStringLiteral("mb"), BenchReport::residentMiB());
    controller.signOut();
    QCoreApplication::processEvents();
    return 0;
}
