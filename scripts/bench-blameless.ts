/**
 * `npm run bench:blameless`: how long the blameless check takes on this machine, over the labelled
 * lines in test/fixtures/blameless: loading the check (the tagger, the blame model and its word
 * clusters); every line checked with its own people, as `blameless:eval` does; then the first
 * 3,000 lines as one text (a very long post-mortem: sentences already judged are kept, up to 5,000),
 * cold and again after a one-word edit. Prints the figures; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const FIXTURES = path.join(__dirname, '../test/fixtures/blameless');

async function main(): Promise<void> {
  const lines = readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => readFileSync(path.join(FIXTURES, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; people: string[] }));
  const loadStart = performance.now();
  const { scanForBlame } = await import('../src/domain/postmortem');
  const loaded = performance.now() - loadStart;
  const eachStart = performance.now();
  for (const line of lines) scanForBlame(line.text, line.people);
  const eachMs = performance.now() - eachStart;
  const long = lines.slice(0, 3000);
  const text = long.map((l) => l.text).join('\n');
  const people = [...new Set(long.flatMap((l) => l.people))];
  const coldStart = performance.now();
  const cold = scanForBlame(text, people);
  const coldMs = performance.now() - coldStart;
  const middle = text.indexOf(' the ', Math.floor(text.length / 2));
  const edited = `${text.slice(0, middle)} a ${text.slice(middle + 5)}`;
  const editStart = performance.now();
  scanForBlame(edited, people);
  const editMs = performance.now() - editStart;
  const kb = Buffer.byteLength(text) / 1024;
  process.stdout.write(`load the check: ${loaded.toFixed(0)} ms\n`);
  process.stdout.write(`${lines.length} lines, each with its people: ${(eachMs / 1000).toFixed(1)} s (${(eachMs / lines.length).toFixed(1)} ms a line)\n`);
  process.stdout.write(`${long.length} lines as one ${kb.toFixed(0)} KB text naming ${people.length} people: ${(coldMs / 1000).toFixed(1)} s cold (${cold.length} findings), ${editMs.toFixed(0)} ms after a one-word edit\n`);
}

void main();
