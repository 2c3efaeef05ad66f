// How a contract entry is declared: the input schema, with the output type carried along for `createApi`.
import type { z } from 'zod';

export interface Channel<Input extends z.ZodType, Output> {
  input: Input;
  /** Phantom: carries the output type only. */
  output?: Output;
}

export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): Channel<Input, Output> => ({ input });
}
