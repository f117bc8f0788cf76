// How a contract method is declared: its input schema, its result schema, what it does and
// who may call it on a team server (src/shared/access.ts). Each feature's contract file uses
// it; contract.ts merges them into the one contract. A method declared without its access is
// admin-only on a team server (the safe default): give each new method its access.
import type { z } from 'zod';
import { ADMIN, type Access } from './access';

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string, access: Access = ADMIN) => ({
  input,
  output,
  description,
  access,
});
