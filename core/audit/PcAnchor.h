#pragma once

#include "Status.h"
#include "security/KeySlotFile.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace wingmate {

// This PC's own copy of a vault's audit chain head, kept outside the vault
// folder, so that putting back the whole folder (database and key file
// together) from an older copy is still seen. One small file per vault
// folder and per account on the PC:
//   <QStandardPaths::GenericDataLocation>/wingmate/anchors/
//       <vault id hex>-<folder hex>.anchor
// (~/.local/share/wingmate/anchors on Linux), where <folder hex> is the first
// 8 bytes of BLAKE2b-256 over the folder's canonical path (UTF-8): a copy of
// the vault restored or copied into another folder on purpose is a vault of
// its own there, and using one never makes the other look rolled back. The
// file is a UTF-8 JSON object written atomically and owner-only:
//   { "format": "wingmate-anchor", "version": 1, "vaultId": hex,
//     "folder": the canonical path, "sequence": n, "hash": hex, "mac": hex }
// with the same MAC as the key file's anchor (AuditLog.h). A folder opened
// on this PC for the first time has none yet; it is written after every
// commit.
class PcAnchor {
public:
    static QString directory();
    static QString path(const QByteArray& vaultId, const QString& folder);
    // The path of this vault folder's file with the given suffix (".anchor",
    // ".failures") in directory().
    static QString pathFor(const QByteArray& vaultId, const QString& folder, const QString& suffix);

    // The copy for the vault in folder: nullopt when this PC has none,
    // ErrorCode::Damaged when the file is not one.
    static Result<std::optional<AuditAnchor>> load(const QByteArray& vaultId, const QString& folder);
    static Status save(const QByteArray& vaultId, const QString& folder, const AuditAnchor& anchor);
};

} // namespace wingmate
