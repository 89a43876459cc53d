#include "Bootstrap.h"
#include "Translations.h"
#include "cli/CliApplication.h"
#include "security/KeyDerivation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The Gui platform's own start-up warnings (no XDG_RUNTIME_DIR, fonts) are
// not for the person at the command line, whose stderr holds one sentence.
QtMessageHandler standardHandler = nullptr;

void quietGuiWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && standardHandler)
        standardHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    const wingmate::Status started = wingmate::bootstrap();
#ifdef WINGMATE_TEST_COPY
    // Only the copy built for the test suite has this switch.
    if (qEnvironmentVariable("WINGMATE_INSECURE_FAST_KDF") == QLatin1String("1"))
        wingmate::KdfParams::allowTestCost(true);
#endif
    // Printing a record lays out a PDF with Qt Gui's fonts: only then is a
    // (windowless) QGuiApplication started.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || !std::strcmp(argv[i], "mentee-summary") || !std::strcmp(argv[i], "training-record");
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (printing)
        standardHandler = qInstallMessageHandler(quietGuiWarnings);
    const std::unique_ptr<QCoreApplication> app
        = printing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wingmate-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WINGMATE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Wingmate"));
    wingmate::installTranslations();
    if (!started) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(started.message()));
        return started.exitCode();
    }
    return wingmate::cli::CliApplication(QCoreApplication::arguments()).run();
}
