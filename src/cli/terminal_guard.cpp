// Control characters kept off the terminal (see terminal_guard.h).
#include "cli/terminal_guard.h"

#include <unistd.h>

#include <iostream>
#include <streambuf>

namespace tolok::cli {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Whether a complete UTF-8 sequence (or single byte) is one of the characters terminal_safe replaces.
bool unsafe(std::string_view seq) {
    const auto b = [&](size_t i) { return static_cast<unsigned char>(seq[i]); };
    if (seq.size() == 1) return (b(0) < 0x20 && b(0) != '\t' && b(0) != '\n' && b(0) != '\r') || b(0) == 0x7F;
    if (seq.size() == 2) return b(0) == 0xC2 && b(1) >= 0x80 && b(1) <= 0x9F;  // C1 controls
    if (seq.size() == 3 && b(0) == 0xE2) {
        if (b(1) == 0x80) return b(2) >= 0xAA && b(2) <= 0xAE;  // U+202A-U+202E
        if (b(1) == 0x81) return b(2) >= 0xA6 && b(2) <= 0xA9;  // U+2066-U+2069
    }
    return false;
}

// The length a UTF-8 sequence starting with `lead` has (1 for ASCII and for bytes that start none).
size_t sequence_length(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 1;
}

class TerminalSafeBuffer : public std::streambuf {
public:
    explicit TerminalSafeBuffer(std::streambuf* out) : out_(out) {}

protected:
    int overflow(int c) override {
        if (c == traits_type::eof()) return traits_type::not_eof(c);
        put(static_cast<char>(c));
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        for (std::streamsize i = 0; i < n; ++i) put(s[i]);
        return n;
    }
    int sync() override {
        flush_pending();
        return out_->pubsync();
    }

private:
    void put(char c) {
        const auto byte = static_cast<unsigned char>(c);
        if (pending_.empty() || (byte & 0xC0) != 0x80) {
            flush_pending();  // a sequence cut short is passed on as it was
            pending_.assign(1, c);
        } else {
            pending_ += c;
        }
        if (pending_.size() >= sequence_length(static_cast<unsigned char>(pending_[0]))) flush_pending();
    }
    void flush_pending() {
        if (pending_.empty()) return;
        const std::string_view seq = pending_;
        if (unsafe(seq)) out_->sputn(kReplacement.data(), static_cast<std::streamsize>(kReplacement.size()));
        else out_->sputn(seq.data(), static_cast<std::streamsize>(seq.size()));
        pending_.clear();
    }

    std::streambuf* out_;
    std::string pending_;
};

}  // namespace

void guard_terminal_streams() {
    // Never destroyed: the streams are flushed through them after main returns, when statics may be gone.
    if (isatty(STDOUT_FILENO)) std::cout.rdbuf(new TerminalSafeBuffer(std::cout.rdbuf()));
    if (isatty(STDERR_FILENO)) std::cerr.rdbuf(new TerminalSafeBuffer(std::cerr.rdbuf()));
}

}  // namespace tolok::cli
