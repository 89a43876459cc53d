// The records inside a transfer package once decrypted: every field's type
// and range is checked before anything is imported.
#include "FuzzTarget.h"
#include "transfer/TransferPayload.h"

WINGMATE_FUZZ_TARGET(data)
{
    (void)wingmate::TransferPayload::parse(data);
}
