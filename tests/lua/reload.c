/* What Kamailio's app_lua does on `app_lua.reload`: a new Lua state that
 * requires sipstatus and uses it, then is closed (which dlcloses the
 * module), many times in one process. Every state must give the right
 * answers, and memory must not grow with the number of states: resident
 * memory after the last state may exceed that after the tenth by at most
 * 1 MiB, whether the module stays mapped after a close (as glibc keeps a
 * Rust library that registered thread-local destructors) or not.
 *
 *   cc tests/lua/reload.c $(pkg-config --cflags --libs lua5.1) -o reload
 *   ./reload DIR 1000        DIR holds the sipstatus.so under test
 */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>

/* Resident memory in KiB, from /proc/self/statm; -1 if unreadable. */
static long rss_kib(void)
{
    long size = 0, resident = -1;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &size, &resident) != 2)
            resident = -1;
        fclose(f);
    }
    return resident < 0 ? -1 : resident * 4;
}

static const char *script =
    "local dir = ...\n"
    "package.cpath = dir .. '/?.so'\n"
    "local s = require 'sipstatus'\n"
    "assert(s.reason(486, 'de') == 'Besetzt')\n"
    "assert(s.reason(486, 'de_AT.UTF-8') == 'Besetzt')\n"
    "assert(s.lang_from_accept_language('fr;q=0.5, ja') == 'ja')\n"
    "assert(s.format_reason(17, 'de') == 'Q.850;cause=17;text=\"Teilnehmer besetzt\"')\n"
    "assert(#s.languages() > 1)\n"
    "for _, tag in ipairs(s.languages()) do assert(s.reason(404, tag)) end\n";

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: reload DIR STATES\n");
        return 2;
    }
    int states = atoi(argv[2]);
    long tenth = -1, last = -1;
    for (int i = 0; i < states; i++) {
        lua_State *L = luaL_newstate();
        if (!L) {
            fprintf(stderr, "reload: no memory for a Lua state\n");
            return 1;
        }
        luaL_openlibs(L);
        if (luaL_loadstring(L, script) != 0) {
            fprintf(stderr, "reload: %s\n", lua_tostring(L, -1));
            return 1;
        }
        lua_pushstring(L, argv[1]);
        if (lua_pcall(L, 1, 0, 0) != 0) {
            fprintf(stderr, "reload: state %d: %s\n", i + 1, lua_tostring(L, -1));
            return 1;
        }
        lua_close(L);
        if (i == 9)
            tenth = rss_kib();
        last = rss_kib();
    }
    printf("%s, %d Lua states: resident memory %ld KiB after the 10th, %ld KiB after the last\n",
           LUA_VERSION, states, tenth, last);
    if (tenth < 0 || last < 0 || last - tenth > 1024) {
        fprintf(stderr, "reload: memory grew by %ld KiB\n", last - tenth);
        return 1;
    }
    return 0;
}
