#include "Bootstrap.h"

#include "platform/FreedMemory.h"
#include "platform/Platform.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>

#include <cstdio>

#include <sodium.h>

namespace wingmate {

Status bootstrap()
{
    platform::hardenProcess();
    // Before any record or password is read: what is freed from here on is
    // overwritten (locking relies on it), and a password read from standard
    // input is not kept in the C library's input buffer.
    platform::wipeMemoryOnFree();
    std::setvbuf(stdin, nullptr, _IONBF, 0);
#if defined(__GLIBC__)
    // Without TZ, glibc stats /etc/localtime again on every local-time
    // conversion (mktime): on the decade benchmark that system call was half
    // the caseload's time, once per row. Naming the same file keeps the same
    // zone and lets glibc keep what it read.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
#endif
    if (sodium_init() < 0) {
        return Status::failure(ErrorCode::Io,
            QCoreApplication::translate("Bootstrap", "The encryption library could not start."),
            QStringLiteral("sodium_init failed"));
    }
    SqlCipherDriver::registerDriver();
    return Status::success();
}

} // namespace wingmate
