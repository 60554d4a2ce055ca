// Text a plan file carries (office and indicator names, notes) reaches the user's terminal in the CLI's tables and
// messages. A hostile or damaged file could hide control characters in it: a bell, an ANSI escape sequence that
// recolours or rewrites the screen, a right-to-left override that shows text reversed. On a terminal they are shown
// as U+FFFD instead; output into a file or a pipe (JSON, CSV, HTML) is left exactly as written.
#pragma once

namespace tolok::cli {

// Puts a filter in front of std::cout and std::cerr, each when it is a terminal, that shows C0 control characters
// (except tab and line breaks), DEL, C1 controls (U+0080-U+009F) and the bidi embedding, override and isolate
// controls (U+202A-U+202E, U+2066-U+2069) as U+FFFD.
void guard_terminal_streams();

}  // namespace tolok::cli
