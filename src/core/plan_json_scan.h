// A fast JSON event source for the plan reader's fast path (plan_json_sax.cpp): walks the text once and calls a
// handler with exactly the events nlohmann::json::sax_parse (strict, no comments) would give for it, several times
// faster. It accepts only valid JSON; strings are checked as strictly as nlohmann does (RFC 3629 UTF-8, no control
// characters, every escape, surrogate pairs), so accepted text is also valid UTF-8 without NUL bytes. Numbers are
// converted the way nlohmann converts them.
#pragma once

#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "text_check.h"

namespace tolok {

enum class JsonScan {
    Done,    // valid JSON, every event given and accepted
    Stopped  // invalid JSON, or the handler returned false
};

// Handler: the nlohmann json_sax interface (null, boolean, number_integer, number_unsigned, number_float, string,
// start_object, key, end_object, start_array, end_array); parse_error and binary are never called.
template <class Handler>
class JsonScanner {
public:
    JsonScanner(std::string_view text, Handler& handler) : p_(text.data()), end_(text.data() + text.size()), h_(handler) {}

    JsonScan run() {
        if (end_ - p_ >= 1 && static_cast<unsigned char>(*p_) == 0xEF) {  // a UTF-8 byte order mark, skipped as nlohmann does
            if (end_ - p_ < 3 || static_cast<unsigned char>(p_[1]) != 0xBB || static_cast<unsigned char>(p_[2]) != 0xBF)
                return JsonScan::Stopped;
            p_ += 3;
        }
        std::vector<char> open;  // '{' or '[' per open container (iterative: deep nesting cannot overflow the stack)
        open.reserve(64);
        for (;;) {
            // a value
            skip_space();
            if (p_ == end_) return JsonScan::Stopped;
            char c = *p_;
            if (c == '{' || c == '[') {
                ++p_;
                bool object = c == '{';
                if (!(object ? h_.start_object(static_cast<std::size_t>(-1)) : h_.start_array(static_cast<std::size_t>(-1))))
                    return JsonScan::Stopped;
                skip_space();
                if (p_ != end_ && *p_ == (object ? '}' : ']')) {  // empty container
                    ++p_;
                    if (!(object ? h_.end_object() : h_.end_array())) return JsonScan::Stopped;
                } else {
                    open.push_back(c);
                    if (object && !key()) return status_;
                    continue;
                }
            } else if (!scalar()) {
                return status_;
            }
            // after a value: a separator, the end of containers, or the end of the text
            for (;;) {
                skip_space();
                if (open.empty()) return p_ == end_ ? JsonScan::Done : JsonScan::Stopped;
                if (p_ == end_) return JsonScan::Stopped;
                bool object = open.back() == '{';
                if (*p_ == ',') {
                    ++p_;
                    if (object && !key()) return status_;
                    break;  // the next value
                }
                if (*p_ != (object ? '}' : ']')) return JsonScan::Stopped;
                ++p_;
                open.pop_back();
                if (!(object ? h_.end_object() : h_.end_array())) return JsonScan::Stopped;
            }
        }
    }

private:
    const char* p_;
    const char* end_;
    Handler& h_;
    std::string buf_;  // the current string or key, decoded
    JsonScan status_ = JsonScan::Stopped;

    bool fail() {
        status_ = JsonScan::Stopped;
        return false;
    }

    void skip_space() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    // `"key" :` inside an object.
    bool key() {
        skip_space();
        if (p_ == end_ || *p_ != '"' || !string()) return fail();
        if (!h_.key(buf_)) return fail();
        skip_space();
        if (p_ == end_ || *p_ != ':') return fail();
        ++p_;
        return true;
    }

    bool literal(std::string_view word) {
        if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
        p_ += word.size();
        return true;
    }

    bool scalar() {
        char c = *p_;
        if (c == '"') {
            if (!string()) return fail();
            return h_.string(buf_) || fail();
        }
        if (c == 't') return (literal("true") && h_.boolean(true)) || fail();
        if (c == 'f') return (literal("false") && h_.boolean(false)) || fail();
        if (c == 'n') return (literal("null") && h_.null()) || fail();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        return fail();
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    // JSON number grammar; integers become number_unsigned (no sign) or number_integer (with '-'), anything with
    // a fraction or exponent number_float, as in nlohmann's lexer.
    bool number() {
        const char* start = p_;
        bool negative = *p_ == '-';
        if (negative) ++p_;
        if (p_ == end_ || !digit(*p_)) return fail();
        const char* int_start = p_;
        if (*p_ == '0') ++p_;
        else
            while (p_ != end_ && digit(*p_)) ++p_;
        size_t int_digits = static_cast<size_t>(p_ - int_start);
        bool is_float = false;
        if (p_ != end_ && *p_ == '.') {
            ++p_;
            if (p_ == end_ || !digit(*p_)) return fail();
            while (p_ != end_ && digit(*p_)) ++p_;
            is_float = true;
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ == end_ || !digit(*p_)) return fail();
            while (p_ != end_ && digit(*p_)) ++p_;
            is_float = true;
        }
        if (!is_float && int_digits <= 18) {  // the common case, exact without strtoull
            std::uint64_t u = 0;
            for (const char* q = int_start; q != p_; ++q) u = u * 10 + static_cast<std::uint64_t>(*q - '0');
            if (negative) return h_.number_integer(-static_cast<std::int64_t>(u)) || fail();
            return h_.number_unsigned(u) || fail();
        }
        // As nlohmann converts: strtoull / strtoll, and strtod when that overflows or for a fraction or exponent
        // (with the locale's decimal point, as nlohmann writes it into the token); an infinite result is an error.
        buf_.assign(start, p_);
        if (!is_float) {
            errno = 0;
            if (negative) {
                long long v = std::strtoll(buf_.c_str(), nullptr, 10);
                if (errno == 0) return h_.number_integer(v) || fail();
            } else {
                unsigned long long v = std::strtoull(buf_.c_str(), nullptr, 10);
                if (errno == 0) return h_.number_unsigned(v) || fail();
            }
        }
        const lconv* locale = std::localeconv();
        char point = locale && locale->decimal_point ? *locale->decimal_point : '.';
        for (char& c : buf_)
            if (c == '.') c = point;
        double v = std::strtod(buf_.c_str(), nullptr);
        if (!std::isfinite(v)) return fail();
        return h_.number_float(v, buf_) || fail();
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // Four hex digits after "\u"; -1 when not.
    int code_unit() {
        if (end_ - p_ < 4) return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            int d = hex(p_[i]);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        p_ += 4;
        return v;
    }

    void append_utf8(std::uint32_t cp) { tolok::append_utf8(buf_, cp); }

    // Length of the well-formed UTF-8 sequence at p_ (RFC 3629, as nlohmann checks it); 0 when ill-formed.
    size_t utf8_length() const {
        auto at = [&](ptrdiff_t i) { return static_cast<unsigned char>(p_[i]); };
        auto cont = [&](ptrdiff_t i, unsigned lo = 0x80, unsigned hi = 0xBF) { return end_ - p_ > i && at(i) >= lo && at(i) <= hi; };
        unsigned c = at(0);
        if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
        if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
        if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
        if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
        if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
        if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
        if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
        return 0;
    }

    // The string starting at the quote at p_, decoded into buf_.
    bool string() {
        ++p_;
        buf_.clear();
        for (;;) {
            const char* run = p_;
            while (p_ != end_) {
                unsigned char c = static_cast<unsigned char>(*p_);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++p_;
            }
            buf_.append(run, p_);
            if (p_ == end_) return false;
            unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c >= 0x80) {
                size_t n = utf8_length();
                if (n == 0) return false;
                buf_.append(p_, n);
                p_ += n;
                continue;
            }
            // an escape
            if (end_ - p_ < 2) return false;
            char e = p_[1];
            p_ += 2;
            switch (e) {
                case '"': buf_ += '"'; break;
                case '\\': buf_ += '\\'; break;
                case '/': buf_ += '/'; break;
                case 'b': buf_ += '\b'; break;
                case 'f': buf_ += '\f'; break;
                case 'n': buf_ += '\n'; break;
                case 'r': buf_ += '\r'; break;
                case 't': buf_ += '\t'; break;
                case 'u': {
                    int first = code_unit();
                    if (first < 0) return false;
                    std::uint32_t cp = static_cast<std::uint32_t>(first);
                    if (first >= 0xD800 && first <= 0xDBFF) {  // a high surrogate needs its low one
                        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
                        p_ += 2;
                        int second = code_unit();
                        if (second < 0xDC00 || second > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<std::uint32_t>(second - 0xDC00);
                    } else if (first >= 0xDC00 && first <= 0xDFFF) {
                        return false;
                    }
                    append_utf8(cp);
                    break;
                }
                default: return false;
            }
        }
    }
};

template <class Handler>
JsonScan scan_json(std::string_view text, Handler& handler) {
    return JsonScanner<Handler>(text, handler).run();
}

}  // namespace tolok
