#pragma once

#include "Status.h"

namespace wingmate {

// Start-up work shared by both executables, in one place: process hardening
// (no core dumps, umask 077), libsodium initialisation and registration of
// the QSQLCIPHER driver. Call first thing in main(), before any vault work.
Status bootstrap();

} // namespace wingmate
