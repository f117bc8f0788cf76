// How a contract method is declared: its input schema, its result schema, what it does and
// who may call it on a team server (src/shared/access.ts). Each feature's contract file uses
// it; contract.ts merges them into the one contract. The access is required, so a new method
// cannot be merged without saying who may call it.
import type { z } from 'zod';
import type { Access } from './access';

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string, access: Access) => ({
  input,
  output,
  description,
  access,
});
