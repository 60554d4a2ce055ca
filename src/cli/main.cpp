// `tolok`: the Tolok core from the command line. Dispatches to one command per file (cmd_*.cpp).
#include <cstring>
#include <iostream>

#include "cli/commands.h"
#include "cli/terminal_guard.h"

namespace tolok::cli {

static void print_overview(Lang lang) {
    std::cout << (lang == Lang::En ? "Tolok: SAKIP performance indicators (IKU) from the command line.\n\nUsage: tolok COMMAND [options]\n\nCommands:\n"
                                   : "Tolok: Indikator Kinerja Utama (IKU) SAKIP dari baris perintah.\n\nPemakaian: tolok PERINTAH [opsi]\n\nPerintah:\n");
    for (const auto& c : commands()) {
        std::string name = c.name;
        name.resize(14, ' ');
        std::cout << "  " << name << c.summary.in(lang) << "\n";
    }
    std::cout << (lang == Lang::En ? "\nEvery command: --help, --lang id|en (messages in Indonesian by default). One command's usage: tolok help COMMAND.\n"
                                   : "\nSemua perintah: --help, --lang id|en (pesan dalam bahasa Indonesia secara bawaan). Cara pakai satu perintah: tolok bantuan PERINTAH.\n");
}

int usage_error(const std::string& command, const std::string& message, Lang lang) {
    std::cerr << "tolok " << command << ": " << message << "\n"
              << (lang == Lang::En ? "See: tolok " + command + " --help\n" : "Lihat: tolok " + command + " --help\n");
    return kExitUsage;
}

}  // namespace tolok::cli

int main(int argc, char** argv) {
    using namespace tolok::cli;
    guard_terminal_streams();
    tolok::Lang lang = tolok::Lang::Id;
    const char* command = nullptr;
    int command_index = 0;
    for (int i = 1; i < argc; ++i) {
        if ((std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "en") == 0) ||
            std::strcmp(argv[i], "--lang=en") == 0)
            lang = tolok::Lang::En;
        if (std::strcmp(argv[i], "--lang") == 0) { ++i; continue; }
        if (!command && argv[i][0] != '-') { command = argv[i]; command_index = i; }
    }
    if (!command) {
        print_overview(lang);
        bool asked = false;
        for (int i = 1; i < argc; ++i)
            if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) asked = true;
        return asked ? kExitOk : kExitUsage;
    }
    // `tolok help [COMMAND]` (also `bantuan`): what users type after seeing the overview's "--help".
    if (std::strcmp(command, "help") == 0 || std::strcmp(command, "bantuan") == 0) {
        char* topic = nullptr;
        for (int i = command_index + 1; i < argc && !topic; ++i) {
            if (std::strcmp(argv[i], "--lang") == 0) { ++i; continue; }
            if (argv[i][0] != '-') topic = argv[i];
        }
        if (!topic) {
            print_overview(lang);
            return kExitOk;
        }
        for (const auto& c : commands())
            if (std::strcmp(c.name, topic) == 0) {
                char help_flag[] = "--help";
                char lang_flag[] = "--lang";
                char lang_value[] = "en";
                char* help_argv[] = {argv[0], topic, help_flag, lang_flag, lang_value, nullptr};
                return c.run(lang == tolok::Lang::En ? 5 : 3, help_argv);
            }
        command = topic;
    }
    for (const auto& c : commands())
        if (std::strcmp(c.name, command) == 0) return c.run(argc, argv);
    // The error alone on stderr, first, with where the list of commands is; not the whole overview on stdout.
    std::cerr << (lang == tolok::Lang::En ? "tolok: unknown command \"" : "tolok: perintah tidak dikenal \"") << command << "\"\n"
              << (lang == tolok::Lang::En ? "See the commands: tolok --help\n" : "Lihat daftar perintah: tolok --help\n");
    return kExitUsage;
}
