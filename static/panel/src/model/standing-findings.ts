/**
 * The blameless check runs on the server, once per saved version (it needs a part-of-speech tagger
 * too heavy for the panel). Between a keystroke and the next save's answer, the panel shows the last
 * answer's findings whose words are still there, unchanged, where they were found; text typed since
 * is judged when it is saved.
 */
import type { Finding, PostmortemDocument } from '../../../../src/domain/postmortem';
import { readFieldText } from './field-text';

export function standingFindings(findings: readonly Finding[], doc: PostmortemDocument): Finding[] {
  return findings.filter((f) => readFieldText(doc, f.field)?.slice(f.start, f.end) === f.text);
}
