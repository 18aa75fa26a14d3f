import { z } from 'zod';

/** Reusable field parsers for environment variables (all values arrive as strings). */
/** 0 asks the OS for any free port (tests). */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

export const milliseconds = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

export const postgresUrl = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

export const brokerList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    )
    .refine((brokers) => brokers.length > 0 && brokers.every((b) => /^[^:\s]+:\d+$/.test(b)), {
      message: 'must be a comma-separated list of host:port',
    });

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

export const nodeEnv = z.enum(['development', 'test', 'production']).default('development');
