// Tests of SHA-256 (core/sha256.h) with the FIPS 180-4 / NIST example vectors, and incremental hashing in pieces
// of every size giving the same digest as one call.
#include <doctest/doctest.h>

#include <string>

#include "core/sha256.h"

using namespace tolok;

TEST_CASE("sha256: FIPS/NIST example vectors") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 448 bits: the padding no longer fits in the message's last block.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // 896 bits
    CHECK(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrst"
                     "nopqrstu") == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    // one million 'a'
    CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: any split of the input gives the same digest") {
    std::string text;
    for (int i = 0; i < 300; ++i) text += static_cast<char>((i * 37 + 11) & 0xFF);
    std::string whole = sha256_hex(text);
    CHECK(whole == "9b854f0a59eabeac0b0ecaee1f5cd7ab3bfbc93e9b33e2a89ac338b237f300f2");  // Python hashlib
    for (size_t piece = 1; piece <= 130; ++piece) {
        Sha256 h;
        for (size_t at = 0; at < text.size(); at += piece) h.update(std::string_view(text).substr(at, piece));
        CHECK(h.hex_digest() == whole);
    }
    // Lengths around the block and padding boundaries (55, 56, 63, 64, 65 bytes) against one-call hashing.
    for (size_t n : {55u, 56u, 57u, 63u, 64u, 65u, 119u, 120u, 128u}) {
        Sha256 h;
        h.update(text.data(), n / 2);
        h.update(text.data() + n / 2, n - n / 2);
        CHECK(h.hex_digest() == sha256_hex(std::string_view(text).substr(0, n)));
    }
}
