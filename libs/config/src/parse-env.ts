import { z } from 'zod';
import { ConfigError } from './config-error';

export type Env = Record<string, string | undefined>;

/** Parses `env` with `schema`, turning every bad value into one line naming the variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      const got = env[variable];
      return `${variable}: ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`;
    }),
  );
}
