// How a contract method is declared: its input schema, its result schema, what it does and
// who may call it on a team server (src/shared/access.ts). Each feature's contract file uses
// it; contract.ts merges them into the one contract. The access is required, so a new method
// cannot be merged without saying who may call it.
//
// The schemas are given as functions and built on first use (`contract[m].input`, then kept):
// a process builds only the schemas of the methods it calls. Building all of them when the
// contract loaded was a large part of every command's start-up (`claimdesk list` calls one).
import type { z } from 'zod';
import type { Access } from './access';

export interface ContractMethod<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly description: string;
  readonly access: Access;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(input: () => I, output: () => O, description: string, access: Access): ContractMethod<I, O> => {
  let inputSchema: I | undefined;
  let outputSchema: O | undefined;
  return {
    get input() {
      return (inputSchema ??= input());
    },
    get output() {
      return (outputSchema ??= output());
    },
    description,
    access,
  };
};
