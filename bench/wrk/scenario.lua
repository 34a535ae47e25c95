-- One wrk script for every scenario, driven by the environment the runner sets:
--   BENCH_PATHS   file of request paths, one a line (GET scenarios and the path part of POSTs)
--   BENCH_METHOD  GET or POST
--   BENCH_BODY    POST body template; {ORDER} and {ITEM} are filled from BENCH_PATHS lines "path order item"
--   BENCH_KEY     API key sent as Bearer (empty for the baseline)
--   BENCH_IDEMPOTENT  "1": a unique Idempotency-Key per request
--   BENCH_MIX     "1": BENCH_PATHS lines are "METHOD path [body]" and are replayed as given
--   BENCH_PORTS   comma list of ports on 127.0.0.1: thread N connects to the Nth (several service processes)
-- Each wrk thread takes every Nth line, so no two threads use the same claim or order.

local threads = {}
local counter = 0

local ports = {}
for port in string.gmatch(os.getenv("BENCH_PORTS") or "", "%d+") do table.insert(ports, port) end

function setup(thread)
  counter = counter + 1
  thread:set("thread_index", counter)
  if #ports > 0 then thread.addr = wrk.lookup("127.0.0.1", ports[((counter - 1) % #ports) + 1])[1] end
  table.insert(threads, thread)
end

local lines = {}
local position = 0
local method, body_template, key, idempotent, mix, tag

function init(args)
  local total = tonumber(os.getenv("BENCH_THREADS") or "1")
  local index = 0
  local all = {}
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if line ~= "" then
      table.insert(all, line)
      if index % total == thread_index - 1 then table.insert(lines, line) end
      index = index + 1
    end
  end
  -- Fewer lines than threads (a single fixed path): every thread replays them all.
  if #lines == 0 then lines = all end
  method = os.getenv("BENCH_METHOD") or "GET"
  body_template = os.getenv("BENCH_BODY") or ""
  key = os.getenv("BENCH_KEY") or ""
  idempotent = os.getenv("BENCH_IDEMPOTENT") == "1"
  mix = os.getenv("BENCH_MIX") == "1"
  tag = tostring(os.time()) .. "-" .. tostring(thread_index)
  if key ~= "" then wrk.headers["Authorization"] = "Bearer " .. key end
end

local function split(line)
  local parts = {}
  for part in string.gmatch(line, "%S+") do table.insert(parts, part) end
  return parts
end

function request()
  position = position + 1
  local line = lines[((position - 1) % #lines) + 1]
  -- wrk.format uses the headers given instead of wrk.headers, so start from a copy.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  if idempotent then headers["Idempotency-Key"] = tag .. "-" .. position end
  if mix then
    local verb, path, payload = string.match(line, "^(%S+)%s+(%S+)%s*(.*)$")
    if verb == "POST" then
      headers["Content-Type"] = "application/json"
      return wrk.format("POST", path, headers, payload)
    end
    return wrk.format("GET", path, headers, nil)
  end
  if method == "GET" then return wrk.format("GET", line, headers, nil) end
  headers["Content-Type"] = "application/json"
  local parts = split(line)
  local payload = string.gsub(string.gsub(body_template, "{ORDER}", parts[2] or ""), "{ITEM}", parts[3] or "")
  return wrk.format("POST", parts[1], headers, payload)
end

function done(summary, latency, requests)
  local p = {}
  for _, q in ipairs({ 50, 90, 99 }) do p[tostring(q)] = latency:percentile(q) / 1000 end
  io.write(string.format('BENCH_JSON {"requests":%d,"duration_s":%f,"rps":%f,"bytes":%d,"p50_ms":%f,"p90_ms":%f,"p99_ms":%f,"max_ms":%f,"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_timeout":%d,"non_2xx":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), summary.bytes,
    p["50"], p["90"], p["99"], latency.max / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
