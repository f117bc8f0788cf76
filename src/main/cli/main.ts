// The claimdesk command. Each subcommand parses its flags, opens the app, and goes through
// the same dispatch as the UI (so the same validation and the same rules apply).
//
// Each command's module is loaded only when that command runs: `claimdesk --version` loads no
// store, no contract and no parser, and `list` no report renderer or importer. Register a new
// command the same way (a static import here would put its whole module tree into every start).
import { AppError, isDamage } from '../core/errors';
import { REPAIR_HINT, UsageError, type CliIo } from './args';
import { APP_VERSION } from '../core/version';
import { ARTICLES_USAGE } from './articles.usage';
import { USERS_USAGE } from './users.usage';

export const USAGE = `Claimdesk ${APP_VERSION}: claims, verdicts and sources for fact-checkers.

Usage: claimdesk <command> [options]

Commands:
  serve [--port N] [--host H]        Serve the app to a browser on 127.0.0.1 (prints the URL with its token)
  server --database PATH|postgres://… [--host H] [--port N] [--tls-cert F --tls-key F] [--insecure-http]
                                     Serve the app to a team, with accounts (refuses a non-loopback host without TLS)
${USERS_USAGE}
  import FILE|DIR|URL... [--json]    Import articles (text, Markdown, HTML, DOCX, PDF, web pages)
  list [--json]                      List the articles with their claim counts
${ARTICLES_USAGE}
  extract FILE [--json] [--lang de|en]
                                     Print the claims found in a file (nothing is stored)
  report (ARTICLE_ID | --all | --claimant NAME|ID) --format md|html|pdf|csv|json|claimreview [--language en|de] [-o FILE|DIR]
                                     Export the verdict report (one article, all, or one claimant's record);
                                     -o DIR (or a path ending in /) writes it there under its default name
         … --with-snapshots -o DIR   The report with its sources' WARC files and a SHA256SUMS file
  claimants [--json] [-q TEXT]       People and organisations across articles, most claims first
  claimants show NAME|ID [--json]    One claimant's claims, newest first (NAME matches any alias)
  claimants merge KEEP OTHER         Move OTHER's claims and aliases to KEEP (undo: claimants undo KEEP)
  claimants rename NAME|ID NEW_NAME  Rename a claimant
  claimants split NAME|ID --alias A [--claim ID] [--name N]
                                     Split claims off into a new claimant
  claimants assign CLAIM_ID NAME|ID  Link one claim to a claimant by hand (an unresolved name)
  claimants undo NAME|ID             Undo the claimant's last rename, merge, split or assignment
  claimants history NAME|ID [--json] Every rename, merge, split and undo
  stats [--from DATE] [--to DATE] [--lang de|en] [--json]
                                     The desk at a glance: verdicts per week, reviewers, time to verdict
  backup [-o FILE]                   Take a verified backup now (default: beside the database);
                                     on postgres:// a pg_dump custom-format file, checked by pg_restore --list
  restore FILE                       Put a backup in place (the current database is kept aside);
                                     on postgres:// only into an empty database
  check [--repair] [--json]          Check the database; --repair keeps a damaged file as .damaged
                                     and restores the newest good backup (SQLite); on postgres://
                                     the schema version and that every claim's span is inside its text
  migrate-to --database postgres://… [--db FILE] [--json]
                                     Copy this SQLite desk into an empty PostgreSQL database in
                                     one transaction, verified by counts and checksum
  factchecks import FILE... [--json] Import earlier fact-checks (ClaimReview JSON-LD, feeds, HTML, CSV)
  factchecks list [--json]           List the fact-check library
  sources check [--json]             Fetch every source again (at most 2 requests per second per host) and say
                                     whether it is unchanged, changed, moved, gone or failed; progress on stderr
  sources snapshot (SOURCE_ID | --failed [--missing]) [--json]
                                     Take a source's snapshot again now (retry on demand)
  match "TEXT" [--json] [--lang de|en]
                                     Earlier fact-checks of a claim, best first

Options for every command:
  --db PATH    The database file (default: $CLAIMDESK_DB, else the desktop app's database)
  -h, --help   Show this help
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Loads a command's module when the command runs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.command')).runServe,
  server: async () => (await import('./server.command')).runServer,
  users: async () => (await import('./users.command')).runUsers,
  import: async () => (await import('./import.command')).runImport,
  list: async () => (await import('./list.command')).runList,
  articles: async () => (await import('./articles.command')).runArticles,
  extract: async () => (await import('./extract.command')).runExtract,
  report: async () => (await import('./report.command')).runReport,
  backup: async () => (await import('./maintenance.command')).runBackup,
  restore: async () => (await import('./maintenance.command')).runRestore,
  check: async () => (await import('./maintenance.command')).runCheck,
  'migrate-to': async () => (await import('./maintenance.command')).runMigrateTo,
  factchecks: async () => (await import('./factchecks.command')).runFactchecks,
  match: async () => (await import('./factchecks.command')).runMatch,
  sources: async () => (await import('./sources.command')).runSources,
  claimants: async () => (await import('./claimants.command')).runClaimants,
  stats: async () => (await import('./claimants.command')).runStats,
};

export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr.write(`claimdesk: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`claimdesk ${command}: ${error.message}\nRun "claimdesk --help" for usage.\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr.write(`claimdesk ${command}: ${error.message}\n`);
      return 1;
    }
    // A read that met a damaged page (commands that only read skip the check at open).
    if (isDamage(error)) {
      io.stderr.write(`claimdesk ${command}: the database is damaged: ${(error as Error).message}.\n${REPAIR_HINT}\n`);
      return 1;
    }
    io.stderr.write(`claimdesk ${command}: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

