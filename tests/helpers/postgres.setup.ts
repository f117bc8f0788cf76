// Vitest global set-up: one private PostgreSQL cluster for the whole run (tests/helpers/
// postgres-cluster.ts), with a template database migrated once; each suite copies the template
// (create database … template …, a few milliseconds). The URL reaches the test workers through
// CLAIMDESK_TEST_POSTGRES_URL. Without PostgreSQL: under CI the run fails; elsewhere the
// PostgreSQL half of each suite says why it did not run (see databases.ts).
import { POSTGRES_MISSING_ENV, POSTGRES_URL_ENV, findPostgresBin, startPostgresCluster, type PostgresCluster } from './postgres-cluster';

export const TEMPLATE_DATABASE = 'claimdesk_template';

let cluster: PostgresCluster | null = null;

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env[POSTGRES_URL_ENV]) return async () => {}; // a server given from outside
  if (!findPostgresBin()) {
    const reason = 'PostgreSQL not installed: apt-get install postgresql';
    if (process.env.CI === 'true') throw new Error(`${reason} (.ci/run installs it; CI must test both databases).`);
    process.env[POSTGRES_MISSING_ENV] = reason;
    process.stderr.write(`${reason}: the PostgreSQL half of the store suites does not run.\n`);
    return async () => {};
  }
  cluster = await startPostgresCluster();
  const { default: pg } = await import('pg');
  const admin = new pg.Client(cluster.url);
  await admin.connect();
  try {
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const { openStore } = await import('../../src/main/core/store/database');
  const store = await openStore(cluster.url.replace(/\/postgres$/u, `/${TEMPLATE_DATABASE}`));
  await store.close();
  process.env[POSTGRES_URL_ENV] = cluster.url;
  return async () => {
    await cluster?.stop();
    cluster = null;
  };
}
