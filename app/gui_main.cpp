// The Wingmate desktop program: start-up only; the windows live in ui/.
#include "Bootstrap.h"
#include "Translations.h"
#include "security/KeyDerivation.h"
#include "shell/Appearance.h"
#include "start/StartController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv)
{
    // Hardening and the encryption library come before anything else runs.
    const wingmate::Status boot = wingmate::bootstrap();
#ifdef WINGMATE_TEST_COPY
    // Only the copy built for the test suite has this switch.
    if (qEnvironmentVariable("WINGMATE_INSECURE_FAST_KDF") == QLatin1String("1"))
        wingmate::KdfParams::allowTestCost(true);
#endif

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Wingmate"));
    QApplication::setOrganizationName(QStringLiteral("Wingmate"));
    QApplication::setApplicationVersion(QStringLiteral(WINGMATE_VERSION));
    wingmate::installTranslations();
    // The start controller decides when to quit: windows are swapped as
    // people create, unlock and lock vaults.
    QApplication::setQuitOnLastWindowClosed(false);
    // Light or dark, as chosen on this PC (View > Appearance).
    wingmate::ui::Appearance::applySaved();

    if (!boot) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Wingmate cannot start"),
            boot.message(), QMessageBox::Close);
        box.setDetailedText(boot.details());
        box.exec();
        return boot.exitCode();
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Records for a prison wing's peer-mentoring scheme."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
        QCoreApplication::translate(
            "main", "Open or create the vault in <folder> instead of the last one used."),
        QCoreApplication::translate("main", "folder"));
    parser.addOption(vaultOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main",
            "Try Wingmate on a made-up wing: a throwaway demonstration vault, deleted when the program closes."));
    parser.addOption(demoOption);
    parser.process(app);

    wingmate::ui::StartController controller;
    QObject::connect(&controller, &wingmate::ui::StartController::quitRequested, &app,
        &QCoreApplication::quit, Qt::QueuedConnection);
    if (parser.isSet(demoOption))
        controller.startDemo();
    else
        controller.start(parser.value(vaultOption));
    return QApplication::exec();
}
