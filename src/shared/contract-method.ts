// How a contract method is declared: its input schema, its result schema and what it does.
// Each feature's contract file uses it; contract.ts merges them into the one contract.
import type { z } from 'zod';

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, description: string) => ({
  input,
  output,
  description,
});
