/**
 * The blame model: a logistic regression over the words of a sentence (features.ts), trained by
 * `npm run blameless:train` on the labelled sentences in test/fixtures/blameless. It catches blame
 * the sentence-shape rules do not know; they keep the last word on what a sentence says and how it
 * is rewritten. Its weights are data (weights.json), not rules: retrain rather than edit them.
 */
import type { PeopleIndex } from '../clause';
import { modelFeatures } from './features';
import trained from './weights.json';

export interface BlameModel {
  bias: number;
  /** The score from which a sentence is taken as blaming. */
  threshold: number;
  weights: Record<string, number>;
}

const model = trained as BlameModel;

/** How likely the sentence blames, judges or speaks with hindsight of people, from 0 to 1. */
export function blameScore(sentence: string, people: PeopleIndex, with_: BlameModel = model): number {
  let z = with_.bias;
  for (const feature of modelFeatures(sentence, people)) z += with_.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * What blameless writing says in place of blame, which the model is not asked about: that no one is
 * to blame ("Bob is not to blame", "it was nobody's fault", "we do not want to blame anyone", "the
 * spike is not about individual diligence"), and what a person did not know or was
 * not told ("Carol didn't know the flag existed": the local rationality a blameless review asks for).
 */
const BLAMELESS_SAYING = /\b(?:do\s*n['’]t|do\s+not)\s+think\s+[^.]{0,60}?\b(?:is|was|are|were)\s+(?:about|down\s+to)\s+(?:individual|individuals|personal|people|one\s+person)\b|\bnot\s+(?:really\s+)?(?:about|down\s+to)\s+(?:individual|individuals|personal|people|any\s+one\s+person|one\s+person)\b|\b(?:(?:is|was|are|were)\s+not\s+to\s+blame|(?:do|does|did)\s*(?:n['’]t|\s+not)\s+(?:want\s+to\s+|mean\s+to\s+|need\s+to\s+)?blame|without\s+blaming|(?:no\s*-?\s*one|nobody|not\s+\w+)['’]s\s+fault|blameless|blame-?free|(?<!\bstill\s)(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|had\s+no\s+way\s+to|could\s+not|couldn['’]t)\s+know|(?:could\s+not|couldn['’]t)\s+(?:possibly\s+)?have\s+(?:known|foreseen|predicted|anticipated)|had\s+no\s+way\s+(?:to|of)\s+(?:see|seeing|tell|telling|detect|detecting|notice|noticing|spot|spotting)|(?:was|were)\s*(?:n['’]t|\s+not|\s+never)\s+(?:told|aware|informed|warned|paged|notified)|(?:had|has)\s+no\s+(?:way\s+of\s+knowing|idea\s+that\s+the\s+(?:system|job|alert|service))|(?:no\s*-?\s*one|nobody)\s+(?:should|will|is\s+to|ought\s+to)\s+be\s+(?:faulted|blamed|punished|disciplined|singled\s+out)|(?:no\s*-?\s*one|nobody)\s+(?:is|was|will\s+be)\s+in\s+(?:any\s+)?trouble|on\s+(?:his|her|their|my|our)\s+own\s+initiative|(?<!\b(?:thought|thinks|think|believed|felt|considered|decided|claimed|insisted)\b[^,;.]{0,40})\b(?:was|were|is|seemed|looked)\s+(?:a\s+)?(?:perfectly\s+|entirely\s+|quite\s+)?(?:reasonable|sensible|defensible|understandable)\s+(?:shortcut|choice|decision|call|trade-?off|assumption|default|thing\s+to\s+do)\b|\bwhich\s+(?:the|our)\s+(?:current\s+|written\s+)?(?:sop|procedure|policy|runbook|process|checklist)\s+(?:permits|allows|permitted|allowed)\b|\bno\s+(?:single|one)\s+(?:person|individual|engineer|team|human)\b|(?:nobody|no\s*-?\s*one)\s+(?:had\s+)?(?:told|warned|informed|notified|briefed)\b(?![^.;]*\b(?:though|but|apart\s+from|except|frankly|should|anyway|signed|says\s+a\s+lot|judg\w+)\b)|\bdid\s+(?:exactly\s+)?what\s+the\s+(?:[\w-]+\s+){0,2}(?:tooling|tool|runbook|docs|documentation|wizard|ui|prompt|script|guide|procedure|process|checklist|sop)\s+(?:suggested|said|told|asked|prompted|recommended|required|described)\b|had\s+no\s+(?:signal|indication|warning|sign)\b|(?<!\bknew\b[^.;]{0,60})(?:was|were|had)\s*(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:given|granted|shown|trained\s+on)\b|\bnot\s+(?:asking|looking\s+for)\s+(?:who|a\s+name|names)\b|\bnot\s+to\s+(?:name|blame|single\s+out|identify)\s+(?:individuals|people|anyone|names|engineers|staff)\b|\bnot\s+because\s+of\s+anything\s+(?:he|she|they|you)\s+did\b|\bwithout\s+(?:that|this|him|her|them|it)\s*,?\s+we['’]d\s+have\b|(?<!\b(?:instead\s+of|not|never|rather\s+than|unlike)\b[^.;]{0,60})\b(?:like|as|per)\s+the\s+(?:procedure|runbook|sop|checklist|playbook|manual|docs?|documentation|process|work\s+instruction)\s+(?:says|said|requires|required|describes|described|tells?|told)\b|\bon\s+call\s+(?:for\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|nights|weeks)\s+(?:straight|running|in\s+a\s+row)\b|\b(?:staffing|rota|rostering)\s+problem\b|\bnot\s+an?\s+(?:attention|individual|people|person)\s+problem\b|\bnot\s+a\s+(?:root[\s-]cause|blame)\s+(?:assignment|attribution)\b|\bwho(?:se)?\b[^.;]{0,40}?[:,]\s*it\s+(?:doesn['’]t|does\s+not)\s+matter\b|\b(?:doesn['’]t|does\s+not|didn['’]t|did\s+not)\s+matter\s+who\b|\bhindsight\s+makes\b|\bwill\s+(?:now\s+|also\s+)?(?:update|add|fix|write|own|document|rewrite|improve|automate|rotate|monitor|follow\s+up\s+on)\s+(?:it|them|this|that|the\s+[\w-]+)\b(?![^.;]*\b(?:again|never|probably|hopefully|this\s+time|for\s+once|finally|maybe)\b)|\bany(?:one|body)\s+(?:[\w-]+\s+){0,3}(?:would|could)\s+have\s+(?:guessed|done\s+the\s+same|made\s+the\s+same\s+(?:call|choice|mistake))\b|had\s+no\s+reason\s+to\s+(?:expect|suspect|know|think|believe|doubt|question|check|look)|(?:take|takes|taking|took)\s+(?:(?:tomorrow|today|the|a|some|next|this|time|day|days|week|morning|afternoon|break|\p{L}+day)\s+){1,3}off|psychological(?:ly)?\s+safe(?:ty)?|(?:no\s*-?\s*one|nobody)\s+is\s+(?:upset|angry|mad|annoyed|cross)\s+with\s+(?:you|him|her|them)|hard\s+to\s+expect\s+any(?:one|body)\s+to|alarm\s+fatigue|shouldn['’]t\s+have\s+been\s+(?:that|so)\s+easy\s+to|(?:opinions|thoughts|ideas|input)\s+(?:very\s+)?welcome|(?:stop|quit|avoid)\s+(?:listing|putting|using|including|recording|writing)\s+names|(?:not\s+looking\s+for|not\s+asking)\s+who\b|(?:didn['’]t|did\s+not|don['’]t|never)\s+cover\b[^.;]*,\s+so\s+we(?:['’]ve|\s+have)\s+(?:now\s+)?(?:added|written|built|introduced)\b|(?:our|the)\s+(?:rota|roster|rostering|schedule|scheduling|staffing|process|system|setup)\s+made\s+(?:that|this|it)\s+(?:situation\s+|mistake\s+|slip\s+)?(?:possible|likely|easy)|(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:consecutive|straight|back-to-back)\s+(?:night\s+|late\s+|double\s+)?shifts?|(?:don['’]?t|do\s+not|never|stop|we\s+don['’]t)\s+name\s+(?:who|the\s+person|people|names|individuals|anyone)|what\s+happened,\s+not\s+who|about\s+ownership,\s+not\s+(?:quality|skill|competence|care)|(?:stop|quit|avoid|stopped|no\s+longer)\s+asking\s+['‘"“]?(?:who|whose)\b|(?:nobody|no\s*-?\s*one)(?:\s+(?:on|in|at|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:knew|had\s+known|was\s+aware)\b(?![^.;]*\b(?:because|since|as)\s+(?:he|she|they|\p{Lu}\p{Ll}+)\b)|any(?:one|body)\s+would\s+have\s+[^.;]{0,60}\bwith\s+(?:that|this|the|such\s+an?)\s+(?:[\w-]+\s+){0,2}(?:ui|screen|layout|design|label|labelling|labeling|interface|form|dialog|prompt|setup|tooling|wording)\b|(?:near[-\s]?miss|incident|safety|error|hazard)\s+report(?:s|ing)\b[^.;]{0,60}\b(?:went\s+up|rose|increased|doubled|tripled|grew)|(?:must|should|needs?\s+to|will)\s+(?:now\s+|also\s+)?be\s+(?:added\s+to|in|part\s+of|included\s+in|listed\s+in|a\s+step\s+in)\s+(?:the|our|every|each)\s+(?:[\w-]+\s+){0,3}(?:checklist|runbook|sop|template|procedure|playbook|pipeline|test\s+plan|suite|work\s+instruction)|(?:the|that|this|its|our)\s+(?:[\p{L}-]+\s+){0,3}(?:lied|failed|misled\s+(?:her|him|them|us)|was\s+wrong|got\s+it\s+wrong),\s+(?:she|he|they|we|\p{L}+)\s+(?:didn['’]t|did\s+not|wasn['’]t|was\s+not|weren['’]t|were\s+not)(?=\s*[.!]?\s*$)|without\s+fear\b|\bas\s+(?:intended|designed)(?=\s*[.!]?\s*$)|\bmade\s+(?:people|engineers|everyone|staff|the\s+team)\s+(?:go\s+quiet|afraid|scared|defensive|hide\s+\w+|stop\s+reporting)\b|(?:nobody|no\s*-?\s*one)\s+had\s+(?:a|any)\s+reason\s+to\b|\bany(?:one|body)\s+would\s+have\s+(?:trusted|believed|clicked|read\s+it\s+the\s+same\s+way|done\s+it)\b|\bfollowed\s+(?:the\s+)?(?:doc|docs|documentation|runbook|procedure|checklist|sop|instructions|playbook|guide)\s+(?:exactly|to\s+the\s+letter|as\s+written|step\s+by\s+step)\b|^\s*(?:owners?|assignee|assigned\s+to|due|dri)\s*:\s*[^.;,!?]{1,60}?(?=[.]?\s*$)|\bbefore\s+(?:anyone|we|people|somebody|someone)\s+(?:draws?|jumps?\s+to)\s+(?:any\s+)?conclusions\b|\bask(?:ing)?\s+(?:them|him|her|people|the\s+author|the\s+engineer)\s+(?:how|what)\b[^.;]*,\s*not\s+why\b|^\s*i\s+(?:was|am)\s+the\s+one\s+who\b|\b(?:was|were)\s+(?:told|assured|informed)\s+(?:by\s+[^,.;]+?\s+)?(?:that\s+)?(?:the|it|this|their|her|his)\b(?![^.;]*\b(?:but|and\s+still|ignored|anyway|twice|again|several|multiple|repeatedly|times|yet|regardless)\b)|(?<!\b(?:thought|thinks|think|believed|felt|claimed|insisted)\b[^,;.]{0,40})\bmade\s+(?:a\s+|the\s+)?(?:perfectly\s+|entirely\s+|quite\s+)?(?:reasonable|sensible|defensible|understandable)\s+(?:call|choice|decision|judgement|judgment|trade-?off|assumption)\b|\bwith\s+what\s+(?:he|she|they|we|\p{Lu}\p{Ll}+)\s+(?:could\s+see|knew|had\s+(?:in\s+front\s+of\s+(?:him|her|them|us)|at\s+the\s+time))|\b(?:said|says|told\s+(?:us|me|the\s+team)|admitted|shared)\s+(?:in\s+the\s+[\p{L}-]+\s+)?(?:that\s+)?(?:he|she|they)\s+(?:felt|feels|was\s+feeling)\s+(?:awful|terrible|bad|guilty|responsible|sick|dreadful)\s+about\b|safe\s+to\s+(?:admit|say|report|speak\s+up|raise))\b/iu;

/**
 * Thanks and credit ("Huge thanks to Bruno, who found the leak", "Thank you to the networking team for
 * the fast help"), unless it turns ("for trying, but …", "for at least turning up this time", "even if …", "for the surprise schema change",
 * "Thanks a lot, Raj. 🙄", scare quotes): the blameless way to name people.
 */
const GRATITUDE = /^\s*(?:(?:huge|big|many|special|a\s+big|a\s+huge)\s+)?(?:thanks|thank\s+you|kudos|shout-?out|props|hats\s+off|credit\s+(?:to|goes\s+to)|(?:nicely|well)\s+done|(?:great|good|nice|solid)\s+(?:work|job|catch|call|teamwork)|(?:so|how|very|really)\s+(?:kind|nice|good|generous|thoughtful|lovely|sweet|considerate)\s+of)\b(?!\s+to\b[^,]*?['’]s\b)(?![^,]*,\s*(?!and\b)\p{L}+\s+(?:was|were|is|are|went|got|had|took|crashed|failed|broke)\b)/iu;
const TURNED = /\b(?:but|though|although|even\s+if|even\s+though|shame|however|next\s+time|at\s+least|this\s+time|for\s+once|finally|only\s+took|another\s+(?:[\w-]+\s+)?(?:outage|incident|expired|broken|failed|failure|bug|regression|sev\d?|page|mess|rollback)|keeping\s+us\s+on\s+our\s+toes|,\s*really\b|takes\s+talent|(?:take|takes|taking|took|taken)\s+(?:[\w-]+\s+){1,4}down|whoever\s+(?:decided|thought|chose|approved|signed\s+off)|trying|tried|a\s+lot|surprise|unscheduled|usual|careless\w*|chaos|take\s+down|took\s+down|broke|break\w*|turn(?:ing|ed)\s+off|disabl\w*|delet\w*|wip(?:ed|ing)|what\s+happens|very\s+helpful|really\s+appreciated|appreciated\s+by|brand-new|new\s+way|for\s+telling|for\s+nothing)\b|[\u{1F644}\u{1F612}\u{1F643}\u{1F44F}\u{1F624}\u{1F621}]|(?:^|\s)['‘][^'’]+['’]/iu;

/** Thanks that do not turn ("Great job by the mobile team shipping …"), which the model is not asked about. */
export function unturnedThanks(sentence: string): boolean {
  return GRATITUDE.test(sentence) && !TURNED.test(sentence);
}

/** Whether the sentence says, the blameless way, that no one is to blame or what someone could not know. */
export function saysBlamelessly(sentence: string): boolean {
  return BLAMELESS_SAYING.test(sentence);
}

/** Whether the model is asked about the sentence at all (not when it says something the blameless way). */
export function modelMayJudge(sentence: string): boolean {
  return !saysBlamelessly(sentence) && !unturnedThanks(sentence);
}

export function modelFinds(sentence: string, people: PeopleIndex, with_: BlameModel = model): boolean {
  return modelMayJudge(sentence) && blameScore(sentence, people, with_) >= with_.threshold;
}
