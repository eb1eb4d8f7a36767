/* The header alone must compile cleanly as C99, C11 and C17, and (as
 * header_cxx.cpp) as C++17, under -Wall -Wextra -Werror -pedantic. */
#include "sipstatus.h"

int main(void) {
    SipCode busy = SIP_BUSY_HERE;
    SipClass c = sip_class(busy);
    return c == SIP_CLASS_CLIENT_FAILURE && sip_reason(busy, NULL) != 0 ? 0 : 1;
}
