// Every PostgreSQL schema version, one per SQLite schema version (db/migrations): version N here
// builds the same tables and columns as version N there (tests/integration/postgres-schema.test.ts).
// Append only: a released migration is never edited, renumbered or removed.
import type { Migration } from '../migrations';
import * as m001 from './001_initial';
import * as m002 from './002_lean_indexes';
import * as m003 from './003_article_trash';
import * as m004 from './004_factchecks';
import * as m005 from './005_source_snapshots';
import * as m006 from './006_claimants';
import * as m007 from './007_claim_counts_index';
import * as m008 from './008_source_check_diff';
import * as m009 from './009_desk_tallies';
import * as m010 from './010_snapshot_files';
import * as m011 from './011_article_counts';
import * as m012 from './012_desk_rating_code';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001_initial', up: m001.up },
  { version: 2, name: '002_lean_indexes', up: m002.up },
  { version: 3, name: '003_article_trash', up: m003.up },
  { version: 4, name: '004_factchecks', up: m004.up },
  { version: 5, name: '005_source_snapshots', up: m005.up },
  { version: 6, name: '006_claimants', up: m006.up },
  { version: 7, name: '007_claim_counts_index', up: m007.up },
  { version: 8, name: '008_source_check_diff', up: m008.up },
  { version: 9, name: '009_desk_tallies', up: m009.up },
  { version: 10, name: '010_snapshot_files', up: m010.up },
  { version: 11, name: '011_article_counts', up: m011.up },
  { version: 12, name: '012_desk_rating_code', up: m012.up },
];
