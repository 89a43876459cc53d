#pragma once

// One libFuzzer target per reader of outside data. A target is one file:
//
//   #include "FuzzTarget.h"
//   WINGMATE_FUZZ_TARGET(data) { Reader::parse(data); }
//
// plus one line in tests/fuzz/CMakeLists.txt, and a seed corpus under
// tests/fuzz/corpus/<target>/. data is the input as a QByteArray (a deep
// copy, so the reader may keep it). A Qt core application exists, as in the
// programs, and key slots may be made at libsodium's minimum cost.

#include "security/KeyDerivation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace wingmate::fuzz {
void run(const QByteArray& data);
} // namespace wingmate::fuzz

#define WINGMATE_FUZZ_TARGET(data)                                                                           \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)                                             \
    {                                                                                                        \
        wingmate::KdfParams::allowTestCost(true);                                                            \
        static QCoreApplication app(*argc, *argv);                                                           \
        return 0;                                                                                            \
    }                                                                                                        \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)                                 \
    {                                                                                                        \
        wingmate::fuzz::run(QByteArray(reinterpret_cast<const char*>(bytes), qsizetype(size)));              \
        return 0;                                                                                            \
    }                                                                                                        \
    void wingmate::fuzz::run(const QByteArray& data)
