-- Panic containment: with a build of the module with the test-only cargo
-- feature panic-test, the library panics where SIPSTATUS_PANIC_AT says
-- (see src/fault.rs). Every function must still return, with nil and a
-- message where the panic struck and its usual answer elsewhere; the Lua
-- interpreter, like a Kamailio worker, keeps running.
--
--   SIPSTATUS_PANIC_AT=registry lua5.1 tests/lua/panic.lua DIR registry
--   SIPSTATUS_PANIC_AT=negotiate lua5.1 tests/lua/panic.lua DIR negotiate

local dir, site = arg[1], arg[2]
assert(os.getenv("SIPSTATUS_PANIC_AT") == site, "SIPSTATUS_PANIC_AT must be " .. tostring(site))
package.cpath = dir .. "/?.so"
local sipstatus = require "sipstatus"

local passed, failed = 0, 0
local function check(ok, what)
    if ok then
        passed = passed + 1
    else
        failed = failed + 1
        io.stderr:write("FAILED: ", what, "\n")
    end
end

-- f(...) answers nil and the message of a contained panic.
local function contained(name, ...)
    local value, message = sipstatus[name](...)
    check(value == nil and message == "sipstatus." .. name
        .. ": internal error (a bug in sipstatus: please report it)",
        name .. ": " .. tostring(value) .. ", " .. tostring(message))
end

-- f(...) answers `want`.
local function works(name, want, ...)
    local value = sipstatus[name](...)
    check(value == want, name .. ": " .. tostring(value) .. ", want " .. tostring(want))
end

if site == "registry" then
    -- Building the shipped locales on first use panics, every time: every
    -- function that needs a locale is contained, twice over; the tables of
    -- codes and causes still answer.
    for _ = 1, 2 do
        contained("reason", 486)
        contained("reason", 486, "de", "short")
        contained("description", 486, "de")
        contained("class", 486, "de")
        contained("negotiate", "de")
        contained("lang_from_accept_language", "de")
        contained("languages")
        contained("q850_name", 17)
        contained("format_reason", 17, "de")
    end
    works("to_q850", 17, 486)
    works("from_q850", 486, 17)
    check(type(sipstatus.version()) == "string", "version")
    -- Bad arguments are still refused as such, before any panic.
    local value, message = sipstatus.reason({})
    check(value == nil and message:find("number expected", 1, true), "bad argument: " .. tostring(message))
elseif site == "negotiate" then
    -- Negotiating a tag that is not a locale's own panics; tags that are,
    -- and English, are found without negotiation.
    for _ = 1, 2 do
        contained("reason", 486, "de-AT")
        contained("negotiate", "de_CH.UTF-8")
        contained("q850_name", 17, "pt-PT")
    end
    works("reason", "Busy Here", 486)
    works("reason", "Besetzt", 486, "de")
    works("negotiate", "de", "de")
    works("format_reason", 'Q.850;cause=17;text="Teilnehmer besetzt"', 17, "de")
else
    error("unknown site " .. tostring(site))
end

print(string.format("%s, panic at %s: %d passed, %d failed", _VERSION, site, passed, failed))
os.exit(failed == 0 and 0 or 1)
