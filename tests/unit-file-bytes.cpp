// Tests of core/file_bytes.h: a file comes back byte for byte (binary, NUL bytes, larger than one read buffer); a
// missing file is nothing, not an empty text.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

#include "core/file_bytes.h"

using namespace tolok;

TEST_CASE("read_file_bytes: the file's bytes, binary and larger than one buffer; nothing for a missing file") {
    char name[] = "/tmp/tolok-file-bytes-XXXXXX";
    int fd = mkstemp(name);
    REQUIRE(fd >= 0);
    std::string bytes;
    for (int i = 0; i < 40000; ++i) bytes += static_cast<char>((i * 7919) % 256);  // includes NUL and 0xFF
    REQUIRE(write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
    close(fd);
    auto back = read_file_bytes(name);
    REQUIRE(back.has_value());
    CHECK(back->size() == bytes.size());
    CHECK(*back == bytes);
    std::remove(name);
    CHECK_FALSE(read_file_bytes(name).has_value());

    char empty[] = "/tmp/tolok-file-bytes-XXXXXX";
    fd = mkstemp(empty);
    REQUIRE(fd >= 0);
    close(fd);
    CHECK(read_file_bytes(empty) == std::optional<std::string>(""));
    std::remove(empty);
}
