#pragma once

#include <QString>

namespace wingmate::ui {

// Where vaults live on this machine. Only the folder is remembered, in
// QSettings, as a per-machine interface preference: never who used it.

// The folder offered when nothing else is known: the application data folder.
QString defaultVaultFolder();

// A folder to offer for a new vault: the default one, or the first free
// sibling of it ("vault-2", ...) when the default already holds something.
QString suggestedNewVaultFolder();

// The folder of the last vault opened or made on this machine; empty if none.
QString rememberedVaultFolder();
void rememberVaultFolder(const QString& folder);

// What a person typed or picked, as a clean absolute path: "~" means their
// home folder and native separators are accepted. Empty if the text is empty
// or relative (a relative path would depend on where the program started).
QString cleanVaultFolder(const QString& text);

// True when the folder does not exist yet or exists and holds nothing.
bool isEmptyOrMissingFolder(const QString& folder);

} // namespace wingmate::ui
