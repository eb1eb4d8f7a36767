/* The named constants of the known codes (enum SipCode in sipstatus.h)
 * against the library: walked in the order of codes.inc, which
 * tests/header.rs generates from the code table, each constant must be its
 * code, be known, carry its own name (sip_code_name(SIP_X) is "X"), and
 * come where sip_known_at puts it; there must be one per known code. */
#include "sipstatus.h"
#include "check.h"

#include <stddef.h>

int main(void) {
    size_t row = 0;
    SipCode c;

#define SIP_CODE(value, NAME)                                                   \
    c = SIP_##NAME;                                                             \
    CHECK((int)c == (value), "SIP_" #NAME " is %d, not " #value, (int)c);       \
    CHECK(sip_is_known(c), "SIP_" #NAME " (%d) is not known", (int)c);         \
    CHECK_STR(sip_code_name(c), #NAME);                                        \
    CHECK(sip_known_at(row) == (int)c, "row %zu: sip_known_at gives %d, SIP_" #NAME " is %d", \
          row, sip_known_at(row), (int)c);                                      \
    row++;
#include "codes.inc"
#undef SIP_CODE

    CHECK(row == sip_known_count(), "%zu constants, %zu known codes", row, sip_known_count());
    CHECK(row > 0, "no constants");
    /* The constants are plain ints to every function. */
    CHECK(sip_reason(SIP_BUSY_HERE, "de") == sip_reason(486, "de"), "SIP_BUSY_HERE");
    CHECK(sip_class(SIP_DECLINE) == SIP_CLASS_GLOBAL_FAILURE, "603");
    return check_summary("test_codes");
}
