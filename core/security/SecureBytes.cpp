#include "security/SecureBytes.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace wingmate {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(std::calloc(size, 1));
    if (!m_data)
        throw std::bad_alloc();
    // Locking can fail when RLIMIT_MEMLOCK is exhausted; the bytes are still
    // wiped on release, so carry on rather than refuse to work.
    sodium_mlock(m_data, size);
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(std::span<const unsigned char> bytes)
{
    SecureBytes copy(bytes.size());
    if (!bytes.empty())
        std::memcpy(copy.data(), bytes.data(), bytes.size());
    return copy;
}

bool SecureBytes::equals(std::span<const unsigned char> other) const
{
    return other.size() == m_size && (m_size == 0 || sodium_memcmp(m_data, other.data(), m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data) {
        // sodium_munlock zeroes the region before unlocking it.
        sodium_munlock(m_data, m_size);
        std::free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace wingmate
