/**
 * Simultaneous writers through the local Forge host (DESIGN.md section 3): 2, 5 and 20 people save the
 * same post-mortem from the same revision, on different sections and on the same one. Each save either
 * lands or is refused with CONFLICT and the current document; a refused writer does what the panel does
 * (puts their change onto the current document: the panel merges a different section by itself, and a
 * person redoes a change to the same section) and saves again. Nothing answered "saved" may be missing
 * from the final document, and every writer lands. Then simultaneous Create tasks, simultaneous
 * Complete, and a save racing a Complete. Figures go to test-results/reliability/concurrency.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ConflictDetails, SaveResult } from '../../src/contract';
import type { PostmortemDocument } from '../../src/domain/postmortem';
import { USERS } from '../../sandbox/seed/base';
import type { Sandbox } from '../helpers/sandbox';
import { actionItemFor, userEvent, workedDocument } from '../helpers/postmortem-builders';
import {
  commentCount, dataOf, incidentImport, storedDocument, usePanelSuite, type Answer, type PanelClient,
} from '../integration/postmortem/panel-client';

let sandbox: Sandbox;
let panel: PanelClient;
let keys: string[];
const now = new Date();
const EDITORS = ['alice', 'bob', 'carol'] as const;
const figures: Record<string, unknown> = {};

usePanelSuite(
  () => Array.from({ length: 12 }, (_, i) => incidentImport(now, { summary: `Incident ${i}` })),
  (suite) => ({ sandbox, panel, keys } = suite),
  { resetEachTest: false },
);

afterAll(() => {
  const dir = path.join('test-results', 'reliability');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'concurrency.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

type Change = (doc: PostmortemDocument) => PostmortemDocument;
/** Where writer `i` leaves its mark, and how to find it in a document. */
interface Writer { change: Change; landed: (doc: PostmortemDocument) => boolean }

const SECTIONS: ((i: number) => Writer)[] = [
  (i) => ({
    change: (d) => ({ ...d, gather: { ...d.gather, evidence: [...d.gather.evidence, { label: `writer ${i}`, url: `https://logs.example.com/w${i}`, kind: 'log' }] } }),
    landed: (d) => d.gather.evidence.some((e) => e.label === `writer ${i}`),
  }),
  (i) => ({
    change: (d) => ({ ...d, rootCause: { ...d.rootCause, contributingFactors: [...d.rootCause.contributingFactors, `factor of writer ${i}`] } }),
    landed: (d) => d.rootCause.contributingFactors.includes(`factor of writer ${i}`),
  }),
  (i) => ({
    change: (d) => ({ ...d, actionItems: [...d.actionItems, actionItemFor(now, { id: `w${i}`, title: `Item of writer ${i}` })] }),
    landed: (d) => d.actionItems.some((item) => item.id === `w${i}`),
  }),
  (i) => ({
    change: (d) => ({ ...d, timeline: { ...d.timeline, events: [...d.timeline.events, userEvent(now, { id: `ev-w${i}`, text: `Event of writer ${i}` })] } }),
    landed: (d) => d.timeline.events.some((e) => e.id === `ev-w${i}`),
  }),
  (i) => ({
    change: (d) => ({ ...d, probes: { ...d.probes, riskAssessment: { ...d.probes.riskAssessment, notes: `${d.probes.riskAssessment.notes}\nrisk note of writer ${i}` } } }),
    landed: (d) => d.probes.riskAssessment.notes.includes(`risk note of writer ${i}`),
  }),
];

interface Outcome { savedAnswers: number; conflicts: number; attempts: number; otherErrors: string[] }

/** Saves `writer`'s change from `base`, and again onto the current document after each CONFLICT, until it lands. */
async function writeUntilLanded(user: string, key: string, base: SaveResult, writer: Writer, saved: Writer[], outcome: Outcome): Promise<void> {
  let current = base;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    outcome.attempts += 1;
    const answer: Answer<SaveResult> = await panel.save(user, key, writer.change(current.document), current.revision);
    if (answer.body.ok) {
      outcome.savedAnswers += 1;
      saved.push(writer);
      return;
    }
    if (answer.body.error.code !== 'CONFLICT') {
      outcome.otherErrors.push(`${answer.body.error.code}: ${answer.body.error.message}`);
      return;
    }
    outcome.conflicts += 1;
    current = (answer.body.error.details as ConflictDetails).current;
  }
  outcome.otherErrors.push('did not land in 60 attempts');
}

async function trial(key: string, writers: number, sameSection: boolean) {
  const start = dataOf(await panel.save('alice', key, workedDocument(now, { actionItems: [] }), dataOf(await panel.get('alice', key)).revision));
  const outcome: Outcome = { savedAnswers: 0, conflicts: 0, attempts: 0, otherErrors: [] };
  const all = Array.from({ length: writers }, (_, i) => SECTIONS[sameSection ? 0 : i % SECTIONS.length](i));
  const saved: Writer[] = [];
  await Promise.all(all.map((writer, i) => writeUntilLanded(EDITORS[i % EDITORS.length], key, start, writer, saved, outcome)));
  const final = storedDocument(sandbox, key) as PostmortemDocument;
  const lost = saved.filter((w) => !w.landed(final)).length;
  return { ...outcome, lost, landed: all.filter((w) => w.landed(final)).length, finalRevision: final.revision, startRevision: start.revision };
}

describe.each([
  [2, 5],
  [5, 3],
  [20, 1],
])('%i simultaneous writers (%i trials each)', (writers, trials) => {
  it.each([['different sections', false], ['the same section', true]])('on %s: every save lands once, nothing answered "saved" is lost', async (label, same) => {
    const results = [];
    for (let t = 0; t < trials; t += 1) {
      const key = keys[(writers + t + (same ? 6 : 0)) % keys.length];
      const result = await trial(key, writers, same);
      expect(result.otherErrors).toEqual([]);
      expect(result.lost).toBe(0);
      expect(result.landed).toBe(writers);
      expect(result.savedAnswers).toBe(writers);
      // One revision per landed save: no two writers were given the same revision.
      expect(result.finalRevision - result.startRevision).toBe(writers);
      results.push(result);
    }
    figures[`${writers} writers, ${label}`] = {
      trials, saves: results.reduce((n, r) => n + r.savedAnswers, 0), conflictsAnsweredThenMerged: results.reduce((n, r) => n + r.conflicts, 0),
      attempts: results.reduce((n, r) => n + r.attempts, 0), lost: results.reduce((n, r) => n + r.lost, 0),
    };
  }, 120_000);
});

describe('simultaneous Create tasks, Complete, and a save racing a Complete', () => {
  const readyDocument = (revision: number) => ({
    ...workedDocument(now, { actionItems: Array.from({ length: 5 }, (_, i) => actionItemFor(now, { id: `c${i}`, title: `Check ${i}`, ownerAccountId: USERS.bob.accountId })) }),
    revision,
  });
  const createTasks = (user: string, key: string) => sandbox.invoke(user, 'qa-postmortem-panel', 'createActionItems', {}, {
    issue: { key, id: sandbox.emulator.store.issueByIdOrKey(key)?.id ?? '0', type: 'Incident' },
  });
  const appTasksOf = (key: string) => sandbox.emulator.store.issues()
    .filter((issue) => (issue.properties.get('qa-postmortem-action') as { incident?: string } | undefined)?.incident === key);

  it('makes one task per item when two people press Create tasks at once, in each of 5 trials', async () => {
    let duplicates = 0;
    for (let t = 0; t < 5; t += 1) {
      const key = keys[t];
      const view = dataOf(await panel.get('alice', key));
      dataOf(await panel.save('alice', key, readyDocument(view.revision), view.revision));
      const answers = await Promise.all([createTasks('alice', key), createTasks('bob', key)]);
      expect(answers.map((a) => a.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
      // Whoever got CONFLICT presses again: it creates nothing more.
      for (const [i, a] of answers.entries()) if (a.status === 409) expect((await createTasks(i === 0 ? 'alice' : 'bob', key)).status).toBe(200);
      const made = appTasksOf(key);
      duplicates += made.length - 5;
      expect(made).toHaveLength(5);
      const stored = storedDocument(sandbox, key) as PostmortemDocument;
      expect(new Set(stored.actionItems.map((i) => i.taskKey))).toEqual(new Set(made.map((m) => m.key)));
    }
    figures['simultaneous Create tasks'] = { trials: 5, items: 5, duplicates };
  }, 120_000);

  it('posts one summary comment when two people Complete at once, and a save racing a Complete is either kept or refused, never erased', async () => {
    let extraComments = 0;
    let erased = 0;
    let completions = 0;
    let savesKept = 0;
    for (let t = 0; t < 3; t += 1) {
      const key = keys[6 + t];
      const view = dataOf(await panel.get('alice', key));
      const ready = dataOf(await panel.save('alice', key, { ...workedDocument(now), revision: view.revision }, view.revision));
      const before = commentCount(sandbox, key);
      const racing = { ...ready.document, gather: { ...ready.document.gather, impactSummary: `${ready.document.gather.impactSummary} (edited while completing ${t})` } };
      const [first, second, save] = await Promise.all([
        panel.complete('alice', key, ready.revision), panel.complete('bob', key, ready.revision), panel.save('carol', key, racing, ready.revision),
      ]);
      const completed = [first, second].filter((a) => a.body.ok).length;
      // Exactly one call of the three holds the turn first; the two completes never both succeed.
      expect(completed).toBeLessThanOrEqual(1);
      expect(completed + (save.body.ok ? 1 : 0)).toBeGreaterThanOrEqual(1);
      completions += completed;
      savesKept += save.body.ok ? 1 : 0;
      extraComments += Math.max(0, commentCount(sandbox, key) - before - 1);
      expect(commentCount(sandbox, key) - before).toBe(completed > 0 ? 1 : 0);
      const final = storedDocument(sandbox, key) as PostmortemDocument;
      if (save.body.ok && !final.gather.impactSummary.includes(`(edited while completing ${t})`)) erased += 1;
      expect(save.body.ok ? final.gather.impactSummary : 'refused').toMatch(save.body.ok ? /edited while completing/ : /refused/);
    }
    figures['simultaneous Complete + racing save'] = { trials: 3, completions, savesKept, extraSummaryComments: extraComments, savesErased: erased };
  }, 120_000);
});
