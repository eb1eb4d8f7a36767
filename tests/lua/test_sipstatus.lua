-- Tests of the Lua module, plain asserts counted: every function against
-- the library's answers (the table tests/lua.rs writes) for every locale,
-- code, form and cause, then every rule for bad input (lua/README.md,
-- "Errors"). Run by tests/lua.rs.
--
--   lua5.1 tests/lua/test_sipstatus.lua DIR EXPECTED.lua
--
-- DIR holds the sipstatus.so under test (the only place searched).
-- Runs under Lua 5.1 and 5.4 alike.

local dir, expected_file = arg[1], arg[2]
assert(dir and expected_file, "usage: test_sipstatus.lua DIR EXPECTED.lua")
package.cpath = dir .. "/?.so"
local sipstatus = require "sipstatus"
local want = dofile(expected_file)

local passed, failed = 0, 0
local function check(ok, what)
    if ok then
        passed = passed + 1
    else
        failed = failed + 1
        if failed <= 40 then
            io.stderr:write("FAILED: ", what, "\n")
        end
    end
end

local function show(v)
    if type(v) == "string" then
        if #v > 60 then
            return string.format("%q... (%d bytes)", v:sub(1, 40), #v)
        end
        return string.format("%q", v)
    end
    return tostring(v)
end

-- `unpack` with an explicit count, so that nil arguments are passed.
local function unpack_args(t, n)
    local function go(i)
        if i > n then
            return
        end
        return t[i], go(i + 1)
    end
    return go(1)
end

local function pack(...)
    return { n = select("#", ...), ... }
end

local function call_text(name, args, n)
    local parts = {}
    for i = 1, n do
        parts[i] = show(args[i])
    end
    return string.format("sipstatus.%s(%s)", name, table.concat(parts, ", "))
end

-- sipstatus[name](args) answers exactly `values` (a list, `n` of them).
local function answers(name, args, nargs, values)
    local got = pack(sipstatus[name](unpack_args(args, nargs)))
    local ok = got.n == #values
    for i = 1, #values do
        ok = ok and got[i] == values[i]
    end
    local shown = {}
    for i = 1, got.n do
        shown[i] = show(got[i])
    end
    check(ok, string.format("%s gave %s, want %s", call_text(name, args, nargs),
        table.concat(shown, ", "), table.concat((function()
            local w = {}
            for i = 1, #values do w[i] = show(values[i]) end
            return w
        end)(), ", ")))
end

-- sipstatus[name](args) answers exactly nil and a message that starts
-- with "sipstatus.<name>: " and, when given, holds `part` (plain text).
local function refuses(name, args, nargs, part)
    local got = pack(sipstatus[name](unpack_args(args, nargs)))
    local message = got[2]
    local ok = got.n == 2 and got[1] == nil and type(message) == "string"
        and message:sub(1, #name + 12) == "sipstatus." .. name .. ": "
        and #message < 300
        and (part == nil or message:find(part, 1, true) ~= nil)
    check(ok, string.format("%s gave %s, %s; want nil and a message with %s",
        call_text(name, args, nargs), show(got[1]), show(message), show(part)))
end

-- An answer from expected.lua: `false` means "nil and a message".
local function expect(name, args, nargs, value)
    if value == false then
        refuses(name, args, nargs)
    else
        answers(name, args, nargs, { value })
    end
end

-- 1. The same answers as the C ABI --------------------------------------

check(sipstatus.version() == want.version, "version")
do
    local tags = sipstatus.languages()
    check(#tags == #want.languages, "languages: " .. #tags .. " tags, want " .. #want.languages)
    for i, tag in ipairs(want.languages) do
        check(tags[i] == tag, "languages()[" .. i .. "] = " .. show(tags[i]) .. ", want " .. tag)
    end
    -- A new table on each call: changing one changes nothing else.
    tags[1] = "changed"
    check(sipstatus.languages()[1] == want.languages[1], "languages() returns a fresh table")
end

for _, r in ipairs(want.reason) do
    expect("reason", { r[1], r[2], r[3] }, 3, r[4])
    if r[3] == "full" then
        -- The form left out, and the lang too when it is nil.
        expect("reason", { r[1], r[2] }, 2, r[4])
        if r[2] == nil then
            expect("reason", { r[1] }, 1, r[4])
        end
    end
end
for _, r in ipairs(want.description) do
    expect("description", { r[1], r[2] }, 2, r[3])
end
for _, r in ipairs(want.class) do
    if r[3] == false then
        refuses("class", { r[1], r[2] }, 2)
    else
        answers("class", { r[1], r[2] }, 2, { r[3], r[4] })
    end
end
for _, r in ipairs(want.to_q850) do
    expect("to_q850", { r[1] }, 1, r[2])
end
for _, r in ipairs(want.from_q850) do
    expect("from_q850", { r[1] }, 1, r[2])
end
for _, r in ipairs(want.q850_name) do
    expect("q850_name", { r[1], r[2] }, 2, r[3])
end
for _, r in ipairs(want.format_reason) do
    expect("format_reason", { r[1], r[2] }, 2, r[3])
end
for _, r in ipairs(want.negotiate) do
    expect("negotiate", { r[1] }, 1, r[2])
end
for _, r in ipairs(want.accept) do
    expect("lang_from_accept_language", { r[1] }, 1, r[2])
end

-- README's examples, as written there.
answers("reason", { 486, "de" }, 2, { "Besetzt" })
answers("reason", { 486, "ru", "ascii" }, 3, { "Zanyato" })
answers("lang_from_accept_language", { "de-CH, fr;q=0.5" }, 1, { "de" })
answers("format_reason", { 17, "de" }, 2, { 'Q.850;cause=17;text="Teilnehmer besetzt"' })

-- 2. Bad input -----------------------------------------------------------

local huge = string.rep("9", 1000000)
local co = coroutine.create(function() end)
-- Values that are no type a function takes, with the type the message names.
local wrong_types = {
    { {}, "table" }, { true, "boolean" }, { false, "boolean" }, { print, "function" },
    { co, "thread" }, { io.stdout, "userdata" },
}

-- The functions whose first argument is a number: a code or a cause, and a
-- value each accepts (so that string forms can be compared with it).
local numeric = {
    { "reason", 486 }, { "description", 486 }, { "class", 486 }, { "to_q850", 486 },
    { "from_q850", 17 }, { "q850_name", 17 }, { "format_reason", 17 },
}
for _, f in ipairs(numeric) do
    local name, good = f[1], f[2]
    refuses(name, {}, 0, "bad argument #1 (number expected, got no value)")
    refuses(name, { nil }, 1, "bad argument #1 (number expected, got nil)")
    for _, w in ipairs(wrong_types) do
        refuses(name, { w[1] }, 1, "bad argument #1 (number expected, got " .. w[2] .. ")")
    end
    -- Numbers as strings: decimal digits, an optional sign, whitespace
    -- around, at most 64 bytes. Each gives what the number gives.
    local reference = pack(sipstatus[name](good))
    for _, s in ipairs({ tostring(good), " " .. good, good .. " ", "\t" .. good .. "\r\n",
        "+" .. good, "0" .. good, string.rep(" ", 64 - #tostring(good)) .. good }) do
        answers(name, { s }, 1, { unpack_args(reference, reference.n) })
    end
    answers(name, { good + 0.0 }, 1, { unpack_args(reference, reference.n) })
    for _, s in ipairs({ "", " ", "+", "-", "abc", good .. ".0", good .. "abc", "4 86", "0x1e6",
        "4.86e2", "1e2", good .. "\0", "\0" .. good, "٤٨٦", huge,
        string.rep(" ", 65 - #tostring(good)) .. good }) do
        refuses(name, { s }, 1, "is not a decimal integer)")
    end
    for _, x in ipairs({ 486.5, 0.5, -0.25, 1 / 0, -1 / 0 }) do
        refuses(name, { x }, 1, "is not an integer)")
    end
    refuses(name, { 0 / 0 }, 1, "(nan is not an integer)")
    -- Integral but far out of range, as numbers and as strings.
    for _, x in ipairs({ 2 ^ 63, -2 ^ 64, 1e300 }) do
        refuses(name, { x }, 1, "bad argument #1")
    end
    for _, x in ipairs({ 0, -1, 1000000, -2 ^ 63, "-1", "99999999999999999999" }) do
        refuses(name, { x }, 1, "bad argument #1")
    end
end
refuses("reason", { 99 }, 1, "bad argument #1 (99 is not a SIP response code (100 to 699))")
refuses("reason", { "700" }, 1, "bad argument #1 (700 is not a SIP response code (100 to 699))")
refuses("from_q850", { 128 }, 1, "bad argument #1 (128 is not a Q.850 cause value (1 to 127))")
refuses("q850_name", { 0 }, 1, "bad argument #1 (0 is not a Q.850 cause value (1 to 127))")
refuses("q850_name", { 45 }, 1, "cause 45 is not assigned by Q.850")
refuses("description", { 499 }, 1, "499 has no description")
refuses("class", { 701 }, 1, "701 has no class")
refuses("to_q850", { 487 }, 1, "487 maps to no Q.850 cause")
refuses("from_q850", { 16 }, 1, "cause 16 maps to no SIP response")
-- A message quotes at most 24 characters of a bad string.
refuses("reason", { huge }, 1, '"' .. string.rep("9", 24) .. '..." is not a decimal integer')
refuses("reason", { "4\n8\0006" }, 1, '"4\\n8\\06" is not a decimal integer')
-- The method-call slip: the module table is argument #1.
refuses("reason", { sipstatus, 486 }, 2, "bad argument #1 (number expected, got table)")

-- The lang argument: nil, absent or a string; any string is a language
-- (English when it matches nothing), any other type is refused.
local with_lang = {
    { "reason", { 486 }, 2 }, { "description", { 486 }, 2 }, { "class", { 486 }, 2 },
    { "q850_name", { 17 }, 2 }, { "format_reason", { 17 }, 2 }, { "negotiate", {}, 1 },
}
for _, f in ipairs(with_lang) do
    local name, before, at = f[1], f[2], f[3]
    local function args(lang)
        local a = { unpack_args(before, at - 1) }
        a[at] = lang
        return a
    end
    local english = pack(sipstatus[name](unpack_args(args("en"), at)))
    local german = pack(sipstatus[name](unpack_args(args("de"), at)))
    check(english[1] ~= german[1] or name == "class" and english[2] ~= german[2],
        name .. ": en and de differ")
    for _, w in ipairs(wrong_types) do
        refuses(name, args(w[1]), at, "bad argument #" .. at .. " (string expected, got " .. w[2] .. ")")
    end
    refuses(name, args(49), at, "bad argument #" .. at .. " (string expected, got number)")
    -- Not a language: English, whatever its size or bytes.
    for _, lang in ipairs({ string.rep("de", 500000), "de\0", "\0de", "de_DE.UTF-8\0", "\255",
        string.rep("x", 63), string.rep("de-", 21) .. "d" }) do
        answers(name, args(lang), at, { unpack_args(english, english.n) })
    end
    answers(name, args(nil), at, { unpack_args(english, english.n) })
    answers(name, args("DE"), at, { unpack_args(german, german.n) })
end

-- The form argument of reason: nil, absent, or one of four names.
answers("reason", { 487, "de", nil }, 3, { sipstatus.reason(487, "de", "full") })
for _, w in ipairs(wrong_types) do
    refuses("reason", { 486, "de", w[1] }, 3, "bad argument #3 (string expected, got " .. w[2] .. ")")
end
refuses("reason", { 486, "de", 1 }, 3, "bad argument #3 (string expected, got number)")
for _, form in ipairs({ "", "SHORT", "Short", "short ", "short-ascii", "ascii_short", "bold", huge }) do
    refuses("reason", { 486, "de", form }, 3, "is not a form")
end

-- The Accept-Language argument: nil or absent (no header) gives "en", any
-- string is a header value, any other type is refused.
answers("lang_from_accept_language", {}, 0, { "en" })
answers("lang_from_accept_language", { nil }, 1, { "en" })
for _, w in ipairs(wrong_types) do
    refuses("lang_from_accept_language", { w[1] }, 1,
        "bad argument #1 (string expected, got " .. w[2] .. ")")
end
refuses("lang_from_accept_language", { 5 }, 1, "bad argument #1 (string expected, got number)")
answers("lang_from_accept_language", { "de" .. string.rep(",", 1000000) }, 1, { "en" })
answers("lang_from_accept_language", { "fr\0, de" }, 1, { "de" })

-- Arguments past the last are ignored, as Lua's own functions do.
answers("reason", { 486, "de", "full", "extra", {} }, 5, { "Besetzt" })
answers("version", { "extra" }, 1, { want.version })
check(#sipstatus.languages(1, 2) == #want.languages, "languages(1, 2) ignores its arguments")

-- 3. The module table ----------------------------------------------------

local names = {
    "class", "description", "format_reason", "from_q850", "lang_from_accept_language",
    "languages", "negotiate", "q850_name", "reason", "to_q850", "version",
}
local seen = {}
for k, v in pairs(sipstatus) do
    seen[#seen + 1] = k
    check(type(v) == "function", "sipstatus." .. tostring(k) .. " is a function")
end
table.sort(seen)
check(table.concat(seen, " ") == table.concat(names, " "),
    "the module's functions: " .. table.concat(seen, " "))
check(require("sipstatus") == sipstatus, "require gives the same table again")

print(string.format("%s: %d passed, %d failed", _VERSION, passed, failed))
os.exit(failed == 0 and 0 or 1)
