// sip_reason CODE [LANG]: the reason phrase and class of a SIP response
// code, through the C++ wrapper. Built by examples/cmake/CMakeLists.txt.
#include <sipstatus.hpp>

#include <charconv>
#include <cstring>
#include <iostream>

// Computed at compile time: no library call.
static_assert(sipstatus::status_class(486) == sipstatus::Class::ClientFailure);

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: " << argv[0] << " CODE [LANG]\n";
        return 2;
    }
    int code = 0;
    const char *end = argv[1] + std::strlen(argv[1]);
    const auto [rest, err] = std::from_chars(argv[1], end, code);
    if (err != std::errc() || rest != end) {
        std::cerr << argv[0] << ": not a number: " << argv[1] << '\n';
        return 2;
    }
    const char *lang = argc > 2 ? argv[2] : nullptr;

    const auto phrase = sipstatus::reason(code, lang);
    if (!phrase) {
        std::cerr << argv[1] << " is not a SIP response code\n";
        return 1;
    }
    std::cout << code << ' ' << *phrase;
    if (const auto cls = sipstatus::class_name(sipstatus::status_class(code), lang)) {
        std::cout << " (" << *cls << ')';
    }
    std::cout << " [" << sipstatus::negotiated_lang(lang) << "]\n";
    return 0;
}
