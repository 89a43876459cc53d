#pragma once

#include <cstddef>
#include <span>

namespace wingmate {

// A fixed-size buffer for key material: its pages are locked in memory with
// sodium_mlock (so they are never swapped out) and wiped when the buffer is
// cleared or destroyed. Move-only, so a key is never silently copied.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(std::span<const unsigned char> bytes);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const unsigned char> span() const { return { m_data, m_size }; }
    std::span<unsigned char> span() { return { m_data, m_size }; }

    // Constant-time comparison.
    bool equals(std::span<const unsigned char> other) const;
    // Wipes and frees the bytes; the buffer is empty afterwards.
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace wingmate
