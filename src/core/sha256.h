// SHA-256 (FIPS 180-4), for the seal of exchange files (core/exchange.h). Written here rather than taken from a
// library: no Debian package offers a portable SHA-256 that also builds for WebAssembly with this project's
// toolchain (Emscripten 3.1.6, libc++ 14, no OpenSSL), and the algorithm is short. Tested with the FIPS/NIST
// example vectors in tests/unit-sha256.cpp.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tolok {

// Incremental hashing: update() any number of times, then digest() once.
class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    void update(std::string_view s) { update(s.data(), s.size()); }
    std::array<uint8_t, 32> digest();  // finishes the hash; the object must not be updated afterwards
    std::string hex_digest();          // 64 lowercase hex digits

private:
    void block(const uint8_t* p);
    uint32_t h_[8];
    uint8_t buffer_[64];
    size_t buffered_ = 0;
    uint64_t length_ = 0;  // bytes hashed so far
};

// SHA-256 of `data` as 64 lowercase hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace tolok
