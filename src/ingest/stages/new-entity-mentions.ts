/**
 * Target-resolution stage, actors the graph does not hold: once the attribution stage has proposed
 * new people and organisations, their later mentions are targets like the graph's own ("[McVey]
 * sought to rubbish the report", "the NAO states"). A person is mentioned by full name or by surname;
 * an organisation by name or by the acronym the text gave it in brackets.
 */
import type { Entity, Mention } from '../gazetteer.js';
import type { ActorLabel } from '../draft.js';

export interface NewActorRef {
  id: string;
  label: ActorLabel;
  name: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function newEntityMentions(text: string, actors: NewActorRef[]): Mention[] {
  const out: Mention[] = [];
  for (const a of actors) {
    const entity: Entity = { id: a.id, label: a.label, name: a.name, aliases: [], roles: [], publishedBy: [] };
    const forms = new Set<string>([a.name.replace(/^(?:Sir|Dame|Dr|Lord|Lady|Mr|Mrs|Ms|Miss|Professor|Prof)\.?\s+/, '')]);
    if (a.label === 'Person') {
      const surname = a.name.split(/\s+/).pop()!;
      if (surname.length >= 3 && /^[A-Z]/.test(surname)) forms.add(surname);
    } else {
      const acronym = new RegExp(`${escape(a.name)}\\s*\\(([A-Z]{2,8})\\)`).exec(text)?.[1];
      if (acronym) forms.add(acronym);
    }
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}])${escape(form)}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        if (!out.some((o) => o.start < start + form.length && o.end > start)) {
          out.push({ start, end: start + form.length, entity, via: form === a.name ? 'name' : 'alias', surface: form });
        }
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
