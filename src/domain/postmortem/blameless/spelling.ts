/**
 * Chat spelling read as it is meant: "didnt", "thats", "bc", "w/o", "should of rolled back". The tagger takes
 * "didnt" for a surname; a sentence is read, and rewritten, with the contraction spelt out.
 */
import { capitalise } from './words';

const CONTRACTIONS: Record<string, string> = {
  didnt: "didn't", doesnt: "doesn't", dont: "don't", wasnt: "wasn't", werent: "weren't", isnt: "isn't", arent: "aren't",
  hasnt: "hasn't", havent: "haven't", hadnt: "hadn't", couldnt: "couldn't", shouldnt: "shouldn't", wouldnt: "wouldn't",
  cant: "can't", thats: "that's", whats: "what's", wouldve: "would've", shouldve: "should've", couldve: "could've",
};

const WORD = new RegExp(String.raw`(?<![\p{L}'’-])(${Object.keys(CONTRACTIONS).join('|')})(?![\p{L}'’-])`, 'giu');

const keepCase = (written: string, spelt: string) => (/^\p{Lu}/u.test(written) ? capitalise(spelt) : spelt);

export function spellOut(sentence: string): string {
  return sentence
    .replace(WORD, (written: string) => keepCase(written, CONTRACTIONS[written.toLowerCase()]))
    // "bc she wasnt paying attention", "w/o review"
    .replace(/(?<![\p{L}/])(?:bc|b\/c|cuz|coz)(?![\p{L}/])/giu, (written: string) => keepCase(written, 'because'))
    .replace(/(?<![\p{L}/])w\/o(?![\p{L}/])/giu, (written: string) => keepCase(written, 'without'))
    // "he should of rolled back": "of" for "have" after a modal.
    .replace(/\b(should|could|would|must|might)\s+of\s+(?=\p{L}+(?:ed|en|wn|ne|ght|un|one)\b|been\b|known\b)/giu, (_m, modal: string) => `${modal} have `);
}
