/** A one-line progress display on stderr: a bar redrawn in place on a terminal, a line per phase otherwise. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

const BAR_WIDTH = 24;

function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastPhase = '';
  return (p: Progress) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(p.done / seconds) : 0;
    const line = `${p.phase.padEnd(13)} ${String(p.done).padStart(8)} / ${p.total} ${bar(p.done, p.total)} (${rate}/s overall)`;
    if (stream.isTTY) {
      stream.write(`\r${line}`);
      if (p.done === p.total) stream.write('\n');
    } else if (p.done === p.total || p.phase !== lastPhase) {
      if (p.done === p.total) stream.write(`${line}\n`);
    }
    lastPhase = p.phase;
  };
}
