import { scanText, scanRulesOnly } from '../src/domain/postmortem/blameless/scan';
const lines = process.argv.slice(2);
for (const l of lines) { const [text, ppl] = l.split('|'); const p = ppl ? ppl.split(',') : []; const m = scanText(text, p); const r = scanRulesOnly(text, p); console.log(text, '\n   =>', m.map((f) => `[${f.kind}${r.length ? '' : ' MODEL'}] ${f.suggestion || '(none)'}`).join(' ## ') || 'PASS'); }
