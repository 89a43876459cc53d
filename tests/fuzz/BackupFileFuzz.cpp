// A backup file chosen by a person, whole and as a listing reads its header.
#include "FuzzTarget.h"
#include "backup/BackupFile.h"

WINGMATE_FUZZ_TARGET(data)
{
    (void)wingmate::BackupFile::parse(data);
    (void)wingmate::BackupFile::parseHeader(data);
}
