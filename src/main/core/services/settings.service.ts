import type { ParsedInput, MethodResult } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { readSettings, writeSetting } from '../store/settings.repository';
import type { ServiceContext } from './context';

const KEYS = ['reviewerName', 'organisationName', 'organisationUrl', 'methodology', 'uiLanguage'] as const;

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  const stored = await readSettings(ctx.store.db);
  return {
    reviewerName: stored.get('reviewerName') ?? null,
    organisationName: stored.get('organisationName') ?? null,
    organisationUrl: stored.get('organisationUrl') ?? null,
    methodology: stored.get('methodology') ?? null,
    uiLanguage: (stored.get('uiLanguage') as Settings['uiLanguage']) ?? null,
  };
}

export async function setSettings(ctx: ServiceContext, input: ParsedInput<'settings.set'>): Promise<MethodResult<'settings.set'>> {
  await ctx.store.db.transaction().execute(async (trx) => {
    for (const key of KEYS) {
      const value = input[key];
      if (value === undefined) continue;
      const trimmed = value === null ? null : value.trim();
      await writeSetting(trx, key, trimmed ? trimmed : null);
    }
  });
  return getSettings(ctx);
}
