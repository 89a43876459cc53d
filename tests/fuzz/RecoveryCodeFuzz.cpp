// A recovery code as typed by a person (any text, decoded as UTF-8).
#include "FuzzTarget.h"
#include "security/RecoveryCode.h"

WINGMATE_FUZZ_TARGET(data)
{
    const std::optional<QString> canonical = wingmate::RecoveryCode::normalise(QString::fromUtf8(data));
    if (canonical)
        (void)wingmate::RecoveryCode::format(*canonical);
}
