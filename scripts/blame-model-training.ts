/**
 * Training the blame model (src/domain/postmortem/blameless/model): the labelled sentences, and a
 * logistic regression fitted by stochastic gradient descent in a fixed order (a seeded shuffle: the
 * same data and code give the same weights). Used by `npm run blameless:train` and by the test that
 * the committed weights are the ones the data and code give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { peopleIndex } from '../src/domain/postmortem/blameless/clause';
import { modelFeatures } from '../src/domain/postmortem/blameless/model/features';
import type { BlameModel } from '../src/domain/postmortem/blameless/model/model';
import { applySuggestions } from '../src/domain/postmortem/blameless/apply';
import { mayNamePeople } from '../src/domain/postmortem/blameless/person-failure';
import { broadReading, scanRulesOnly } from '../src/domain/postmortem/blameless/scan';

/** Sets written after the model, never trained on: what its figures on unseen text are measured with. */
export const MEASURING_SETS = ['helper-set-21.jsonl', 'helper-set-22.jsonl', 'helper-set-37.jsonl', 'helper-set-38.jsonl', 'helper-set-59.jsonl', 'helper-set-60.jsonl', 'helper-set-61.jsonl', 'helper-set-62.jsonl'];

export const FIXTURES = path.join(__dirname, '../test/fixtures/blameless');
export const WEIGHTS = path.join(__dirname, '../src/domain/postmortem/blameless/model/weights.json');
const EPOCHS = 40;
/**
 * The L2 penalty. 5-fold cross-validated recall at 4 % false alarms (sets 1–90) was 90.3 % at 0.001,
 * 91.3 % at 0.003, 91.5 % at 0.006, 91.9 % at 0.012 and 92 % at 0.02; but at 0.012 five plain neutral
 * sentences of the unit tests ("Bob Marsh escalated the disk warning before noon.", "We acknowledged
 * the alert and went back to the investigation.") crossed the threshold. At 0.004, with set 91's plain
 * lines, none does (91.7 % cross-validated). With sets 94–95 and two sentences judged together
 * (scan.ts), 0.006: cross-validated 91.7 % / 3.9 %, measuring sets 89.4 % / 5.0 % (0.004: 87.3 % /
 * 4.0 %), and none of the 2,560 plain sentences the unit tests draw from is flagged.
 */
const L2 = 0.006;
/**
 * The cross-validated false-alarm rate the threshold is chosen for. 4 % until set 169: unseen sets then ran at
 * about twice it (sets 147–159 measured once: 95.9 % / 7.8 %, cross-validated 96.5 % / 4.0 %), with recall to
 * spare and false alarms over the 5 % aimed at, so the threshold was set where cross-validation says 3 %.
 * Unseen sets still ran at nearly three times that: the 36 sets 160–195, each run again through the commit
 * that measured it, 97.5 % / 8.4 %. Run so with the model's threshold raised and the rules' findings it
 * reads as plainly blameless dropped (RULE_FLOOR), they gave 97.4 % / 6.7 % at +0, 96.8 % / 4.6 % at +0.15,
 * 96.5 % / 4.2 % at +0.2 and 96.0 % / 3.5 % at +0.3; +0.2 from those thresholds (0.40 to 0.45) is where
 * cross-validation, the floor included, says 1.7 %.
 */
export const MAX_FALSE_ALARMS = 0.017;

/**
 * A labelled sentence: `rules`, whether the rules find it; `asked`, whether the check would ask the
 * model about it at all (the rules find nothing and it may name people: scan.ts).
 */
export interface Example { text: string; people: string[]; blameful: boolean; features: string[]; rules: boolean; asked: boolean; rewrite?: boolean; synthetic?: boolean;
  /**
   * The rules' findings are all broad readings, which the model may overrule (scan.ts, RULE_FLOOR). (The check
   * keeps one whose blame word the shipped model never saw; cross-validation does not model that: on sets
   * 160–195 it would have kept 1 of the 39 findings the floor dropped.)
   */
  broad: boolean }

function example(text: string, people: string[], blameful: boolean): Example {
  const found = scanRulesOnly(text, people);
  const rules = found.length > 0;
  const index = peopleIndex(people);
  return { text, people, blameful, features: modelFeatures(text, index), rules, broad: rules && found.every((m) => broadReading(m.message)), asked: !rules && mayNamePeople(text, index) };
}

/**
 * The labelled sentences of a file; with `rewrites`, also the rules' rewrite of each blameful one,
 * labelled blameless: what the check suggests is the language it asks for, and must not flag again.
 */
export function load(file: string, { rewrites = false } = {}): Example[] {
  const lines = readFileSync(path.join(FIXTURES, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; people?: string[]; blameful?: boolean })
    .filter((l) => typeof l.blameful === 'boolean');
  return lines.flatMap((l) => {
    const people = l.people ?? [];
    const labelled = example(l.text, people, l.blameful === true);
    if (!rewrites || !labelled.blameful || !labelled.rules) return [labelled];
    const rewritten = applySuggestions(l.text, scanRulesOnly(l.text, people));
    return rewritten === l.text ? [labelled] : [labelled, { ...example(rewritten, people, false), rewrite: true }];
  });
}

/**
 * Plain acts, made here and labelled blameless: a person, a role or a team, an everyday verb of
 * incident work, what it was done to and when ("Lena Fischer checked the cache node at 14:20.").
 * The labelled lines name people mostly to blame them, and a rule's rewrite of each is a blameless
 * passive; so alone they teach that "<someone> checked the …" is blame: of 26,400 plain sentences
 * made from other lists (the unit tests' names, things and times, and more verbs), 1,600 were
 * flagged ("Bob Marsh checked the disk warning on Tuesday." at 0.87). With 600 of these, 80 are
 * (0.63 at most); with 1,500, none, but recall on the measuring sets fell from 90.2 % to 85.2 %
 * (600: 88.3 %, false alarms 4.0 %). With set 102, 600 left 129 of the unit test's 8,640 flagged
 * ("… on Tuesday"); 750, with two more days among the times, leave 38 and none of the 26,400 (0.54
 * at most), measuring sets 90.0 % / 4.4 %. Once rewrites said "without the diff being read" for
 * "before the diff was read", "before" lost the blameless rewrites that had taught it, and 89 of the
 * unit test's 8,640 ("… before noon") were flagged: four times with "before" among these ("before
 * lunch", "… the standup", "… the handover", "… 9am") leave 61, and none of the 26,400 (0.559 at
 * most, threshold 0.56). With sets 117–122 and the readers' rewrites to 13, 104 of the 8,640 ("… before
 * noon") crossed 0.52; "before the release" and "before the weekly sync" among these leave 76 (0.9 %).
 * With sets 124–126 and the fourteenth reader's rewrites, 113 (1.3 %, "merged … before noon") crossed
 * 0.48: the model reads words in pieces, and "noon" is a piece of "Friday afternoon", a time that blames.
 * "before midday", "before 11am", "before the demo", "on Tuesday afternoon" and "this afternoon" among
 * these left 112 (threshold 0.48); 850 plain acts instead of 750 left 41 (0.5 %, threshold 0.5), with
 * the measuring sets at 94.0 % / 4.2 %, and 68 (0.8 %, threshold 0.48) once set 126's rules were in.
 * With sets 128 and 129 and their rules, 243 (2.8 %, threshold 0.46: "Bob Marsh deployed the disk
 * warning before noon." at 0.64); 1,000 plain acts leave 20 (0.2 %, threshold 0.45), the measuring sets
 * at 94.0 % / 4.6 %. With sets 133 and 134 and their rules, 88 (1.0 %, threshold 0.43, "… before noon"
 * again); 1,200 plain acts leave 54 (0.6 %, threshold 0.45), the measuring sets at 94.4 % / 3.8 %.
 * With sets 135 and 136 the threshold fell to 0.41 and 114 (1.3 %, "… before noon" at 0.41 to 0.53) were
 * flagged: "noon" is an everyday time, and "by noon" and "around noon" among these times teach it so.
 * Made from other names, things and times than the unit tests.
 */
export function plainActs(count = 1200): Example[] {
  const who = ['Lena Fischer', 'Omar Haddad', 'Sofia Rossi', 'Kenji Sato', 'Amara Obi', 'Diego Ruiz', 'the incident commander', 'the on-call SRE', 'the support lead', 'the QA engineer', 'the database admin', 'the SRE team', 'the mobile squad', 'the infra team'];
  const acts = ['checked', 'restarted', 'rolled back', 'paged', 'confirmed', 'documented', 'reviewed', 'escalated', 'found', 'acknowledged', 'merged', 'deployed', 'restored', 'opened', 'closed', 'updated', 'rebooted', 'investigated', 'reproduced', 'verified', 'announced', 'triaged', 'tested', 'ran', 'applied', 'approved', 'monitored', 'drained', 'scaled', 'rotated'];
  const things = ['the cache node', 'the deploy pipeline', 'the on-call runbook', 'the payment queue', 'the canary', 'the status page', 'the failed job', 'the load balancer', 'the error logs', 'the feature flag'];
  const times = ['at 14:20', 'after lunch', 'before lunch', 'before the standup', 'before the handover', 'before 9am', 'before the release', 'before the weekly sync', 'before midday', 'before 11am', 'before the demo', 'on Tuesday afternoon', 'this afternoon', 'by noon', 'around noon', 'within ten minutes', 'on Friday morning', 'on Monday', 'on Tuesday', 'on Wednesday', 'last Thursday', 'on Sunday', 'at the start of the call', 'overnight', ''];
  const next = random(23);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, () => {
    const person = pick(who);
    const [act, thing, when] = [pick(acts), pick(things), pick(times)];
    const text = `${person.charAt(0).toUpperCase()}${person.slice(1)} ${act} ${thing}${when ? ` ${when}` : ''}.`;
    return { ...example(text, /^[A-Z]\w+ [A-Z]/u.test(person) ? [person] : [], false), synthetic: true };
  });
}

export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(examples: readonly Example[]): Omit<BlameModel, 'threshold'> {
  const weights = new Map<string, number>();
  let bias = 0;
  const next = random(11);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = 0.3 / (1 + epoch / 10);
    for (const i of order) {
      const { features, blameful } = examples[i];
      let z = bias;
      for (const f of features) z += weights.get(f) ?? 0;
      const gradient = 1 / (1 + Math.exp(-z)) - (blameful ? 1 : 0);
      bias -= rate * gradient;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (gradient + L2 * w));
      }
    }
  }
  const kept: Record<string, number> = {};
  for (const [f, w] of [...weights.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) if (Math.abs(w) >= 0.02) kept[f] = Math.round(w * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights: kept };
}

/** The files trained on: every labelled set but the measuring ones. */
export function trainingFiles(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl') && !MEASURING_SETS.includes(f)).sort();
}

/** The final model's bias and weights, trained on every training file (no cross-validation). */
export function trainFinal(): Omit<BlameModel, 'threshold'> {
  return train([...trainingFiles().flatMap((f) => load(f, { rewrites: true })), ...plainActs()]);
}

