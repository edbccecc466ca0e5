/**
 * The 5 Whys chain of the root-cause stage: each step asks why the previous answer happened.
 * Pure list operations the panel uses to add, change, remove and reorder steps, and the chain
 * validation the stage rules rely on. Functions return new arrays; nothing is mutated.
 */
import type { Why } from './document';

/** The question that opens a chain, before any answer exists. */
export const FIRST_WHY_QUESTION = 'Why did the incident happen?';

function withoutTrailingPunctuation(text: string): string {
  return text.trim().replace(/[.!?;:,\s]+$/u, '');
}

/** "Because the cache expired" answers a why; the question about it starts from "the cache expired". */
const ANSWER_OPENERS = /^(?:because(?:\s+of)?|since|due\s+to|as)\s+/iu;

/**
 * The default question for the step after an answer: `What caused “<previous answer>”?`. An answer
 * may be a clause ("the cache expired early") or a noun phrase ("a missing index"); quoted, either
 * reads as the thing whose cause is asked, so the question is grammatical whatever was typed, which
 * "Why <answer>?" was not ("Why the cache expired early?", "Why because …?").
 */
export function nextWhyQuestion(previousAnswer: string): string {
  const clause = withoutTrailingPunctuation(previousAnswer).replace(ANSWER_OPENERS, '').trim();
  return clause ? `What caused “${clause}”?` : '';
}

/** Appends a step whose question follows from the last answer (or opens the chain). */
export function addWhy(whys: Why[], id: string): Why[] {
  const last = whys[whys.length - 1];
  const question = last ? nextWhyQuestion(last.answer) : FIRST_WHY_QUESTION;
  return [...whys, { id, question, answer: '' }];
}

/**
 * Changes one step. When its answer changes and the next step's question is still the default
 * derived from the old answer (or empty), that question follows the new answer.
 */
export function updateWhy(whys: Why[], id: string, patch: Partial<Pick<Why, 'question' | 'answer'>>): Why[] {
  const index = whys.findIndex((w) => w.id === id);
  if (index < 0) return whys;
  const before = whys[index];
  const after = { ...before, ...patch };
  const result = whys.map((w, i) => (i === index ? after : w));
  const next = result[index + 1];
  if (next && patch.answer !== undefined && patch.answer !== before.answer) {
    const stillDefault = next.question.trim() === '' || next.question === nextWhyQuestion(before.answer);
    if (stillDefault) result[index + 1] = { ...next, question: nextWhyQuestion(after.answer) };
  }
  return result;
}

export function removeWhy(whys: Why[], id: string): Why[] {
  return whys.filter((w) => w.id !== id);
}

/** Moves a step to a new position (clamped to the list). */
export function moveWhy(whys: Why[], id: string, toIndex: number): Why[] {
  const from = whys.findIndex((w) => w.id === id);
  if (from < 0) return whys;
  const target = Math.max(0, Math.min(whys.length - 1, toIndex));
  const result = [...whys];
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved);
  return result;
}

/**
 * Problems with the chain, readable and numbered from 1: every step needs a question and an answer.
 * An empty chain has one problem.
 */
export function validateWhyChain(whys: Why[]): string[] {
  if (whys.length === 0) return ['No why has been asked yet'];
  const problems: string[] = [];
  whys.forEach((why, i) => {
    if (!why.question.trim()) problems.push(`Why ${i + 1} has no question`);
    if (!why.answer.trim()) problems.push(`Why ${i + 1} has no answer`);
  });
  return problems;
}

/** The deepest answered step: the chain's current statement of the root cause. */
export function deepestAnswer(whys: Why[]): string | null {
  for (let i = whys.length - 1; i >= 0; i -= 1) {
    const answer = whys[i].answer.trim();
    if (answer) return answer;
  }
  return null;
}
