// Scratch: why each blameful measuring line is missed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanText, sentences } from '../src/domain/postmortem/blameless/scan';
import { peopleIndex } from '../src/domain/postmortem/blameless/clause';
import { blameScore, modelMayJudge } from '../src/domain/postmortem/blameless/model/model';
import { mayNamePeople } from '../src/domain/postmortem/blameless/person-failure';
import { FIXTURES, MEASURING_SETS } from './blame-model-training';
const files = process.argv.slice(2).length ? process.argv.slice(2) : MEASURING_SETS.map((f) => path.join(FIXTURES, f));
const th = (JSON.parse(readFileSync('src/domain/postmortem/blameless/model/weights.json', 'utf8')) as { threshold: number }).threshold;
const want = process.env.WANT !== 'fa';
for (const f of files) for (const l of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
  const { text, people = [], blameful } = JSON.parse(l) as { text: string; people?: string[]; blameful: boolean };
  if (blameful !== want) continue;
  const found = scanText(text, people).length > 0;
  if (found === want) continue;
  const idx = peopleIndex(people);
  const parts = sentences(text).map(({ start, end }) => { const s = text.slice(start, end); return `[${blameScore(s, idx).toFixed(2)}${modelMayJudge(s) ? '' : ' NOJ'}${mayNamePeople(s, idx) ? '' : ' NONAME'}]`; }).join(' ');
  console.log(`${path.basename(f).replace(/\D/g, '')} line ${blameScore(text, idx).toFixed(2)} ${parts} | ${text} | ${people.join(',')}`);
}
