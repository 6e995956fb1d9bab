-- wrk script for scripts/load.sh: POSTs acceptance decisions drawn from the sample catalog (rules/*/catalog) and
-- counts every non-2xx answer as an error, printing the first few with their bodies.
--
-- Each wrk thread builds a pool of request bodies at start (so building them costs nothing during the run):
-- every jurisdiction and matter of the sample catalog, dates from 2025-01-02 to 2026-11-20 (inside the holiday
-- calendar on file, so no due date runs past it), synthetic but valid applicant identifiers (身份证号 with the GB 11643
-- check digit, 统一社会信用代码 with the GB 32100 one), and a mix of cases: complete (ACCEPT), a tolerable material
-- missing with a written commitment (容缺), a main material missing (一次告知), a material not in legal form, the
-- 告知承诺 route where the matter allows it, and special groups. Bodies are filled from fixed templates: every value
-- put in them is a code, a date or digits, so nothing needs escaping.

local token = os.getenv("ZWFW_TOKEN") or "intake-dev-token"
local path = "/api/v1/decisions/acceptance"
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }

-- jurisdiction, area code for 身份证号, matters: code, who may apply, materials the applicant submits,
-- tolerable materials (容缺 list), whether 告知承诺 applies.
local catalog = {
  { code = "640100", area = "640102", matters = {
      { code = "YC-SPJY-001", types = { "NATURAL_PERSON", "LEGAL_PERSON" }, submit = { "M01", "M04", "M05", "M06" }, tolerable = { "M05", "M06" }, commitment = true },
      { code = "YC-SGXK-002", types = { "LEGAL_PERSON" }, submit = { "M01", "M03", "M04", "M05" }, tolerable = {} },
      { code = "YC-BDC-003", types = { "NATURAL_PERSON", "LEGAL_PERSON" }, submit = { "M01", "M03", "M04" }, tolerable = {} } } },
  { code = "410700", area = "410702", matters = {
      { code = "XX-SPJY-001", types = { "NATURAL_PERSON", "LEGAL_PERSON" }, submit = { "M01", "M04", "M05", "M06" }, tolerable = { "M05", "M06" }, commitment = true },
      { code = "XX-SGXK-002", types = { "LEGAL_PERSON" }, submit = { "M01", "M03", "M04", "M05" }, tolerable = {} },
      { code = "XX-GTGS-004", types = { "NATURAL_PERSON" }, submit = { "M01", "M03" }, tolerable = {} } } },
  { code = "610100", area = "610103", matters = {
      { code = "XA-SPJY-001", types = { "NATURAL_PERSON", "LEGAL_PERSON" }, submit = { "M01", "M04", "M05", "M06" }, tolerable = { "M05", "M06" } } } },
  { code = "640303", area = "640303", matters = {
      { code = "HSB-GTGS-004", types = { "NATURAL_PERSON" }, submit = { "M01", "M03" }, tolerable = {} } } },
}

local function resident_id(area)
  local t = os.time({ year = math.random(1950, 2000), month = 1, day = 1, hour = 12 }) + math.random(0, 364) * 86400
  local body = area .. os.date("!%Y%m%d", t) .. string.format("%03d", math.random(1, 999))
  local weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
  local sum = 0
  for i = 1, 17 do sum = sum + tonumber(body:sub(i, i)) * weights[i] end
  local check = ("10X98765432"):sub(sum % 11 + 1, sum % 11 + 1)
  return body .. check
end

local CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local function credit_code(region)
  local body = "91" .. region
  for _ = 1, 9 do
    local k = math.random(1, 31)
    body = body .. CC:sub(k, k)
  end
  local weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 }
  local sum = 0
  for i = 1, 17 do sum = sum + (CC:find(body:sub(i, i), 1, true) - 1) * weights[i] end
  local c = (31 - sum % 31) % 31
  return body .. CC:sub(c + 1, c + 1)
end

local first_day = os.time({ year = 2025, month = 1, day = 2, hour = 12 })
local last_day = os.time({ year = 2026, month = 11, day = 20, hour = 12 })
local function day(t) return os.date("!%Y-%m-%d", t) end

local function contains(list, x)
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end

local function body_for(j, m)
  local asOf = first_day + math.random(0, math.floor((last_day - first_day) / 86400)) * 86400
  local atype = m.types[math.random(#m.types)]
  local id = atype == "NATURAL_PERSON" and resident_id(j.area) or credit_code(j.code)
  local groups = (atype == "NATURAL_PERSON" and math.random() < 0.15) and '"ELDERLY"' or ""
  local route, commitment = "ORDINARY", "null"
  local roll = math.random()
  local missing, informal = nil, nil
  if roll < 0.40 then
    -- complete
  elseif roll < 0.65 and #m.tolerable > 0 then
    missing = m.tolerable[math.random(#m.tolerable)]
    commitment = string.format('{"signed":true,"supplementBy":"%s"}', day(asOf + 3 * 86400))
  elseif roll < 0.80 then
    missing = m.submit[math.random(#m.submit)]
  elseif roll < 0.90 and m.commitment then
    route = "COMMITMENT"
    commitment = '{"signed":true}'
  else
    informal = m.submit[math.random(#m.submit)]
  end
  local materials = {}
  for _, code in ipairs(m.submit) do
    local status = (code == missing and "MISSING") or (code == informal and "NOT_LEGAL_FORM") or "PROVIDED"
    materials[#materials + 1] = string.format('{"code":"%s","status":"%s"}', code, status)
  end
  return string.format('{"jurisdiction":"%s","matterCode":"%s","asOf":"%s","route":"%s",'
      .. '"applicant":{"type":"%s","id":"%s","groups":[%s]},"materials":[%s],"commitment":%s}',
      j.code, m.code, day(asOf), route, atype, id, groups, table.concat(materials, ","), commitment)
end

local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local requests = {}
local next_request = 1
function init(args)
  math.randomseed(os.time() + tid * 7919)
  for i = 1, 2000 do
    local j = catalog[math.random(#catalog)]
    local m = j.matters[math.random(#j.matters)]
    requests[i] = wrk.format("POST", path, headers, body_for(j, m))
  end
  errors = 0
  ok = 0
  error_counts = {}
  error_samples = ""
  samples = 0
end

function request()
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return r
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    errors = errors + 1
    error_counts[status] = (error_counts[status] or 0) + 1
    if samples < 3 then
      samples = samples + 1
      error_samples = error_samples .. "  HTTP " .. status .. ": " .. (body or ""):sub(1, 300) .. "\n"
    end
  end
end

function done(summary, latency, requests)
  local total_ok, total_err, statuses, shown = 0, 0, {}, ""
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_err = total_err + t:get("errors")
    for s, n in pairs(t:get("error_counts")) do statuses[s] = (statuses[s] or 0) + n end
    shown = shown .. t:get("error_samples")
  end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT decisions_2xx=%d non_2xx=%d socket_errors=%d duration_s=%.1f decisions_per_s=%.0f"
      .. " p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p99.9_ms=%.2f max_ms=%.2f\n",
      total_ok, total_err,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      secs, total_ok / secs,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency:percentile(99.9) / 1000, latency.max / 1000))
  if total_err > 0 then
    local parts = {}
    for s, n in pairs(statuses) do parts[#parts + 1] = s .. " x" .. n end
    io.write("ERRORS by status: " .. table.concat(parts, ", ") .. "\n" .. shown)
  end
end
