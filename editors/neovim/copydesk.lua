-- copydesk in Neovim's built-in LSP client (Neovim 0.7 or later).
-- Copy to ~/.config/nvim/plugin/copydesk.lua, or `dofile()` it from init.lua.
-- Needs `copydesk-language-server` on PATH (`npm install -g copydesk`).

local cmd = {'copydesk-language-server', '--stdio'}

-- The folder holding .copydesk/ (the project's words and names) or .git,
-- else the file's own folder: the workspace the server reads its
-- configuration from and where "add to the word list" writes.
local function root_dir(file)
  local folder = vim.fn.fnamemodify(file, ':p:h')
  for _, marker in ipairs({'.copydesk', '.git'}) do
    local found = vim.fn.finddir(marker, folder .. ';')
    if found ~= '' then return vim.fn.fnamemodify(found, ':p:h:h') end
  end
  return folder
end

-- Neovim 0.7 has no vim.lsp.start: one client per root, attached by hand.
local clients = {}

vim.api.nvim_create_autocmd('FileType', {
  pattern = {'text', 'markdown', 'html'},
  callback = function(args)
    local root = root_dir(vim.api.nvim_buf_get_name(args.buf))
    if vim.lsp.start then
      -- Reuses the running server for the same root.
      vim.lsp.start({name = 'copydesk', cmd = cmd, root_dir = root}, {bufnr = args.buf})
    else
      clients[root] = clients[root] or vim.lsp.start_client({name = 'copydesk', cmd = cmd, root_dir = root})
      vim.lsp.buf_attach_client(args.buf, clients[root])
    end
  end,
})
