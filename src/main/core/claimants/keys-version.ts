// The version of the naming rules that compute claimant keys (names.ts: parseName's given,
// surname and organisation keys, aliasKey). Grouping finds a known claimant by these keys, so
// keys stored under other rules no longer meet the keys a new mention gets, and a known person
// would be created again. Raise this number whenever a change to names.ts changes a key or a
// display name: a store opened with other keys has them recomputed once (store/claimant-keys.ts).
// tests/unit/claimant-keys-version.test.ts fails when the keys of its probe names change while
// this number stays.
export const CLAIMANT_KEYS_VERSION = 17;

/** The settings row that holds the version the stored keys were computed under. */
export const KEYS_VERSION_SETTING = 'claimants.keysVersion';

/** The schema version that brought claimants (migration 006). */
export const CLAIMANTS_SCHEMA = 6;
