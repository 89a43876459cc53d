// The one main for all Catch2 test binaries.
#include <catch2/catch_session.hpp>

#ifdef WINGMATE_TEST_GUI
#include "shell/Appearance.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "Translations.h"
#include "security/KeyDerivation.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>

int main(int argc, char** argv)
{
    // Widgets tests run without a display unless the caller chose a platform
    // (for example xcb under Xvfb, to take screenshots).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // This PC's copies of audit heads (PcAnchor) go to a folder of this run's
    // own, handed down to the programs the tests start.
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    // Slots at libsodium's minimum cost, so the suite stays fast; the test
    // copies of the programs take the same through the environment.
    wingmate::KdfParams::allowTestCost(true);
    qputenv("WINGMATE_INSECURE_FAST_KDF", "1");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("wingmate-tests"));
#ifdef WINGMATE_TEST_GUI
    // Screenshots in either palette: WINGMATE_TEST_APPEARANCE=dark or light.
    const QString appearance = qEnvironmentVariable("WINGMATE_TEST_APPEARANCE");
    if (appearance == QStringLiteral("dark"))
        wingmate::ui::Appearance::apply(wingmate::ui::Appearance::Mode::Dark);
    else if (appearance == QStringLiteral("light"))
        wingmate::ui::Appearance::apply(wingmate::ui::Appearance::Mode::Light);
#endif
    // As the programs do, so messages read as users see them ("1 day", "2 days").
    wingmate::installTranslations();
    return Catch::Session().run(argc, argv);
}
