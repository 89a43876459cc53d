#include "security/WipeSecret.h"

#include <sodium.h>

namespace wingmate {

namespace {

// The whole allocation: the free space a removal from the front left too.
template<typename Text> void wipeAllocation(Text& text)
{
    if (!text.isDetached() || text.capacity() <= 0)
        return;
    const qsizetype front = text.data_ptr().freeSpaceAtBegin();
    auto* start = text.data() - front;
    sodium_memzero(start, static_cast<std::size_t>(front + text.capacity()) * sizeof(*start));
}

} // namespace

void wipeSecret(QString& text)
{
    wipeAllocation(text);
    text = QString();
}

void wipeSecret(QByteArray& bytes)
{
    wipeAllocation(bytes);
    bytes = QByteArray();
}

void wipeSecret(std::string& text)
{
    // capacity() excludes the terminator's place; the terminator is 0 anyway.
    sodium_memzero(text.data(), text.capacity());
    text.clear();
}

} // namespace wingmate
