// Every schema version, registered statically (reading files at run time breaks once bundled).
// Append only: a released migration is never edited, renumbered or removed.
import type { Kysely } from 'kysely';
import { loadWhenNeeded } from '../../src/main/core/lazy';
import * as m001 from './001_initial';
import * as m002 from './002_lean_indexes';
import * as m003 from './003_article_trash';
import * as m004 from './004_factchecks';
import * as m005 from './005_source_snapshots';
import * as m007 from './007_claim_counts_index';
import * as m008 from './008_source_check_diff';
import * as m010 from './010_snapshot_files';
import * as m011 from './011_article_counts';
import * as m012 from './012_desk_rating_code';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

// 006 and 009 re-key claimants with the application's name parser (claimants/names.ts and the
// grouping, a large module to load): they are loaded when a database needs them, not by every
// open of a current one (`claimdesk list` spent a sixth of its time loading them). The require's
// path is in a variable so that the bundler does not make it a static import (see lazy.ts).
const M006 = './006_claimants';
const M009 = './009_desk_tallies';
/* eslint-disable @typescript-eslint/no-require-imports */
const load006 = loadWhenNeeded<typeof import('./006_claimants')>(() => import('./006_claimants'), () => require(M006));
const load009 = loadWhenNeeded<typeof import('./009_desk_tallies')>(() => import('./009_desk_tallies'), () => require(M009));
/* eslint-enable @typescript-eslint/no-require-imports */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001_initial', up: m001.up },
  { version: 2, name: '002_lean_indexes', up: m002.up },
  { version: 3, name: '003_article_trash', up: m003.up },
  { version: 4, name: '004_factchecks', up: m004.up },
  { version: 5, name: '005_source_snapshots', up: m005.up },
  { version: 6, name: '006_claimants', up: async (db) => (await load006()).up(db) },
  { version: 7, name: '007_claim_counts_index', up: m007.up },
  { version: 8, name: '008_source_check_diff', up: m008.up },
  { version: 9, name: '009_desk_tallies', up: async (db) => (await load009()).up(db) },
  { version: 10, name: '010_snapshot_files', up: m010.up },
  { version: 11, name: '011_article_counts', up: m011.up },
  { version: 12, name: '012_desk_rating_code', up: m012.up },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
