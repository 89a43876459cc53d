#include "Bootstrap.h"
#include "Translations.h"
#include "cli/CliApplication.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    const wingmate::Status started = wingmate::bootstrap();
    QCoreApplication app(argc, argv);
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
