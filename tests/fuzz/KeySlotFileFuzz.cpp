// The key-slot file (vault.keys) as read from the vault folder.
#include "FuzzTarget.h"
#include "security/KeySlotFile.h"

WINGMATE_FUZZ_TARGET(data)
{
    wingmate::Result<wingmate::KeySlotFile> file = wingmate::KeySlotFile::fromJson(data);
    if (file)
        (void)file->toJson();
}
