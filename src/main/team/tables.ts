// The team tables as Kysely sees them (db/team/).
import type { Kysely } from 'kysely';

export interface TeamTables {
  team_schema: { id: number; version: number };
  team_accounts: {
    id: string;
    name: string;
    role: string;
    password_hash: string;
    disabled: number;
    failed_attempts: number;
    locked_at: string | null;
    created_at: string;
    updated_at: string;
  };
  team_sessions: { token_hash: string; account_id: string; created_at: string; expires_at: string };
  team_tokens: { token_hash: string; account_id: string; created_at: string; last_used_at: string | null };
  team_writes: { id: string; account_id: string; account_name: string; method: string; target_kind: string | null; target_id: string | null; at: string };
  team_settings: { key: string; value: string };
}

export type TeamDb = Kysely<TeamTables>;
