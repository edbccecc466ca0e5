/**
 * Finds blaming language in one piece of text and proposes a blameless rewording for each span
 * (DESIGN.md section 2, stage 6). Case-insensitive; technical uses such as "fault injection",
 * "fault tolerance", "faulty", "default" or "error handling" are not blame and are not reported.
 * Each rule proposes a replacement for exactly the span it reports, so the panel can apply it.
 */

export const BLAMELESS_RULES = [
  'person-as-subject',
  'should-have',
  'personal-mistake',
  'fault',
  'human-error',
  'blame',
  'dropped-the-ball',
  'screwed-up',
  'judgemental-word',
] as const;
export type BlamelessRule = (typeof BLAMELESS_RULES)[number];

export interface TextMatch {
  start: number;
  end: number;
  text: string;
  rule: BlamelessRule;
  message: string;
  /** A blameless rewording that replaces exactly `text`. */
  suggestion: string;
}

const START = '(?<![\\p{L}\\p{N}_])';
const END = '(?![\\p{L}\\p{N}_])';
const APOS = "['’]";

/** Roles that name a person or group of people when they are the subject of a sentence. */
const PERSON_NOUN = [
  'developers?',
  'devs?',
  'engineers?',
  'testers?',
  'reviewers?',
  'qa(?:\\s+engineers?)?',
  'on-?call(?:\\s+engineers?)?',
  'release\\s+managers?',
  'operators?',
  'admins?',
  'administrators?',
  'assignees?',
].join('|');
const PERSON_ROLE = `(?:(?:the|our|their|a|an)\\s+)?(?:${PERSON_NOUN})`;

/** Words after "should have" that are adverbs, so the participle is the word after them. */
const ADVERBS = new Set(['also', 'just', 'first', 'really', 'even', 'always', 'all']);
/** "should have a freeze" is a recommendation (have = possess), not hindsight. */
const DETERMINERS = new Set(['a', 'an', 'the', 'some', 'more', 'less', 'fewer', 'better', 'no', 'any', 'this', 'that', 'these', 'those', 'our', 'their', 'enough', 'two', 'three', 'several', 'another', 'one']);
const PREPOSITIONS = /^(?:on|in|at|with|for|before|after|during|against|under|by|from|to|into|across|through|via)\b/iu;
const CONJUNCTION = /\s+(?:and|but|so|because|since|before|after|when|which|while|as|or)\s/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The longest name looked for. Jira documents no limit on a display name; a longer "name" (it can come
 * from a stored document) is not a person's and is not looked for, which also keeps the pattern
 * below V8's regular-expression size limit (a single 13,000-character name overflows it).
 */
export const PERSON_NAME_MAX_CHARS = 255;
/**
 * The most names looked for, the first given first (the incident's people come before the owners a
 * document names). Measured: 4,000 names of 255 characters scan in under 60 ms, 5,000 did not finish
 * in five minutes (V8 gives up compiling so large an alternation and backtracks).
 */
export const PEOPLE_LOOKED_FOR_MAX = 1000;

/** Full names and first names of the people given, longest first, as a regex alternative. */
function namesPattern(knownPeople: string[]): string | null {
  const names = new Set<string>();
  for (const person of knownPeople) {
    const full = person.trim().replace(/\s+/g, ' ');
    if (full.length < 2 || full.length > PERSON_NAME_MAX_CHARS) continue;
    if (names.size >= PEOPLE_LOOKED_FOR_MAX) break;
    names.add(full.toLowerCase());
    const first = full.split(' ')[0];
    if (first.length >= 2) names.add(first.toLowerCase());
  }
  if (names.size === 0) return null;
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/ /g, '\\s+'))
    .join('|');
}

/** The rest of the clause after `from`: up to punctuation or a conjunction, trimmed. */
function clauseRest(text: string, from: number): { rest: string; end: number } {
  const raw = /^[^.,;:!?\n]*/u.exec(text.slice(from))?.[0] ?? '';
  const conjunction = CONJUNCTION.exec(raw);
  const clause = conjunction ? raw.slice(0, conjunction.index) : raw;
  const rest = clause.trim();
  const leading = clause.length - clause.trimStart().length;
  return { rest, end: rest ? from + leading + rest.length : from };
}

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(0, index));
}

function atClauseStart(text: string, index: number): boolean {
  return /(?:^|[.!?,;:]\s*|\n\s*)$/u.test(text.slice(0, index));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withArticle(article: string | undefined, word: string): string {
  if (!article) return word;
  const an = /^[aeiou]/i.test(word) ? 'an' : 'a';
  return `${article[0] === article[0].toUpperCase() ? capitalise(an) : an} ${word}`;
}

interface Candidate {
  start: number;
  end: number;
  rule: BlamelessRule;
  message: string;
  suggestion: string;
}

function finish(text: string, c: Candidate): TextMatch {
  const suggestion = atSentenceStart(text, c.start) ? capitalise(c.suggestion) : c.suggestion;
  return { ...c, text: text.slice(c.start, c.end), suggestion };
}

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex += 1;
  }
}

/* ---------- person as the subject of a failure ---------- */

interface FailureVerb {
  pattern: string;
  /** Builds the replacement; `rest` is the remainder of the clause when `takesRest`. */
  reword: (verb: string, rest: string) => string;
  takesRest: boolean;
}

const FAILURE_VERBS: FailureVerb[] = [
  {
    pattern: `(?:forgot|neglected|failed|refused|never\\s+bothered)\\s+to|did\\s+not|didn${APOS}t`,
    reword: () => 'nothing in the process prompted anyone to',
    takesRest: false,
  },
  { pattern: 'forgot', reword: () => 'nothing in the process prompted anyone to remember', takesRest: false },
  {
    pattern: 'missed|overlooked|ignored|skipped',
    reword: (verb, rest) => `${rest || 'this'} was ${verb.toLowerCase()}, and nothing in the process caught it`,
    takesRest: true,
  },
  {
    pattern: '(?:messed|screwed|fouled)\\s+up|botched',
    reword: (_verb, rest) => (rest ? `something went wrong with ${rest}` : 'something went wrong'),
    takesRest: true,
  },
  { pattern: 'dropped\\s+the\\s+ball', reword: () => 'a hand-off was missed', takesRest: false },
  { pattern: 'made\\s+(?:a\\s+mistake|an\\s+error|mistakes|errors|a\\s+bad\\s+call)', reword: () => 'an error got through', takesRest: false },
  {
    pattern: '(?:is|was|are|were)\\s+to\\s+blame',
    reword: (_verb, rest) => `a process gap contributed${rest ? ` ${rest.replace(/^for\b/iu, 'to')}` : ''}`,
    takesRest: true,
  },
  {
    pattern: `(?:is|was|are|were)\\s+(?:careless|negligent|lazy|sloppy|incompetent|reckless)|(?:was|is)(?:\\s+not|n${APOS}t)\\s+careful`,
    reword: () => 'the process did not provide a safeguard',
    takesRest: false,
  },
  { pattern: 'broke|caused|introduced|misconfigured', reword: (verb) => `a change ${verb.toLowerCase()}`, takesRest: false },
];

function personAsSubject(text: string, names: string | null): Candidate[] {
  const subject = names ? `(?:${names})|he|she|someone|somebody|${PERSON_ROLE}` : `he|she|someone|somebody|${PERSON_ROLE}`;
  const found: Candidate[] = [];
  for (const verb of FAILURE_VERBS) {
    const re = new RegExp(
      `${START}(${subject})(?:\\s+(?:just|also|again|simply|completely|totally|apparently|clearly|obviously))?\\s+(${verb.pattern})${END}`,
      'giu',
    );
    for (const m of matches(re, text)) {
      const start = m.index;
      const verbEnd = m.index + m[0].length;
      const { rest, end } = verb.takesRest ? clauseRest(text, verbEnd) : { rest: '', end: verbEnd };
      found.push({
        start,
        end,
        rule: 'person-as-subject',
        message: `"${m[1]}" is the subject of a failure; describe what happened and what allowed it, not who.`,
        suggestion: verb.reword(m[2].replace(/\s+/g, ' '), rest),
      });
    }
  }
  return found;
}

/* ---------- "should have" ---------- */

function pluralLooking(word: string): boolean {
  return /[^s]s$/iu.test(word);
}

function shouldHave(text: string, names: string | null): Candidate[] {
  const personSubject = `${names ? `(?:${names})|` : ''}i|we|you|he|she|they|someone|somebody|${PERSON_ROLE}`;
  const re = new RegExp(
    `${START}(?:(${personSubject}|this|it|that)\\s+)?(should(?:\\s+have|${APOS}ve)|ought\\s+to\\s+have|should\\s+not\\s+have|shouldn${APOS}t\\s+have)\\s+(been\\s+)?([\\p{L}-]+)${END}`,
    'giu',
  );
  const message = '"Should have" judges with hindsight; describe what the process did not ensure.';
  const found: Candidate[] = [];
  for (const m of matches(re, text)) {
    const [, subject, modal, been, firstWord] = m;
    if (!been && DETERMINERS.has(firstWord.toLowerCase())) continue;
    const negative = /not|n['’]t/iu.test(modal);
    const modalStart = m.index + m[0].indexOf(modal, subject ? subject.length : 0);
    const thingSubject = subject ? /^(?:this|it|that)$/iu.test(subject) : !atClauseStart(text, m.index);
    const personLike = Boolean(subject) && !thingSubject;
    const afterWord = m.index + m[0].length;

    if (thingSubject && !(subject && been)) {
      // "The tests should have caught it" → "The tests were expected to have caught it".
      const wordBefore = /([\p{L}]+)\s*$/u.exec(text.slice(0, modalStart))?.[1] ?? '';
      const verbForm = pluralLooking(wordBefore) ? 'were' : 'was';
      const modalEnd = modalStart + modal.length + (been ? text.slice(modalStart + modal.length).match(/^\s+been/u)![0].length : 0);
      const start = subject ? m.index : modalStart;
      const lead = subject ? `${subject} ` : '';
      found.push({
        start,
        end: modalEnd,
        rule: 'should-have',
        message,
        suggestion: `${lead}${verbForm} ${negative ? 'not ' : ''}expected to ${been ? 'be' : 'have'}`,
      });
      continue;
    }

    let participle = firstWord;
    let adverb = '';
    let restFrom = afterWord;
    if (/ly$/iu.test(firstWord) || ADVERBS.has(firstWord.toLowerCase())) {
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(afterWord));
      if (next) {
        adverb = `${firstWord} `;
        participle = next[1];
        restFrom = afterWord + next[0].length;
      }
    }
    const { rest, end } = clauseRest(text, restFrom);
    let suggestion: string;
    if (negative) {
      suggestion = `nothing in the process flagged the risk of having ${been ? 'been ' : ''}${adverb}${participle}${rest ? ` ${rest}` : ''}`;
    } else if (been && personLike) {
      suggestion = `the process did not help anyone be ${adverb}${participle}${rest ? ` ${rest}` : ''}`;
    } else if (been) {
      suggestion = `the process did not ensure ${subject?.toLowerCase() ?? 'this'} was ${adverb}${participle}${rest ? ` ${rest}` : ''}`;
    } else if (!rest || PREPOSITIONS.test(rest)) {
      suggestion = `the process did not ensure this was ${adverb}${participle}${rest ? ` ${rest}` : ''}`;
    } else {
      suggestion = `the process did not ensure ${rest} was ${adverb}${participle}`;
    }
    found.push({ start: m.index, end, rule: 'should-have', message, suggestion });
  }
  return found;
}

/* ---------- fixed phrases ---------- */

interface PhraseRule {
  rule: BlamelessRule;
  pattern: RegExp;
  message: (m: RegExpExecArray) => string;
  suggestion: (m: RegExpExecArray) => string;
}

function personalPossessive(names: string | null): string {
  return `(?:his|her|their|my|our|your|someone${APOS}s|somebody${APOS}s${names ? `|(?:${names})${APOS}s` : ''})`;
}

/** "fault" as an engineering term (fault injection, fault-tolerant design, fault tree) is not blame. */
const FAULT_TECH = `(?![\\s-]+(?:injections?|toleran(?:ce|t)|trees?|domains?|isolation|detection|handling|handlers?|codes?|conditions?|lines?|zones?|models?|analysis)${END})`;

const ERROR_TECH_WORDS =
  'handling|handler|handlers|rate|rates|code|codes|message|messages|budget|budgets|log|logs|path|paths|response|responses|state|states|page|pages|boundary|boundaries|tracking|report|reports|count|counts';

const JUDGEMENTAL_WORDS: Record<string, string> = {
  careless: 'unchecked',
  carelessly: 'without a safeguard',
  carelessness: 'a missing safeguard',
  negligent: 'unguarded',
  negligently: 'without a safeguard',
  negligence: 'a missing safeguard',
  reckless: 'unguarded',
  recklessly: 'without a safeguard',
  recklessness: 'a missing safeguard',
  incompetent: 'under-supported',
  incompetence: 'a skills or support gap',
  lazy: 'limited',
  laziness: 'time pressure',
  sloppy: 'inconsistent',
  sloppiness: 'inconsistency',
  stupid: 'avoidable',
  dumb: 'avoidable',
  idiotic: 'avoidable',
};

const SCREW_UP_FORMS: Record<string, string> = {
  screw: 'disrupt',
  screws: 'disrupts',
  screwed: 'disrupted',
  screwing: 'disrupting',
  mess: 'disrupt',
  messes: 'disrupts',
  messed: 'disrupted',
  messing: 'disrupting',
  foul: 'disrupt',
  fouls: 'disrupts',
  fouled: 'disrupted',
  fouling: 'disrupting',
};

function phraseRules(names: string | null): PhraseRule[] {
  const possessive = personalPossessive(names);
  return [
    {
      rule: 'personal-mistake',
      pattern: new RegExp(`${START}${possessive}\\s+(?:mistakes?|blunders?|errors?(?!\\s+(?:${ERROR_TECH_WORDS})${END})|screw-?ups?)${END}`, 'giu'),
      message: () => 'Attributes the mistake to a person; describe what the process allowed.',
      suggestion: () => 'an error the process allowed',
    },
    {
      rule: 'fault',
      pattern: new RegExp(
        `${START}(?<!no\\s+)(?:(?:(?:the|a|an)\\s+)?(?!(?:no|nobody|no-one|anyone|anybody)${APOS}s)[\\p{L}-]+${APOS}s|his|her|their|my|our|your)\\s+fault${END}${FAULT_TECH}`,
        'giu',
      ),
      message: () => 'Assigning fault blames someone; describe the contributing factor.',
      suggestion: () => 'a contributing factor',
    },
    {
      rule: 'fault',
      pattern: new RegExp(`${START}at\\s+fault${END}`, 'giu'),
      message: () => 'Assigning fault blames someone; describe the contributing factor.',
      suggestion: () => 'involved',
    },
    {
      rule: 'fault',
      pattern: new RegExp(`${START}fault\\s+(?:lies|lay|is|was|rests|rested)\\s+with${END}`, 'giu'),
      message: () => 'Assigning fault blames someone; describe the contributing factor.',
      suggestion: () => 'contributing factor involves',
    },
    {
      rule: 'fault',
      pattern: new RegExp(`${START}(?:the\\s+)?fault\\s+of${END}`, 'giu'),
      message: () => 'Assigning fault blames someone; describe the contributing factor.',
      suggestion: () => 'a gap involving',
    },
    {
      rule: 'human-error',
      pattern: new RegExp(`${START}(?:human|operator|personnel)[\\s-]+errors?${END}`, 'giu'),
      message: () => '"Human error" ends the inquiry too early; name the gap in the process or tooling that allowed the error.',
      suggestion: () => 'a gap in the process or tooling that allowed the error',
    },
    {
      rule: 'blame',
      pattern: new RegExp(`${START}(?<!(?:no|not|without|never)[\\s-]+)(?<!(?:nobody|no\\s+one|no-one|none)\\s+(?:is|was|are|were)\\s+)(?:(?<=(?:is|was|are|were|be|been)\\s+)to\\s+blame|blamed\\s+on|(?<!to\\s+)blam(?:e|es|ed|ing))${END}(?!-free)`, 'giu'),
      message: () => '"Blame" points at people; describe the cause or the contributing factor.',
      suggestion: (m) => {
        const word = m[0].toLowerCase().replace(/\s+/g, ' ');
        if (word === 'to blame') return 'a contributing factor';
        if (word === 'blamed on') return 'attributed to';
        if (word === 'blamed') return 'pointed to';
        if (word === 'blames') return 'points to';
        if (word === 'blaming') return 'pointing to';
        return 'the cause';
      },
    },
    {
      rule: 'dropped-the-ball',
      pattern: new RegExp(`${START}drop(?:ped|s|ping)?\\s+the\\s+ball${END}`, 'giu'),
      message: () => '"Dropped the ball" blames a person; describe the hand-off or step that was missed.',
      suggestion: (m) => {
        const form = m[0].toLowerCase();
        if (form.startsWith('dropping')) return 'missing a hand-off';
        if (form.startsWith('drops')) return 'misses a hand-off';
        if (form.startsWith('dropped')) return 'missed a hand-off';
        return 'miss a hand-off';
      },
    },
    {
      rule: 'screwed-up',
      pattern: new RegExp(`${START}(?:(a|an)\\s+)?(?:(screw|screws|screwed|screwing|mess|messes|messed|messing|foul|fouls|fouled|fouling)\\s+up|(screw-?ups?)|(botch(?:ed|es|ing)?))${END}`, 'giu'),
      message: () => 'Calls the failure a screw-up; describe what went wrong.',
      suggestion: (m) => {
        const [, article, verb, noun, botch] = m;
        if (verb) return withArticle(article, SCREW_UP_FORMS[verb.toLowerCase()]);
        if (noun) return withArticle(article, /s$/iu.test(noun) ? 'failures' : 'failure');
        const form = botch.toLowerCase();
        return form === 'botched' ? withArticle(article, 'disrupted') : form === 'botching' ? 'disrupting' : form === 'botches' ? 'disrupts' : 'disrupt';
      },
    },
    {
      rule: 'judgemental-word',
      pattern: new RegExp(`${START}(?:(a|an)\\s+)?(${Object.keys(JUDGEMENTAL_WORDS).join('|')})${END}`, 'giu'),
      message: (m) => `"${m[2]}" judges people; describe the condition that allowed the problem.`,
      suggestion: (m) => withArticle(m[1], JUDGEMENTAL_WORDS[m[2].toLowerCase()]),
    },
  ];
}

function phraseMatches(text: string, names: string | null): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of phraseRules(names)) {
    for (const m of matches(rule.pattern, text)) {
      found.push({ start: m.index, end: m.index + m[0].length, rule: rule.rule, message: rule.message(m), suggestion: rule.suggestion(m) });
    }
  }
  return found;
}

/**
 * Every blaming span in `text`, in reading order. Where rules overlap, the more specific one
 * (earlier in BLAMELESS_RULES) wins and the other is not reported.
 */
export function scanForBlame(text: string, knownPeople: string[]): TextMatch[] {
  if (!text.trim()) return [];
  const names = namesPattern(knownPeople);
  const candidates = [...personAsSubject(text, names), ...shouldHave(text, names), ...phraseMatches(text, names)];
  candidates.sort((a, b) => BLAMELESS_RULES.indexOf(a.rule) - BLAMELESS_RULES.indexOf(b.rule) || a.start - b.start || b.end - a.end);
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    if (accepted.every((a) => c.end <= a.start || c.start >= a.end)) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start).map((c) => finish(text, c));
}

/** The text with a match's suggestion put in place of its span. */
export function applySuggestion(text: string, match: Pick<TextMatch, 'start' | 'end' | 'suggestion'>): string {
  return text.slice(0, match.start) + match.suggestion + text.slice(match.end);
}
