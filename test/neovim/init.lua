-- Minimal Neovim (>= 0.7) config that drives the ML Design Review language server as a real
-- third-party LSP client. No plugins. Used by test/neovim/run.mjs:
--
--   MDR_SERVER=<repo>/dist/server.cjs MDR_RESULT=/tmp/result.json \
--     nvim --headless --clean -u test/neovim/init.lua some-design-doc.md
--
-- Environment:
--   MDR_SERVER      path to dist/server.cjs (required)
--   MDR_RESULT      where to write the JSON result (required)
--   MDR_TIMEOUT_MS  how long to wait for diagnostics / hover (default 20000)
--   MDR_NODE        node executable (default "node")
--
-- Exit code: 0 when diagnostics and a hover were received, 1 on timeout / server exit / error.
-- The JSON result is written in every case, so the runner can explain what went wrong.

local server = vim.env.MDR_SERVER
local result_path = vim.env.MDR_RESULT
local timeout_ms = tonumber(vim.env.MDR_TIMEOUT_MS or '') or 20000
local node = vim.env.MDR_NODE or 'node'
local SOURCE = 'ml-design-review'

local function log(msg)
  io.stderr:write('[nvim-lsp-test] ' .. msg .. '\n')
end

local function now_ms()
  return vim.loop.hrtime() / 1e6
end

local result = {
  ok = false,
  error = vim.NIL,
  nvim_version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
  server = server or vim.NIL,
  client_exit = vim.NIL,
  diagnostics = {},
  hover = vim.NIL,
  timings_ms = {},
}

local function finish(code)
  local f = result_path and io.open(result_path, 'w')
  if f then
    f:write(vim.json.encode(result))
    f:close()
  else
    log('cannot write result file: ' .. tostring(result_path))
    code = 1
  end
  -- :qall! stops the LSP clients (shutdown + exit) on VimLeavePre; :cquit N does the same with a status.
  if code == 0 then
    vim.cmd('qall!')
  else
    vim.cmd('cquit ' .. code)
  end
end

local function fail(msg)
  log('FAIL: ' .. msg)
  result.ok = false
  result.error = msg
  finish(1)
end

local function run()
  if not server or server == '' then return fail('MDR_SERVER is not set') end
  if not result_path or result_path == '' then return fail('MDR_RESULT is not set') end

  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  if fname == '' then return fail('no file given on the command line') end
  if vim.bo[bufnr].filetype == '' then vim.bo[bufnr].filetype = 'markdown' end
  result.filetype = vim.bo[bufnr].filetype

  local t0 = now_ms()
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'ml-design-review',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':p:h'),
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
  })
  if not client_id then return fail('vim.lsp.start_client returned nil (cmd: ' .. node .. ' ' .. server .. ' --stdio)') end
  if not vim.lsp.buf_attach_client(bufnr, client_id) then return fail('vim.lsp.buf_attach_client failed') end

  -- Wait for the server to publish our diagnostics (or to die).
  local function ours()
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == SOURCE then table.insert(out, d) end
    end
    return out
  end
  local got = vim.wait(timeout_ms, function()
    return exited ~= nil or #ours() > 0
  end, 20)
  result.timings_ms.diagnostics = math.floor(now_ms() - t0)

  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      source = d.source or vim.NIL,
      code = d.code or vim.NIL,
      message = d.message,
      severity = d.severity,
      line = d.lnum + 1, -- 1-based
      col = d.col + 1,
    })
  end

  if exited then
    result.client_exit = exited
    return fail(string.format('language server exited (code %s, signal %s) before publishing diagnostics; cmd: %s %s --stdio',
      tostring(exited.code), tostring(exited.signal), node, server))
  end
  if not got then
    return fail(string.format('timed out after %d ms waiting for %s diagnostics', timeout_ms, SOURCE))
  end

  -- Hover on the "## Data sources" heading.
  local heading_line = nil
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:match('^##%s+Data sources%s*$') then heading_line = i - 1 break end
  end
  if not heading_line then return fail('no "## Data sources" heading in the buffer') end

  local t1 = now_ms()
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    position = { line = heading_line, character = 4 },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout_ms)
  result.timings_ms.hover = math.floor(now_ms() - t1)
  if not responses then return fail('hover request failed: ' .. tostring(err)) end
  local resp = responses[client_id]
  if not resp then return fail('no hover response from the ml-design-review client') end
  if resp.err or resp.error then return fail('hover error: ' .. vim.inspect(resp.err or resp.error)) end
  local text = vim.NIL
  if resp.result and resp.result.contents then
    local lines = vim.lsp.util.convert_input_to_markdown_lines(resp.result.contents)
    text = table.concat(lines, '\n')
  end
  result.hover = { line = heading_line + 1, text = text }
  if text == vim.NIL or text == '' then return fail('hover on "## Data sources" returned nothing') end

  result.ok = true
  result.timings_ms.total = math.floor(now_ms() - t0)
  log(string.format('ok: %d diagnostics, hover %d chars, %d ms', #result.diagnostics, #text, result.timings_ms.total))
  finish(0)
end

-- VimEnter: the file from the command line is loaded and its filetype detected.
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, e = pcall(run)
    if not ok then
      -- Never leave a headless nvim hanging on a Lua error.
      pcall(fail, 'Lua error: ' .. tostring(e))
      vim.cmd('cquit 1')
    end
  end,
})
