-- sipstatus in Kamailio (KEMI, app_lua): answers INVITEs for its test users
-- with a reason phrase in the language the caller's Accept-Language asks
-- for, and a Reason header with the Q.850 cause (RFC 3326, RFC 6432).
-- See examples/kamailio/README.md; kamailio.cfg loads this script.
--
-- sipstatus.so must be on Lua's package.cpath: install it in
-- /usr/local/lib/lua/5.1/ (Debian's Lua 5.1 looks there), or set LUA_CPATH
-- in Kamailio's environment.

local sipstatus = require "sipstatus"

-- The test users and their answer: alice is busy. Any other user is
-- unknown (404). A real configuration asks its location table instead.
local users = {
    alice = 486,
}

-- Answers the request with `code`, its reason phrase in `lang`, and, for a
-- failure, the Reason header of the Q.850 cause RFC 3398 maps it to.
local function reply(code, lang)
    local cause = sipstatus.to_q850(code)
    if cause then
        KSR.hdr.append_to_reply("Reason: " .. sipstatus.format_reason(cause, lang) .. "\r\n")
    end
    local phrase = sipstatus.reason(code, lang)
    KSR.info(string.format("sipstatus: %s %s -> %d %s [%s]\n", KSR.pv.get("$rm"),
        KSR.pv.get("$ru"), code, phrase, lang))
    KSR.sl.send_reply(code, phrase)
end

-- The routing entry point of KEMI.
function ksr_request_route()
    -- ACKs to this script's own replies: the sl module absorbs them first;
    -- any other ACK has nothing to answer.
    if KSR.is_ACK() then
        return
    end
    -- Every Accept-Language field of the request, joined with commas
    -- (RFC 3261 §7.3.1); nil when there is none, which gives "en".
    local lang = sipstatus.lang_from_accept_language(KSR.pv.get("$(hdr(Accept-Language)[*])"))
    if KSR.is_INVITE() then
        reply(users[KSR.pv.get("$rU")] or 404, lang)
    elseif KSR.is_OPTIONS() then
        reply(200, lang)
    else
        KSR.hdr.append_to_reply("Allow: INVITE, ACK, OPTIONS\r\n")
        reply(405, lang)
    end
end
