-- wrk script: each request opens the page of a random synthetic story (s-syn-0 ... s-syn-N-1),
-- so the load is spread over the whole store instead of one cached row.
-- PATH_PREFIX: "/stories/" (the web page, default) or "/api/stories/" (the JSON brief).
local stories = tonumber(os.getenv("STORIES") or "10000")
local prefix = os.getenv("PATH_PREFIX") or "/stories/"

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or 42)
end

function request()
  return wrk.format("GET", prefix .. "s-syn-" .. math.random(0, stories - 1))
end
