/**
 * Chat spelling read as it is meant: "didnt", "thats", "bc", "w/o", "should of rolled back", "should had
 * checked", "@sven". The
 * tagger takes "didnt" for a surname and "@sven" for a handle, not a person; a sentence is read, and
 * rewritten, with the contraction spelt out and the mention as the name it stands for.
 */
import { capitalise, infinitiveOf } from './words';

const CONTRACTIONS: Record<string, string> = {
  didnt: "didn't", doesnt: "doesn't", dont: "don't", wasnt: "wasn't", werent: "weren't", isnt: "isn't", arent: "aren't",
  hasnt: "hasn't", havent: "haven't", hadnt: "hadn't", couldnt: "couldn't", shouldnt: "shouldn't", wouldnt: "wouldn't",
  cant: "can't", thats: "that's", whats: "what's", wouldve: "would've", shouldve: "should've", couldve: "could've",
};

const WORD = new RegExp(String.raw`(?<![\p{L}'’-])(${Object.keys(CONTRACTIONS).join('|')})(?![\p{L}'’-])`, 'giu');

const keepCase = (written: string, spelt: string) => (/^\p{Lu}/u.test(written) ? capitalise(spelt) : spelt);

/**
 * An @-mention in chat ("@sven", "@ji-ho", "@maria.lopez"), not an e-mail address or a channel-wide
 * mention ("@here", "@channel", "@everyone", "@all"), which address everyone rather than name someone.
 */
const HANDLE = String.raw`\p{L}(?:[\p{L}\p{N}_.-]*[\p{L}\p{N}])?`;
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}_.@])@(${HANDLE})`, 'gu');
const EVERYONE = new Set(['here', 'channel', 'everyone', 'all']);

/** The name an @-mention stands for: "@maria.lopez" is "Maria Lopez", "@sven" is "Sven". */
function mentionedName(handle: string): string | null {
  if (EVERYONE.has(handle.toLowerCase())) return null;
  return handle.split(/[._]+/u).filter(Boolean).map((part) => capitalise(part.toLowerCase())).join(' ');
}

/** The names the sentence's @-mentions stand for, each as its lower-case words (for the people index). */
export function mentionedNames(sentence: string): string[][] {
  const names: string[][] = [];
  for (const [, handle] of sentence.matchAll(MENTION)) {
    const name = mentionedName(handle);
    if (name) names.push(name.toLowerCase().split(' '));
  }
  return names;
}

/**
 * "@noa you had one job", "@kenji pls explain": a mention opening a line and followed by words said to
 * that person addresses them, as "Noa, you …" would; the rest of the line is the sentence.
 */
const ADDRESSED = new RegExp(String.raw`^(\s*)@(${HANDLE})(?=\s+(?:you|u|ur|your|yours|pls|plz|please|can|could|would|will|why|what|how|did|do|are|were|thanks|thx|ty|any|where|when|this|that|it|its|it['’]s|here|there|another|again|seriously|so|just|look|see|re|fyi|btw|the|our|we|i|heads|ffs|omg|lol|ugh|wtf)\b)`, 'iu');

export function spellOut(sentence: string): string {
  return sentence
    .replace(ADDRESSED, (written: string, space: string, handle: string) => {
      const name = mentionedName(handle);
      return name ? `${space}${name},` : written;
    })
    .replace(MENTION, (written: string, handle: string) => mentionedName(handle) ?? written)
    .replace(WORD, (written: string) => keepCase(written, CONTRACTIONS[written.toLowerCase()]))
    // "bc she wasnt paying attention", "w/o review"
    .replace(/(?<![\p{L}/])(?:bc|b\/c|cuz|coz)(?![\p{L}/])/giu, (written: string) => keepCase(written, 'because'))
    .replace(/(?<![\p{L}/])w\/o(?![\p{L}/])/giu, (written: string) => keepCase(written, 'without'))
    // "H.T. deployed the rollback …": initials written with stops are the initials ("HT").
    .replace(/(?<![\p{L}.])(\p{Lu})\.(\p{Lu})\.(?:(\p{Lu})\.)?(?=\s+\p{Ll})/gu, (_m, a: string, b: string, c = '') => `${a}${b}${c}`)
    // "he should of rolled back", "would not of lost", "should had checked": "of" or "had" for "have" after a modal.
    .replace(/\b(should|could|would|must|might)(\s+not|\s+never)?\s+(?:of|had)\s+(?=\p{L}+(?:ed|en|wn|ne|ght|un|one)\b|been\b|known\b|(?:lost|left|sent|kept|built|spent|made|paid|told|held|found|got|had|put|set|hit|cut|let)\b)/giu, (_m, modal: string, not: string | undefined) => `${modal}${not ?? ''} have `)
    // "Rahul acknowledged none of them": the act not done, said by its object ("did not acknowledge any of them").
    .replace(/\b(?<!\b(?:was|were|been|is|are|had|has|have)\s+)(\p{L}{3,}ed)\s+none(?=\s+of\b|\s*[.,;!?]|\s*$)/gu, (_m, verb: string) => `did not ${infinitiveOf(verb)} any`);
}
