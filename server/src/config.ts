import { z } from 'zod';
import { defaultRetentionDays } from './accessLog.js';
import { logLevels } from './log.js';

/** The app's dev server and `npm start` preview, so a local try-out needs no setting. */
const localAppOrigins = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];

const environment = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./sync-data'),
    DATABASE_URL: z.string().min(1).optional(),
    REDIS_URL: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    ACCESS_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).default(defaultRetentionDays),
    MAX_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(16 * 1024 * 1024),
    ALLOWED_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        value === undefined
          ? localAppOrigins
          : value
              .split(',')
              .map((origin) => origin.trim())
              .filter(Boolean),
      ),
  })
  // Instances that share documents through Redis must also share one database.
  .refine((config) => !config.REDIS_URL || config.DATABASE_URL, {
    path: ['REDIS_URL'],
    message: 'several instances need one PostgreSQL: set DATABASE_URL too',
  });

export type Config = z.output<typeof environment>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environment.safeParse(set);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  };
}
