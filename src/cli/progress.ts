/** A one-line progress display on stderr: redrawn in place on a terminal, a line per phase otherwise. */
import type { SeedProgress } from '../seed/load.js';

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastPhase = '';
  return (p: SeedProgress) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(p.done / seconds) : 0;
    const line = `${p.phase.padEnd(13)} ${String(p.done).padStart(8)} / ${p.total}  (${rate}/s overall)`;
    if (stream.isTTY) {
      stream.write(`\r${line}`);
      if (p.done === p.total) stream.write('\n');
    } else if (p.done === p.total || p.phase !== lastPhase) {
      if (p.done === p.total) stream.write(`${line}\n`);
    }
    lastPhase = p.phase;
  };
}
