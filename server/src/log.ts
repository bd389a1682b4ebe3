/**
 * Structured logs: one JSON object per line. Callers pass an event name and a few plain fields;
 * never document content and never a token or invitation.
 */
export const logLevels = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof logLevels)[number];

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type Logger = Record<LogLevel, (event: string, fields?: LogFields) => void>;

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const threshold = logLevels.indexOf(level);
  const at =
    (lineLevel: LogLevel) =>
    (event: string, fields: LogFields = {}): void => {
      if (logLevels.indexOf(lineLevel) > threshold) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: lineLevel, event, ...fields }));
    };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
