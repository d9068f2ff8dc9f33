/**
 * Grafeo 0.6.0 reads a store's edges from its file a region at a time, on first use: after an open, the
 * first read of any edge in a region (tens of thousands of edges) holds the calling thread for tens of
 * milliseconds, the rest of the region then reads in microseconds (docs/grafeo.md, quirk 19). Requests would
 * meet those stalls at random for as long as some region stays unread; reading one edge in every region once,
 * in the background, pays them all in the first seconds after an open instead (docs/measurements.md).
 */
import type { GrafeoDB as GrafeoDatabase } from '@grafeo-db/js';

/** A quarter of the smallest region measured, so that no region is stepped over. */
const STEP = 16_384;
/** Handles past the edge count (deletions leave gaps) are probed until this many in a row hold no edge. */
const MISSES_TO_STOP = 4;

/**
 * Reads one edge in every `STEP` handles, letting the event loop turn between reads so that requests go
 * between them. Stops early once `stopped()` (the store closed). Resolves with the number of reads made.
 */
export async function warmEdgeRegions(db: GrafeoDatabase, stopped: () => boolean): Promise<number> {
  const count = db.edgeCount();
  let reads = 0;
  let misses = 0;
  for (let handle = 0; handle < count || misses < MISSES_TO_STOP; handle += STEP) {
    await new Promise((resolve) => setImmediate(resolve));
    if (stopped()) break;
    const found = db.getEdge(handle) !== null;
    reads++;
    if (handle >= count) misses = found ? 0 : misses + 1;
  }
  return reads;
}
