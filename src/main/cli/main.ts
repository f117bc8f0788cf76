// The claimdesk command. Each subcommand parses its flags, opens the app, and goes through
// the same dispatch as the UI (so the same validation and the same rules apply).
import { AppError } from '../core/errors';
import { call, parse, UsageError, withApp, type CliIo } from './common';
import { APP_VERSION } from '../core/version';
import { runExtract } from './extract.command';
import { runImport } from './import.command';
import { runBackup, runCheck, runRestore } from './maintenance.command';
import { runReport } from './report.command';
import { runServe } from './serve.command';
import { printTable } from './table';

export const USAGE = `Claimdesk ${APP_VERSION}: claims, verdicts and sources for fact-checkers.

Usage: claimdesk <command> [options]

Commands:
  serve [--port N] [--host H]        Serve the app to a browser on 127.0.0.1 (prints the URL with its token)
  import FILE|DIR|URL... [--json]    Import articles (text, Markdown, HTML, DOCX, PDF, web pages)
  list [--json]                      List the articles with their claim counts
  extract FILE [--json] [--lang de|en]
                                     Print the claims found in a file (nothing is stored)
  report (ARTICLE_ID | --all) --format md|html|pdf|csv|json|claimreview [-o FILE]
                                     Export the verdict report
  backup [-o FILE]                   Take a verified backup now (default: beside the database)
  restore FILE                       Put a backup in place (the current database is kept aside)
  check [--repair] [--json]          Check the database; --repair keeps a damaged file as .damaged
                                     and restores the newest good backup
  factchecks import FILE... [--json] Import earlier fact-checks (ClaimReview JSON-LD, feeds, HTML, CSV)
  factchecks list [--json]           List the fact-check library
  match "TEXT" [--json] [--lang de|en]
                                     Earlier fact-checks of a claim, best first

Options for every command:
  --db PATH    The database file (default: $CLAIMDESK_DB, else the desktop app's database)
  -h, --help   Show this help
`;

async function runList(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  return withApp(values.db, async (app) => {
    const articles = await call<Array<{ id: string; title: string; language: string; claimCount: number; counts: Record<string, number>; importedAt: string }>>(app, 'articles.list', {});
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
      return 0;
    }
    printTable(
      io.stdout,
      ['ID', 'Title', 'Lang', 'Claims', 'Verified', 'Disputed', 'Inconcl.', 'Imported'],
      articles.map((a) => [a.id, a.title, a.language, a.claimCount, a.counts.verified ?? 0, a.counts.disputed ?? 0, a.counts.inconclusive ?? 0, a.importedAt.slice(0, 16).replace('T', ' ')]),
    );
    return 0;
  });
}

type FactchecksCommand = typeof import('./factchecks.command');
/** Loaded on use: the matcher's stemmers and word lists would slow every other command's start (require under tsx, see handlers.ts). */
function factchecksCommand(): Promise<FactchecksCommand> {
  if (typeof require === 'function' && require.extensions?.['.ts']) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return Promise.resolve(require('./factchecks.command') as FactchecksCommand);
  }
  return import('./factchecks.command');
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  serve: runServe,
  import: runImport,
  list: runList,
  extract: runExtract,
  report: runReport,
  backup: runBackup,
  restore: runRestore,
  check: runCheck,
  factchecks: async (args, io) => (await factchecksCommand()).runFactchecks(args, io),
  match: async (args, io) => (await factchecksCommand()).runMatch(args, io),
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
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`claimdesk: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  try {
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
    io.stderr.write(`claimdesk ${command}: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

