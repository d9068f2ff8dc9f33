/**
 * The Chorus GraphQL playground: GraphiQL 5 against /graphql on the same
 * origin, one tab per operation of schema/examples.graphql (the server inlines
 * that file into the page, see src/http/playground.ts), the request headers
 * editor open (for `Authorization: Bearer <key>`).
 */
// Monaco's editor, JSON and GraphQL workers, bundled by Vite from `?worker` imports: nothing from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { useMonaco } from '@graphiql/react';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { Kind, parse, visit, type DefinitionNode } from 'graphql';

/** What the server inlines as `<script type="application/json" id="chorus-playground-config">`. */
interface PlaygroundConfig {
  /** The text of schema/examples.graphql, or null when the file is missing. */
  examples: string | null;
  /** The GraphQL endpoint, relative to the page's origin. */
  endpoint: string;
}

const FALLBACK_QUERY = `# No schema/examples.graphql on the server: write an operation and press Ctrl-Enter.
query Stats {
  stats {
    store
  }
}
`;

function readConfig(): PlaygroundConfig {
  const element = document.getElementById('chorus-playground-config');
  const fallback: PlaygroundConfig = { examples: null, endpoint: '/graphql' };
  if (!element?.textContent) return fallback;
  try {
    const value = JSON.parse(element.textContent) as Partial<PlaygroundConfig>;
    return {
      examples: typeof value.examples === 'string' ? value.examples : null,
      endpoint: typeof value.endpoint === 'string' ? value.endpoint : fallback.endpoint,
    };
  } catch {
    return fallback;
  }
}

/** The comment block directly above a definition (no blank line between), which travels with it into its tab. */
function leadingComment(gap: string): string {
  const paragraphs = gap.split(/\r?\n[ \t]*\r?\n/);
  const last = (paragraphs[paragraphs.length - 1] ?? '').trim();
  if (!last) return '';
  return last.split(/\r?\n/).every((line) => line.trim().startsWith('#')) ? `${last}\n` : '';
}

function spreadsOf(definition: DefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(definition, { FragmentSpread: (node) => void names.add(node.name.value) });
  return names;
}

/**
 * Splits a file of named operations into one document per operation, each
 * carrying its own comment and the fragments it uses (transitively). A file
 * that does not parse, or holds no operation, stays one document.
 */
function splitOperations(text: string): string[] {
  let document;
  try {
    document = parse(text);
  } catch {
    return [text];
  }
  const fragments = new Map<string, { text: string; spreads: Set<string> }>();
  const operations: { text: string; spreads: Set<string> }[] = [];
  let previousEnd = 0;
  for (const definition of document.definitions) {
    if (!definition.loc) return [text];
    const { start, end } = definition.loc;
    const body = leadingComment(text.slice(previousEnd, start)) + text.slice(start, end);
    previousEnd = end;
    const entry = { text: body, spreads: spreadsOf(definition) };
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, entry);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(entry);
  }
  if (operations.length === 0) return [text];
  return operations.map((operation) => {
    const needed = new Set<string>();
    const pending = [...operation.spreads];
    while (pending.length) {
      const name = pending.pop()!;
      if (needed.has(name)) continue;
      needed.add(name);
      pending.push(...(fragments.get(name)?.spreads ?? []));
    }
    // Fragments in file order, after the operation.
    const used = [...fragments].filter(([name]) => needed.has(name)).map(([, fragment]) => fragment.text);
    return `${[operation.text, ...used].join('\n\n')}\n`;
  });
}

function createFetcher(endpoint: string): GraphiQLProps['fetcher'] {
  const url = new URL(endpoint, window.location.origin).href;
  return async (params, options) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json',
        ...(options?.headers as Record<string, string> | undefined),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status} ${response.statusText}: ${text.slice(0, 500)}` }] };
    }
  };
}

/**
 * Options for every Monaco editor on the page. Quoted statements are full of curly
 * apostrophes and quotation marks, which Monaco boxes as "ambiguous" characters (as if
 * they were mistakes): they are text. Long lines wrap instead of running out of view.
 */
const EDITOR_OPTIONS = { unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false }, wordWrap: 'on' } as const;

function EditorOptions(): null {
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (!monaco) return;
    for (const editor of monaco.editor.getEditors()) editor.updateOptions(EDITOR_OPTIONS);
    const subscription = monaco.editor.onDidCreateEditor((editor) => editor.updateOptions(EDITOR_OPTIONS));
    return () => subscription.dispose();
  }, [monaco]);
  return null;
}

/** The tab bar scrolls sideways with the mouse wheel, and keeps the active tab in view. */
function ScrollingTabs(): null {
  useEffect(() => {
    const onWheel = (event: WheelEvent) => {
      const bar = (event.target as Element | null)?.closest?.('.graphiql-tabs');
      if (!bar || Math.abs(event.deltaX) > Math.abs(event.deltaY)) return;
      bar.scrollLeft += event.deltaY;
      event.preventDefault();
    };
    const onClick = (event: MouseEvent) => (event.target as Element | null)?.closest?.('.graphiql-tab')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    document.addEventListener('wheel', onWheel, { passive: false });
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('wheel', onWheel);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return null;
}

/**
 * GraphiQL's storage, with Chorus's defaults for what the reader has not set: the query
 * editor gets 60% of the width (the examples' lines are long; the response wraps).
 */
const STORAGE_DEFAULTS: Record<string, string> = { 'graphiql:editorFlex': '1.5' };
const storage: Storage = {
  get length() {
    return window.localStorage.length;
  },
  key: (index) => window.localStorage.key(index),
  getItem: (key) => window.localStorage.getItem(key) ?? STORAGE_DEFAULTS[key] ?? null,
  setItem: (key, value) => window.localStorage.setItem(key, value),
  removeItem: (key) => window.localStorage.removeItem(key),
  clear: () => window.localStorage.clear(),
};

const config = readConfig();
const tabs = splitOperations(config.examples ?? FALLBACK_QUERY).map((query) => ({ query }));

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <EditorOptions />
    <ScrollingTabs />
    <GraphiQL
      storage={storage}
      fetcher={createFetcher(config.endpoint)}
      defaultTabs={tabs}
      defaultQuery={tabs[0]?.query ?? FALLBACK_QUERY}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
