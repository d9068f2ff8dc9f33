/**
 * Networks as files: GET /export/network.gexf, network.graphml,
 * network.cyjs.json, network.d3.json and statements.csv, for the same
 * selections as the GraphQL `network` and `discourseNetwork` queries. Query
 * parameters mirror their arguments (lists repeat the parameter or separate
 * values with commas), plus `view` (graph, two-mode, congruence, conflict,
 * subtract; default graph). With none, the whole graph within the cap. Every
 * metric is computed unless `metrics` names some. A bad parameter is a 400
 * with a JSON error naming it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ChorusError, ERROR_CODES, UnreachableCaseError, ValidationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { GraphStore } from '../store/port.js';
import { toCytoscape, toD3, toGexf, toGraphml } from '../network/formats.js';
import { METRICS } from '../network/network.js';
import { checkNetworkArgs, type NetworkArgs } from '../network/request.js';
import { statementsCsv } from '../network/statements-csv.js';

export interface ExportOptions {
  store: GraphStore;
  logger?: Logger;
}

export type ExportRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

const FORMATS = {
  'network.gexf': { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  'network.graphml': { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  'network.cyjs.json': { type: 'application/json; charset=utf-8', extension: 'cyjs.json' },
  'network.d3.json': { type: 'application/json; charset=utf-8', extension: 'd3.json' },
  'statements.csv': { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
} as const;
type Format = keyof typeof FORMATS;

const LIST_PARAMETERS = ['from', 'nodeTypes', 'relationshipTypes', 'stances', 'targets', 'targetTypes', 'metrics'] as const;
const STRING_PARAMETERS = ['view', 'dateFrom', 'dateTo', 'actors', 'normalisation', 'weighting'] as const;
const INTEGER_PARAMETERS = ['depth', 'limit'] as const;
const BOOLEAN_PARAMETERS = ['includeMixed', 'sameWordsOnce'] as const;
const KNOWN = new Set<string>([...LIST_PARAMETERS, ...STRING_PARAMETERS, ...INTEGER_PARAMETERS, ...BOOLEAN_PARAMETERS]);

class ParameterError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(message);
  }
}

/** The query string as network arguments; unknown or malformed parameters are named. */
export function exportArgs(params: URLSearchParams): NetworkArgs {
  const args: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) throw new ParameterError(key, `unknown parameter "${key}"; known: ${[...KNOWN].join(', ')}`);
  }
  for (const key of LIST_PARAMETERS) {
    const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (values.length) args[key] = values;
  }
  for (const key of STRING_PARAMETERS) {
    const values = params.getAll(key);
    if (values.length > 1) throw new ParameterError(key, `"${key}" given ${values.length} times`);
    if (values.length) args[key] = values[0];
  }
  for (const key of INTEGER_PARAMETERS) {
    const value = params.get(key);
    if (value === null) continue;
    if (!/^\d+$/.test(value)) throw new ParameterError(key, `"${key}" must be a whole number, got "${value}"`);
    args[key] = Number(value);
  }
  for (const key of BOOLEAN_PARAMETERS) {
    const value = params.get(key);
    if (value === null) continue;
    if (value !== 'true' && value !== 'false') throw new ParameterError(key, `"${key}" must be true or false, got "${value}"`);
    args[key] = value === 'true';
  }
  return args as NetworkArgs;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function fileName(view: string, format: Format): string {
  const stamp = new Date().toISOString().slice(0, 10);
  const base = format === 'statements.csv' ? 'chorus-statements' : `chorus-${view}-network`;
  return `${base}-${stamp}.${FORMATS[format].extension}`;
}

export function exportRoute(options: ExportOptions): ExportRoute {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/export/')) return false;
    const format = url.pathname.slice('/export/'.length) as Format;
    if (!Object.hasOwn(FORMATS, format)) {
      sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `no export "${url.pathname}"; there are ${Object.keys(FORMATS).map((f) => `/export/${f}`).join(', ')}` } });
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: `${req.method} not allowed on ${url.pathname}` } });
      return true;
    }
    let body: string;
    let view: string;
    try {
      const request = checkNetworkArgs(exportArgs(url.searchParams), { metrics: format === 'statements.csv' ? [] : METRICS });
      view = request.view;
      const answer = await request.run(options.store);
      const { network, texts } = answer;
      switch (format) {
        case 'network.gexf':
          body = toGexf(network, texts, `Chorus ${network.kind} network${network.message ? `: ${network.message}` : ''}`);
          break;
        case 'network.graphml':
          body = toGraphml(network, texts);
          break;
        case 'network.cyjs.json':
          body = JSON.stringify(toCytoscape(network, texts));
          break;
        case 'network.d3.json':
          body = JSON.stringify(toD3(network, texts));
          break;
        case 'statements.csv':
          body = await statementsCsv(options.store, answer.statements);
          break;
        default:
          throw new UnreachableCaseError(format);
      }
      res.setHeader('x-chorus-truncated', String(network.truncated));
      if (network.message) res.setHeader('x-chorus-message', encodeURIComponent(network.message));
    } catch (error) {
      if (error instanceof ParameterError) {
        sendJson(res, 400, { error: { code: ERROR_CODES.BAD_USER_INPUT, parameter: error.parameter, message: error.message } });
        return true;
      }
      if (error instanceof ValidationError) {
        const parameter = String(error.problems[0]?.path[0] ?? '');
        sendJson(res, 400, { error: { code: error.code, parameter, message: error.message, problems: error.problems } });
        return true;
      }
      if (error instanceof ChorusError && error.code === ERROR_CODES.NOT_FOUND) {
        sendJson(res, 404, { error: { code: error.code, parameter: 'from', message: error.message } });
        return true;
      }
      if (error instanceof ChorusError && error.code === ERROR_CODES.SERVICE_UNAVAILABLE) {
        sendJson(res, 503, { error: { code: error.code, message: 'the store is unavailable' } });
        return true;
      }
      options.logger?.error({ err: error }, 'export failed');
      sendJson(res, 500, { error: { code: ERROR_CODES.INTERNAL, message: 'export failed' } });
      return true;
    }
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, {
      'content-type': FORMATS[format].type,
      'content-disposition': `attachment; filename="${fileName(view, format)}"`,
      'content-length': String(bytes.length),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return true;
  };
}
