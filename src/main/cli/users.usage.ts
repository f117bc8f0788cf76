// The users command's lines of the usage text (kept apart: main.ts loads no store for --help).
export const USERS_USAGE = `  users add NAME --role reviewer|editor|admin --database D
                                     Add an account (password from stdin, or asked for)
  users list [--json] --database D   The accounts with their roles
  users disable NAME --database D    Disable an account (its sessions end at once)
  users reset-password NAME --database D
                                     Set a new password (also unlocks the account)
  users token NAME --database D      Print a new personal API token (Authorization: Bearer …)`;
