-- dockmentor's own acceptance client: headless Neovim (>= 0.7) opens one file, attaches the
-- language server and prints what it receives, one JSON object per line on stdout.
--   LSP_CMD='["java","-jar","server/target/dockmentor.jar","lsp"]' LSP_FILE=Dockerfile \
--     nvim --headless --clean -u NONE -i NONE -c "luafile clients/nvim/lsp_check.lua" </dev/null
-- (lsp_check.sh builds LSP_CMD from its arguments and adds a hard timeout.)
-- Env: LSP_TIMEOUT_MS (first publish, default 20000), LSP_SETTLE_MS (late publishes, default 300),
--      LSP_HOVER="line:col" (0-based), LSP_CODE_ACTIONS=1, LSP_ROOT (default: cwd).
-- Output: {"diagnostic":{...}}, {"hover":"..."}, {"codeAction":"title","kind":...,"isPreferred":...}
-- Exit: 0 published (an empty list counts), 3 no publish in time, 4 server not started, 5 script error.
local function env(k, d) local v = os.getenv(k); if v == nil or v == "" then return d end; return v end
local function out(t) io.stdout:write(vim.fn.json_encode(t) .. "\n") end
local function finish(code) io.stdout:flush(); vim.cmd(code == 0 and "qa!" or ("cquit " .. code)) end

local function request(buf, method, params, timeout)
  local results = {}
  for _, r in pairs(vim.lsp.buf_request_sync(buf, method, params, timeout) or {}) do
    if r.result then table.insert(results, r.result) end
  end
  return results
end

local function main()
  vim.lsp.set_log_level("ERROR")
  local cmd = vim.fn.json_decode((assert(os.getenv("LSP_CMD"), "LSP_CMD (JSON argv) is required")))
  local file = vim.fn.fnamemodify((assert(os.getenv("LSP_FILE"), "LSP_FILE is required")), ":p")
  local timeout = tonumber(env("LSP_TIMEOUT_MS", "20000"))
  local settle = tonumber(env("LSP_SETTLE_MS", "300"))

  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)

  local published, raw = false, {}
  local default_handler = vim.lsp.handlers["textDocument/publishDiagnostics"]
  vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
    if result and vim.uri_to_fname(result.uri) == vim.uri_to_fname(uri) then
      published = true
      raw = result.diagnostics or {}
    end
    return default_handler(err, result, ctx, config)
  end

  local client_id = vim.lsp.start_client({ name = "dockmentor", cmd = cmd, root_dir = env("LSP_ROOT", vim.fn.getcwd()) })
  if not client_id then
    out({ error = "could not start " .. table.concat(cmd, " ") })
    return finish(4)
  end
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(timeout, function() return published end, 20) then
    out({ error = "no publishDiagnostics within " .. timeout .. " ms" })
    vim.lsp.stop_client(client_id)
    return finish(3)
  end
  vim.wait(settle, function() return false end, 20)

  for _, d in ipairs(raw) do
    out({ diagnostic = { line = d.range.start.line, col = d.range.start.character, end_line = d.range["end"].line,
          end_col = d.range["end"].character, severity = d.severity, code = d.code, source = d.source,
          message = d.message } })
  end

  local hover = os.getenv("LSP_HOVER")
  if hover and hover ~= "" then
    local l, c = hover:match("^(%d+):(%d+)$")
    for _, r in ipairs(request(buf, "textDocument/hover",
        { textDocument = { uri = uri }, position = { line = tonumber(l), character = tonumber(c) } }, timeout)) do
      local contents = r.contents
      if type(contents) == "table" then contents = contents.value or vim.fn.json_encode(contents) end
      out({ hover = contents or vim.NIL })
    end
  end

  if env("LSP_CODE_ACTIONS", "") == "1" then
    local last = vim.api.nvim_buf_line_count(buf)
    for _, actions in ipairs(request(buf, "textDocument/codeAction", { textDocument = { uri = uri },
        range = { start = { line = 0, character = 0 }, ["end"] = { line = last, character = 0 } },
        context = { diagnostics = raw } }, timeout)) do
      for _, a in ipairs(actions) do out({ codeAction = a.title, kind = a.kind, isPreferred = a.isPreferred }) end
    end
  end

  vim.lsp.stop_client(client_id)
  return finish(0)
end

-- A Lua error must end Neovim: a headless nvim would otherwise wait at the error forever.
local ok, err = xpcall(main, debug.traceback)
if not ok then out({ error = tostring(err) }); finish(5) end
