#include "Bootstrap.h"

#include "platform/Platform.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>

#include <sodium.h>

namespace wingmate {

Status bootstrap()
{
    platform::hardenProcess();
    if (sodium_init() < 0) {
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("Bootstrap", "The encryption library could not start."),
            QStringLiteral("sodium_init failed"));
    }
    SqlCipherDriver::registerDriver();
    return Status::success();
}

} // namespace wingmate
