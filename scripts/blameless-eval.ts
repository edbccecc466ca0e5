/**
 * `npm run blameless:eval -- FILE.jsonl`: runs the blameless check over labelled sentences.
 * Reads lines `{"text", "people"}` (optionally `"blameful"`), prints one JSON line per input,
 * `{"text", "findings": [{"start", "end", "kind", "message", "suggestion"}], "rewrite"}`, where
 * `rewrite` is the text with every suggestion applied; then, over the lines that carry `"blameful"`,
 * a last line with recall (blameful lines with a finding) and false-alarm rate (blameless lines
 * with one). Lines that are not JSON are reported on stderr and skipped.
 */
import { readFileSync } from 'node:fs';
import { applySuggestions, scanForBlame } from '../src/domain/postmortem/blameless-text';

interface Line {
  text: string;
  people?: string[];
  blameful?: boolean;
}

function parse(line: string, number: number): Line | null {
  try {
    const value = JSON.parse(line) as Partial<Line>;
    if (typeof value.text !== 'string') throw new Error('no "text" string');
    return { text: value.text, people: Array.isArray(value.people) ? value.people.filter((p): p is string => typeof p === 'string') : [], blameful: typeof value.blameful === 'boolean' ? value.blameful : undefined };
  } catch (error) {
    process.stderr.write(`line ${number}: skipped (${(error as Error).message})\n`);
    return null;
  }
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run blameless:eval -- FILE.jsonl\n');
  process.exit(2);
}

let blameful = 0;
let caught = 0;
let blameless = 0;
let falseAlarms = 0;
readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
  if (!raw.trim()) return;
  const line = parse(raw, i + 1);
  if (!line) return;
  const matches = scanForBlame(line.text, line.people ?? []);
  // A finding with no rewrite (the blame model's, when none passed the check) prints its suggestion as null.
  const findings = matches.map(({ start, end, kind, message, suggestion, noSuggestion }) => ({ start, end, kind, message, suggestion: noSuggestion ? null : suggestion }));
  process.stdout.write(`${JSON.stringify({ text: line.text, findings, rewrite: applySuggestions(line.text, matches) })}\n`);
  if (line.blameful === true) {
    blameful += 1;
    if (findings.length > 0) caught += 1;
  } else if (line.blameful === false) {
    blameless += 1;
    if (findings.length > 0) falseAlarms += 1;
  }
});

if (blameful + blameless > 0) {
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 10000);
  process.stdout.write(`${JSON.stringify({ recall: rate(caught, blameful), falseAlarmRate: rate(falseAlarms, blameless), blameful, caught, blameless, falseAlarms })}\n`);
}
