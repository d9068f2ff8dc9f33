/** Structured logs (pino): JSON lines on stdout, one logger per process, children per component. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'chorus' }, timestamp: pino.stdTimeFunctions.isoTime });
}
