/**
 * Target resolution for one article, assembled: what the target stage (targets.ts) reads besides the
 * statement, gathered once per article from the other target-resolution stages: the reports the text
 * names (report-target.ts), the frameworks it names (frameworks.ts), the actors proposed or only named
 * (new-entity-mentions.ts), the government and the headline's target. It proposes what a statement
 * turns out to be about (a person or body the text named, another report) and says which reports and
 * frameworks the draft proposes.
 */
import type { SpeakerResolver } from '../attribution.js';
import { fold } from '../text.js';
import type { DraftNewFramework, DraftNewReport, DraftTarget } from '../draft.js';
import type { Entity, Gazetteer, Mention } from '../gazetteer.js';
import { proposeFrameworks } from './frameworks.js';
import { aliasAfterOtherFirstName } from './speaker-names.js';
import { countryGovernments } from './country-government.js';
import { collectiveMentions, serviceMentions } from './judged-collectives.js';
import { GROUP_REFERENCE } from './council-groups.js';
import { namedActorCandidates, newEntityMentions, type NewActorRef } from './new-entity-mentions.js';
import { proposeOtherReports, type ItemReport, type ProposedMainReport } from './report-target.js';
import { within } from './brief-items.js';
import { reportSubject } from './report-subject.js';
import { governmentOf, headlineTarget, TargetStage, type TargetCandidate } from './targets.js';

export interface TargetResolutionInput {
  text: string;
  title: string;
  gaz: Gazetteer;
  /** The graph's names in the content, in text order. */
  mentions: Mention[];
  content: (a: number, b: number) => boolean;
  resolver: SpeakerResolver;
  mainReport: Entity | undefined;
  proposedReport: ProposedMainReport | undefined;
  /** Who speaks in the article: the statements' speakers and the bodies they speak for, by name. */
  speakers: string[];
  /**
   * A news-in-brief page's items after the first (brief-items.ts), each with the report it answers: what is said in an
   * item is resolved against that report and its subject. The first item's report is the article's.
   */
  items?: ItemReport[];
}

export interface TargetResolution {
  /** Targets and stances of one statement (statements in text order); what it names and no stage proposed is proposed now. */
  targetsFor(c: TargetCandidate): DraftTarget[];
  /** The reports to propose (UTF-16 offsets): the main one, and the others a statement is about. */
  newReports(targeted: (id: string) => boolean): DraftNewReport[];
  /** The frameworks to propose (UTF-16 offsets). */
  newFrameworks: DraftNewFramework[];
}

export function resolveTargets(input: TargetResolutionInput): TargetResolution {
  const { text, gaz, mentions, content, resolver, mainReport, proposedReport } = input;
  const graphFrameworks = mentions.filter((m) => m.entity.label === 'Framework');
  const frameworks = proposeFrameworks(text, graphFrameworks, content, (id) => !!gaz.get(id));
  const frameworkMentions = frameworks.flatMap((f) => f.mentions);
  // Actors proposed by the attribution stage, and people and bodies the text names that no stage proposed
  // (candidates, proposed once a statement is about them), where the text names them.
  const knownActor = (name: string) => gaz.mentions(name).some((m) => m.start === 0 && m.end === name.length && ACTOR_LABELS.has(m.entity.label));
  const candidates = new Map(namedActorCandidates(text, knownActor).map((a) => [a.id, a]));
  const actorRefs = [...resolver.newActors.values(), ...candidates.values()].map((a) => ({ id: a.id, label: a.label, name: a.name }));
  // A new person's surname after another first name ("Lily-Mae Dawson" beside the speaker Pauline Dawson) is someone else.
  const actorMentions = newEntityMentions(text, actorRefs).filter(
    (m) => content(m.start, m.end) && !mentions.some((g) => g.start < m.end && g.end > m.start) && !(m.entity.label === 'Person' && aliasAfterOtherFirstName(text, m.start, m.end, m.entity.name)),
  );
  // Collectives and parties: candidates where no name of the graph or of a proposed actor stands.
  const allActorMentions = [...mentions, ...actorMentions];
  const unnamed = (m: Mention) => content(m.start, m.end) && !allActorMentions.some((g) => g.start < m.end && g.end > m.start);
  // The graph's own groups ("social workers", a collective an earlier article added): the same group where the text
  // names it, never proposed again.
  const groups = gaz.groupMentions(text).filter(unnamed);
  const collectives = collectiveMentions(text)
    .filter(unnamed)
    .map((m) => (m.entity.label === 'Group' ? { ...m, entity: resolver.graphGroup(m.entity.name) ?? m.entity } : m));
  const otherReports = proposeOtherReports(text, mainReport, content, (id) => !!gaz.get(id) || id === mainReport?.id);
  const byOrder = <T extends { start: number }>(list: T[]) => list.sort((a, b) => a.start - b.start);
  const graphGovernment = () => gaz.mentions('the government').find((m) => m.entity.label === 'Organisation')?.entity;
  const countries = countryGovernments(text);
  const reports = byOrder([
    ...mentions.filter((m) => m.entity.label === 'Report').map((m) => ({ entity: m.entity, start: m.start, end: m.end })),
    ...(proposedReport?.mentions ?? []),
    ...otherReports.flatMap((r) => r.mentions),
    // An item's report named by no title ("said in a report published on Tuesday") is named where the item speaks of it.
    ...(input.items ?? []).flatMap(({ report, proposal }) => (!proposal ? [] : proposal.mentions.length ? proposal.mentions : [{ entity: report, start: proposal.draft.start, end: proposal.draft.end }])),
  ]);
  const stageOf = (report: Entity | undefined, subject: Mention | undefined) => new TargetStage({
    text,
    gaz,
    mentions: byOrder([...mentions, ...actorMentions, ...frameworkMentions]),
    frameworks: byOrder([...graphFrameworks, ...frameworkMentions]),
    mainReport: report,
    reports,
    entity: (id) => {
      const actor = resolver.newActors.get(id);
      return actor && { id, label: actor.label, name: actor.name, aliases: [], roles: [], publishedBy: [] };
    },
    government: (at) => governmentOf(gaz, resolver, at),
    countryGovernment: (start, end) => {
      const name = countries.at(start, end);
      if (!name) return undefined;
      const proposal = resolver.proposeBody(name, start, 'government', 'new-organisation:country-government');
      return { id: proposal.id, label: 'Organisation', name: proposal.name, kind: 'government', aliases: [], roles: [], publishedBy: [] };
    },
    titleOf: (id) => candidates.get(id)?.title,
    headline: headlineTarget(input.title, gaz, graphGovernment),
    collectives,
    groups,
    subject,
  });
  // The agencies a review speaks of ("agencies missed chances") are who failed, never what the review assesses: that is
  // the council or the board the text names. Nor are councils counted ("14 of the 43 councils inspected") the subject of
  // a report that names one.
  const counted = councilsCounted(text);
  const subjectActors = [...allActorMentions, ...collectives.filter((m) => !AGENCIES.test(m.entity.name) && !counted(m))];
  const stage = stageOf(mainReport, subjectOf(input, subjectActors, actorRefs));
  // Each later item of a news-in-brief page: its report, and its subject as its own headline and lede say.
  const itemStages = (input.items ?? []).map((item) => {
    const inItem = (a: number, b: number) => a >= item.start && b <= item.end && content(a, b);
    const itemInput = { ...input, text: within(text, item.start, item.end), title: item.headline, mainReport: item.report, content: inItem };
    return { item, stage: stageOf(item.report, subjectOf(itemInput, subjectActors.filter((m) => inItem(m.start, m.end)), actorRefs)) };
  });
  const stageAt = (at: number) => itemStages.find(({ item }) => item.start <= at && at < item.end)?.stage ?? stage;
  // Proposed where the text first names it.
  const collectiveAt = new Map([...collectives].reverse().map((m) => [m.entity.id, m]));
  return {
    // A new speaker's role may be given after a quote already credited to them ("“…,” she added" before "Jo Marsh,
    // the council's director, said"): by now every phrase is read, so the role the text gives them is known.
    targetsFor: (c) =>
      stageAt(c.start).targetsFor(withKnownRole(c, resolver)).map((t) => {
        const collective = collectiveAt.get(t.target);
        if (collective && !gaz.get(collective.entity.id)) {
          const { name, label } = collective.entity;
          const proposal = label === 'Group' ? resolver.proposeGroup(name, collective.start, 'new-group:judged-collective') : resolver.proposeBody(name, collective.start, 'other', 'new-organisation:judged-collective');
          return { ...t, target: proposal.id, name: proposal.name };
        }
        const candidate = candidates.get(t.target);
        if (!candidate) return t;
        const group = candidate.label === 'Group' ? resolver.graphGroup(candidate.name) : undefined;
        if (group) return { ...t, target: group.id, name: group.name };
        const proposal =
          candidate.label === 'Person'
            ? resolver.proposePerson(candidate.name, candidate.start)
            : candidate.label === 'Group'
              ? resolver.proposeGroup(candidate.name, candidate.start)
              : candidate.label === 'Council'
                ? resolver.proposeActor('Council', candidate.name, candidate.start, 'new-council:named-target')
                : resolver.proposeBody(candidate.name, candidate.start, 'other', 'new-organisation:named-target');
        return { ...t, target: proposal.id, name: proposal.name };
      }),
    newReports: (targeted) =>
      [...(proposedReport ? [proposedReport] : []), ...otherReports.filter((r) => targeted(r.entity.id)), ...(input.items ?? []).flatMap((item) => (item.proposal && targeted(item.report.id) ? [item.proposal] : []))].map((r) => r.draft),
    newFrameworks: frameworks.map((f) => f.draft),
  };
}

/**
 * What follows a body's name in a report's title when the body made it: "HIQA report", "the NAO's review"; not a
 * headline standing as the title, where a connective joins the body to the report ("change at X following investigation").
 */
const REPORT_BY = /^(?:[’']s?)?\s+(?:(?!(?:following|after|before|over|into|in|on|of|at|by|for|with|from|to|and|the|a|an)\s)[\p{L}-]+\s+){0,3}?(?:report|review|study|assessment|audit|survey|inquiry|analysis|findings|advice|ruling|investigation)\b/iu;
const ACTOR_LABELS = new Set(['Person', 'Organisation', 'Council', 'Group']);
/** Two sentences into the content: where a news report says what the report was about. */
const LEDE = /^[\s\S]*?[.!?](?:\s+[\s\S]*?[.!?])?(?=\s|$)/;

/** Councils counted or pointed to ("14 of the 43 councils inspected", "these authorities"): a finding's, not a report's subject. */
function councilsCounted(text: string): (m: Mention) => boolean {
  const references = [...text.matchAll(GROUP_REFERENCE)].map((g) => [g.index!, g.index! + g[0].length] as const);
  return (m) => references.some(([start, end]) => start < m.end && end > m.start);
}

/** Agencies as a class ("the agencies", "partner agencies", "fostering agencies"). */
const AGENCIES = /\bagencies$/;

/** The body the main report assesses (report-subject.ts), from the headline and the lede. */
function subjectOf(input: TargetResolutionInput, contentActors: Mention[], actorRefs: NewActorRef[]): Mention | undefined {
  const { text, title, gaz, mainReport, content } = input;
  if (!mainReport) return undefined;
  const publishers = new Set(mainReport.publishedBy);
  // The publisher where the graph or the text says so, or a body the report is named by ("the HIQA report"), not of ("review of X").
  // Not a place that opens a longer body's name the report is named by ("Skelbrooke" of "Skelbrooke Safeguarding Children
  // Board review"): that body made it, not the place's council.
  const namedBy = (m: Mention) => {
    const at = mainReport.name.indexOf(m.surface);
    const opensLonger = contentActors.some((x) => x.entity.name.length > m.surface.length && x.entity.name.startsWith(m.surface) && mainReport.name.includes(x.entity.name));
    return at >= 0 && !opensLonger && REPORT_BY.test(mainReport.name.slice(at + m.surface.length));
  };
  // A council's own paper (a report to its councillors, a scrutiny review) is about the council's services: the council
  // stays its subject.
  const isPublisher = (m: Mention) => m.entity.label !== 'Council' && (publishers.has(m.entity.id) || !!gaz.get(m.entity.id)?.roles.some((r) => publishers.has(r.at)) || namedBy(m));
  // Public services are the subject only where no body is (report-subject.ts).
  const services = serviceMentions(text).filter((m) => content(m.start, m.end));
  const headlineServices = serviceMentions(title);
  const notService = (list: Mention[]) => (m: Mention) => !list.some((x) => x.start === m.start && x.end === m.end);
  const actors = contentActors.filter((m) => ACTOR_LABELS.has(m.entity.label) && notService(services)(m)).sort((a, b) => a.start - b.start);
  let from = 0;
  while (from < text.length && !content(from, from + 1)) from++;
  const ledeEnd = from + (LEDE.exec(text.slice(from, from + 800))?.[0].length ?? 400);
  // A collective the headline capitalises ("Councils failing children") is that collective, not a new body named "Councils".
  const countedInTitle = councilsCounted(title);
  const headlineCollectives = collectiveMentions(title).filter((m) => !countedInTitle(m));
  const headlineNew = newEntityMentions(title, actorRefs, text).filter((m) => !headlineCollectives.some((x) => x.start < m.end && m.start < x.end));
  const headlineActors = [...gaz.mentions(title), ...headlineNew, ...headlineCollectives]
    .filter((m) => ACTOR_LABELS.has(m.entity.label) && notService(headlineServices)(m))
    .sort((a, b) => a.start - b.start);
  return reportSubject({ text, title, ledeEnd, actors, headlineActors, isPublisher, speakers: new Set(input.speakers.map(fold)), services, headlineServices });
}

/** The candidate with its new speaker's role as the resolver now holds it, when the phrase that credited it gave none. */
function withKnownRole(c: TargetCandidate, resolver: SpeakerResolver): TargetCandidate {
  const role = c.speaker.role ? undefined : resolver.newActors.get(c.speaker.id)?.role;
  return role ? { ...c, speaker: { ...c.speaker, role } } : c;
}
