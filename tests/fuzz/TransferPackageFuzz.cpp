// A transfer package brought on removable media from another establishment:
// its structure is checked before any key is derived.
#include "FuzzTarget.h"
#include "transfer/TransferPackage.h"

WINGMATE_FUZZ_TARGET(data)
{
    (void)wingmate::TransferPackage::parse(data);
}
