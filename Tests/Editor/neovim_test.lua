-- A headless Neovim with the README's set-up opens a canvas, waits for bmc lsp's
-- diagnostics, jumps to a definition, renames an id and formats, and compares the
-- buffer with the expected text. Run by .ci/neovim_test.sh; exits non-zero on failure.
local expected_path = assert(os.getenv("EXPECTED"), "EXPECTED names the expected file")

local function fail(message)
  io.stderr:write("neovim test: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function wait(what, predicate)
  if not vim.wait(20000, predicate, 20) then fail("timed out waiting for " .. what) end
end

local buffer = vim.api.nvim_get_current_buf()
local function text() return table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), "\n") .. "\n" end

wait("bmc lsp to attach", function() return next(vim.lsp.buf_get_clients(buffer)) ~= nil end)
wait("diagnostics", function() return #vim.diagnostic.get(buffer) > 0 end)
local found = false
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
  if code == "bad-enum" and diagnostic.lnum == 4 and diagnostic.col == 8 and diagnostic.message:find("niche%-market") then
    found = true
  end
end
if not found then fail("no bad-enum diagnostic at line 5, column 9: " .. vim.inspect(vim.diagnostic.get(buffer))) end

-- Go to definition: from `shops` in the channel's segments to the segment's id.
vim.api.nvim_win_set_cursor(0, { 12, 17 })
vim.lsp.buf.definition()
wait("the jump to the definition", function()
  local cursor = vim.api.nvim_win_get_cursor(0)
  return cursor[1] == 3 and cursor[2] == 6
end)

-- Rename the id there: the definition and both references change.
vim.lsp.buf.rename("stores")
wait("the rename", function() return not text():find("shops") end)

-- Format: the buffer becomes what `bmc fmt` writes, comment kept.
if vim.lsp.buf.format then
  vim.lsp.buf.format({ async = false, timeout_ms = 20000 })
else
  vim.lsp.buf.formatting_sync(nil, 20000)
end
local expected = table.concat(vim.fn.readfile(expected_path), "\n") .. "\n"
if text() ~= expected then fail("the buffer is not the expected text:\n" .. text()) end

print("neovim test: diagnostics, definition, rename and formatting work")
vim.cmd("qall!")
