/**
 * The words the blameless check knows by meaning: who can be blamed (roles and groups), what
 * counts as a failure when a person is its subject, which words judge, which signal hindsight.
 * The tagger (compromise) tells the parts of speech; these lists say what the words mean here.
 */

/** Nouns that stand for a person when they head a subject ("the on-call engineer", "the DBA"). */
export const ROLE_NOUNS = new Set([
  'engineer', 'developer', 'dev', 'programmer', 'coder', 'tester', 'reviewer', 'approver', 'author', 'committer',
  'manager', 'lead', 'operator', 'admin', 'administrator', 'dba', 'sre', 'architect', 'analyst', 'intern',
  'contractor', 'consultant', 'assignee', 'owner', 'on-call', 'oncall', 'on-caller', 'responder', 'releaser',
  'deployer', 'designer', 'maintainer', 'employee', 'colleague', 'teammate', 'guy', 'person', 'staff', 'newbie',
  'junior', 'senior', 'qa', 'captain', 'engineering manager', 'techlead', 'pm', 'po', 'scrum master', 'approver',
  'support engineer', 'specialist', 'technician', 'tech', 'sysadmin', 'programmer', 'coordinator', 'member',
  'commander', 'officer', 'director', 'head', 'executive', 'vp', 'cto', 'ceo', 'cio', 'chief', 'deployer', 'on-call',
  'hire', 'new hire', 'joiner', 'joinee', 'starter', 'signer', 'signatory',
  // Roles in formal and public-sector reports ("the Deputy Registrar", "the duty nurse").
  'registrar', 'clerk', 'auditor', 'custodian', 'nurse', 'clinician', 'pharmacist', 'dispatcher', 'accountant',
  'cashier', 'teller', 'receptionist', 'secretary', 'adviser', 'advisor', 'trader', 'planner',
  'scientist', 'researcher', 'postdoc', 'wrangler', 'statistician', 'physician', 'doctor', 'surgeon', 'paramedic',
  'moderator', 'copywriter', 'journalist', 'vet', 'veterinarian', 'signaller', 'signalman', 'inspector',
  'supervisor', 'underwriter', 'caseworker', 'midwife', 'radiographer', 'therapist', 'technologist', 'phlebotomist', 'liaison',
  'brewer', 'cellarman', 'stillman', 'stillmen', 'distiller', 'maltster', 'backtender', 'agronomist', 'scheduler-admin', 'crew-scheduler', 'projectionist', 'usher', 'editor', 'subeditor', 'liftie', 'lifty', 'librarian', 'pilot', 'attendant', 'mechanic', 'foreman', 'dj', 'presenter', 'announcer', 'aquarist', 'editor-in-chief', 'inker', 'colorist', 'colourist', 'letterer', 'freelancer', 'assigner', 'referee', 'chemist', 'patroller', 'electrician', 'bailiff',
  'volunteer', 'lifeguard', 'caretaker', 'steward', 'ranger', 'concierge', 'porter', 'janitor', 'warden', 'beekeeper', 'locksmith', 'instructor', 'groundskeeper', 'timetabler', 'rosterer',
].flatMap((n) => [n, `${n}s`]));

/** Nouns that stand for a group of people when they head a subject ("the backend team", "Ops"). */
export const GROUP_NOUNS = new Set([
  'team', 'teams', 'squad', 'squads', 'department', 'dept', 'desk', 'crew', 'ops', 'devops', 'sres', 'qa', 'engineering', 'support',
  'management', 'security', 'infra', 'infrastructure', 'dbas', 'devs', 'developers', 'testers', 'operations',
  'product', 'sales', 'marketing', 'offshore', 'vendor', 'contractors', 'procurement', 'finance', 'legal', 'compliance', 'hr', 'board', 'committee', 'cab', 'group', 'groups', 'folks', 'guys', 'people',
  'org', 'organisation', 'organization', 'division', 'unit', 'staff', 'crew', 'function', 'backend', 'frontend', 'office', 'offices', 'shift', 'shifts', 'helpdesk', 'servicedesk',
]);

/** Roles whose names are also tools' ("the planner should have blocked …"), as a regular-expression alternation. */
export const TOOLS_NAMED_LIKE_ROLES = 'planner|scheduler|allocator|dispatcher';

/** What a board is when these come before it ("the bed board", "the status board"): a thing, not a body of people. */
export const THING_BOARD = /^(?:release|status|kanban|scrum|sprint|task|project|jira|bed|wall|white|black|grafana|dev|red|dispatch|departures?|arrivals?|discharge|planning|message|notice|dash|circuit|key|tracking|ops|team|incident|on-call|rota|schedule|sign-?in|tote|bingo|score|leader|order|job|cutting|drawing|bulletin|mother|switch|sound|control|display|routing|production|pin|cork)$/u;

/** Other companies whose things ("the vendor's advisory email") are things, not a person's, as an alternation. */
export const COMPANY_OWNERS = String.raw`vendor|supplier|partner|carrier|provider|manufacturer`;

/** People the app's users serve, not its staff ("Customers reported errors" is not about the team), and machines the tagger reads as people ("both hosts had the same prompt"). */
export const NOT_STAFF = new Set(['customer', 'customers', 'user', 'users', 'tenant', 'tenants', 'client', 'clients', 'visitor', 'visitors', 'shopper', 'shoppers', 'buyer', 'buyers', 'worker', 'workers', 'subscriber', 'subscribers', 'caller', 'callers', 'consumer', 'consumers', 'producer', 'producers', 'host', 'hosts', 'runner', 'runners', 'driver', 'drivers', 'controller', 'controllers', 'publisher', 'publishers', 'listener', 'listeners', 'handler', 'handlers', 'scheduler', 'schedulers', 'replica', 'replicas', 'follower', 'followers', 'primary']);

/** Pronouns that stand for a person. "we" and "I" speak for the writer and are judged like the others. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'someone', 'somebody', 'whoever', 'i', 'we', 'you', 'they', 'anyone', 'everyone', 'him', 'her']);

/** Subjects that say no one did anything: "Nobody was paged" is a fact, not blame. */
export const NO_ONE = new Set(['nobody', 'no one', 'no-one', 'none']);

/** Verbs that describe a failure when a person is their subject (infinitives). */
export const FAILURE_VERBS = new Set([
  'miss', 'overlook', 'ignore', 'forget', 'neglect', 'skip', 'break', 'botch', 'misconfigure', 'mishandle', 'misread',
  'misjudge', 'mislabel', 'mistype', 'misuse', 'misspell', 'disregard', 'bungle', 'fumble', 'crash', 'corrupt', 'wreck',
  'ruin', 'omit', 'bypass', 'circumvent', 'overwrite', 'wipe', 'rush', 'mess', 'neglect', 'mismanage', 'misroute',
  'override', 'leak',
]);

/** "X forgot to / failed to run" — the omitted action is the verb after "to". */
export const FAILED_TO_VERBS = new Set(['forget', 'fail', 'neglect', 'refuse', 'omit']);

/** Verbs whose "did not" is a state, not an omission ("We did not have a runbook"). */
export const STATIVE_VERBS = new Set([
  'have', 'know', 'need', 'expect', 'realise', 'realize', 'understand', 'exist', 'see', 'think', 'believe', 'want',
  'own', 'get', 'hear', 'seem', 'appear', 'mean', 'matter', 'recall', 'remember', 'notice',
]);

/** Verbs that mend or report a problem: a defect in their object is not the person's failure. */
export const REMEDIAL_VERBS = new Set([
  'fix', 'repair', 'revert', 'roll', 'replace', 'remove', 'find', 'spot', 'notice', 'report', 'flag', 'detect', 'catch',
  'identify', 'investigate', 'diagnose', 'debug', 'reproduce', 'escalate', 'page', 'restore', 'patch', 'quarantine',
  'disable', 'isolate', 'confirm', 'document', 'describe', 'log', 'raise', 'file', 'discover', 'trace', 'analyse',
  'analyze', 'review', 'test', 'ask', 'explain', 'mention', 'warn', 'alert', 'tell', 'see', 'watch', 'monitor',
  'restart', 'rerun', 're-run', 'retry', 'reboot', 'stabilise', 'stabilize', 'triage', 'address', 'resolve', 'handle',
  'rewrite', 'redeploy', 'refresh', 'rotate', 'recover', 'rescue', 'clean', 'tidy', 'rework', 'redesign', 'reroute',
  // Checking a fix, or working round the failure: "verified it against a replay of the failing traffic",
  // "arranged a paper-based fallback within forty minutes of the software failing".
  'verify', 'validate', 'replay', 'arrange', 'mitigate', 'contain',
  // Looking into what happened: "We focus on how the tooling made the bad config look safe".
  'focus', 'examine', 'study', 'discuss', 'consider', 'understand', 'learn', 'look',
  // A position on a proposal: "I agree with Kofi's proposal to … instead of …".
  'agree', 'disagree', 'propose', 'suggest', 'support', 'recommend', 'endorse', 'prefer',
]);

/** Mockery tacked on the end of a line ("…, well done", "… lmao"), as a regular-expression alternation. */
export const MOCKING_ASIDES = String.raw`smh|lol|lmao|rofl|nice\s+one|(?:great|good|nice)\s+(?:job|work)|well\s+done|bravo|genius`;

/** Adjectives that make an object a defect ("pushed a broken config"). */
export const DEFECT_ADJECTIVES = new Set([
  'broken', 'bad', 'buggy', 'faulty', 'wrong', 'incorrect', 'untested', 'invalid', 'corrupt', 'corrupted',
  'misconfigured', 'erroneous', 'defective', 'flawed', 'half-finished', 'unreviewed', 'unvalidated', 'failing',
  'breaking',
]);

/**
 * Words that judge people, each with a neutral word that keeps the sentence's grammar (adjective for
 * adjective, noun phrase for noun, adverbial for adverb).
 */
export const JUDGEMENT_ADJECTIVES: Record<string, string> = {
  careless: 'unchecked', negligent: 'unchecked', reckless: 'unchecked', sloppy: 'incomplete', lazy: 'incomplete',
  incompetent: 'insufficient', stupid: 'avoidable', dumb: 'avoidable', idiotic: 'avoidable', foolish: 'avoidable',
  irresponsible: 'unguarded', inexcusable: 'avoidable', unprofessional: 'unguarded', clueless: 'unsupported',
  boneheaded: 'avoidable', rookie: 'avoidable', shoddy: 'incomplete', amateurish: 'incomplete', inattentive: 'unsupported',
  thoughtless: 'unchecked', sloppier: 'less complete', lazier: 'less complete', embarrassing: 'avoidable',
  shameful: 'avoidable', pathetic: 'insufficient', hopeless: 'insufficient', useless: 'insufficient',
  unforgivable: 'avoidable', inexcusably: 'avoidably', unacceptable: 'avoidable', 'fat-fingered': 'mistyped',
};
/** "lazy loading", "lazy initialization": the engineering term, not a judgement. */
export const JUDGEMENT_TECH = /\blaz(?:y|ily)[\s-]+(?:load|loaded|loading|init|initiali[sz]ation|initiali[sz]ed|evaluation|evaluated|import|imports|instantiation|sequence|list|val|property|properties|queue|cache)\b|\blazily\s+(?:load|loaded|initiali[sz]ed|evaluated|computed)\b/iu;
/** Verb forms the tagger reads as verbs that are nouns inside a noun phrase ("the staging deploy", "the lag check"). */
export const NOUNISH_VERBS = new Set(['uplift', 'deploy', 'check', 'test', 'review', 'update', 'release', 'build', 'run', 'change', 'fix', 'rollout', 'backup', 'install', 'upgrade', 'import', 'export', 'push', 'merge', 'scan', 'restart', 'lag', 'cutover', 'failover', 'rollback', 'sync', 'switch', 'load', 'dump', 'patch', 'alert', 'page', 'report', 'request', 'job', 'script', 'rebuild', 'redeploy', 'reindex', 'refresh', 'cleanup', 'setup', 'login', 'signup', 'checkout', 'lookup', 'handover', 'handoff', 'shutdown', 'startup', 'rerun', 'retry', 'restore', 'drill', 'audit', 'freeze', 'contract', 'record', 'message', 'key', 'log', 'query', 'schedule', 'process', 'limit', 'flag']);
export const JUDGEMENT_NOUNS: Record<string, string> = {
  carelessness: 'a missing safeguard', negligence: 'a missing safeguard', recklessness: 'a missing safeguard',
  laziness: 'a gap in the process', sloppiness: 'inconsistency', incompetence: 'a skills or support gap', stupidity: 'a missing safeguard',
  complacency: 'a missing safeguard', inattention: 'a missing safeguard', 'poor judgement': 'the information available', 'lapse in judgement': 'a gap in the process', 'lapse of judgement': 'a gap in the process', 'error of judgement': 'a decision made with the information available',
  'insufficient attention to detail': 'a missing check', 'poor attention to detail': 'a missing check', 'insufficient attention': 'a missing safeguard',
  'lack of experience': 'limited experience', inexperience: 'limited experience', 'lack of care': 'a missing safeguard',
  'lack of attention to detail': 'a missing check', 'lack of attention': 'a missing safeguard', 'lack of skill': 'a skills or support gap', 'lack of knowledge': 'a knowledge gap',
  'poor judgment': 'the information available', 'bad judgement': 'the information available', 'bad judgment': 'the information available',
  misjudgement: 'judgement', misjudgment: 'judgement',
};
export const JUDGEMENT_ADVERBS: Record<string, string> = {
  // ('' : the adverb goes with nothing in its place; readers took "without a safeguard" for a claim.)
  carelessly: '', negligently: '', recklessly: '',
  sloppily: 'inconsistently', lazily: 'partially', stupidly: '', thoughtlessly: '',
  blindly: 'without a check',
};



/** Participles the tagger conjugates wrongly or not at all. */
export const PARTICIPLE_OF: Record<string, string> = {
  run: 'run', rerun: 'rerun', come: 'come', become: 'become', overcome: 'overcome', begin: 'begun', go: 'gone', do: 'done',
  see: 'seen', take: 'taken', give: 'given', show: 'shown', know: 'known', grow: 'grown', throw: 'thrown', draw: 'drawn',
  fly: 'flown', wear: 'worn', tear: 'torn', get: 'got', read: 'read', eat: 'eaten', drive: 'driven', ride: 'ridden',
  write: 'written', forget: 'forgotten', break: 'broken', choose: 'chosen', hide: 'hidden', speak: 'spoken', steal: 'stolen',
  shake: 'shaken', mistake: 'mistaken', overtake: 'overtaken', undertake: 'undertaken', overlook: 'overlooked',
  let: 'let', set: 'set', put: 'put', cut: 'cut', hit: 'hit', shut: 'shut', hurt: 'hurt', split: 'split', spread: 'spread',
  tell: 'told', sell: 'sold', send: 'sent', spend: 'spent', build: 'built', leave: 'left', lose: 'lost', make: 'made',
  catch: 'caught', teach: 'taught', buy: 'bought', think: 'thought', bring: 'brought', find: 'found', hold: 'held',
  keep: 'kept', pay: 'paid', say: 'said', stand: 'stood', understand: 'understood', win: 'won', ship: 'shipped',
};

/** Titles written before a name ("Mr Connor Walsh", "Dr. Osei"), as a regular-expression alternation. */
export const TITLES = 'mr|mrs|ms|miss|mx|dr|prof';

/** Tools named like people: never a person as a subject. */
export const TOOL_NAMES = new Set(['raspberry', 'pi', 'arduino', 'jenkins', 'travis', 'hudson', 'ansible', 'chef', 'puppet', 'kafka', 'cassandra', 'sentry', 'grafana', 'prometheus', 'jarvis', 'alexa', 'siri', 'watson', 'dependabot', 'renovate', 'hubot']);

/**
 * "once again", "as usual": saying an event happened before, which lays a pattern on whoever the
 * sentence is about, wherever it stands.
 */
export const HABIT_MARKERS = String.raw`once\s+again|yet\s+again|as\s+usual|as\s+always|as\s+per\s+usual|as\s+is\s+(?:now\s+)?(?:tradition|customary)|true\s+to\s+form`;

/**
 * The habit markers and "once more", which says the same only where it stands apart: opening the
 * sentence, or set off by commas ("We tried once more." is plain). One list for the rules that read
 * repetition (openers, asides, tails, lone sentences); each adds only what its position allows.
 */
export const REPETITION_MARKERS = String.raw`${HABIT_MARKERS}|once\s+more`;

/** What a release verb acts on when no object is said ("pushed to prod without review": a change was; "signed off without looking": the build was). */
export const IMPLIED_OBJECT: Readonly<Record<string, string>> = {
  deploy: 'a change', push: 'a change', merge: 'a change', commit: 'a change', ship: 'a release', release: 'a release',
  hotfix: 'a fix', 'force-push': 'a change', 'force-merge': 'a change', approve: 'the change', apply: 'a change',
  promote: 'the build', launch: 'the flight', publish: 'a change', 'roll out': 'a change', 'sign off': 'the build',
};

/**
 * Waiting for the one who did it to confess: "Nobody has owned up yet.", "until whoever left it open
 * comes forward", "can the person who changed the tolerance please step forward". It looks for a culprit, as a sanction does.
 */
export const CONFESSION_SOUGHT = /\b(?:(?:nobody|no\s*-?\s*one)(?:\s+(?:on|in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+(?:side|team|squad|desk))?)?\s+has\s+(?:yet\s+)?(?:owned\s+up|come\s+forward|admitted\s+(?:to\s+)?(?:it|this|that|doing\s+it))(?=\s*(?:yet\b|[.!?]*\s*$))|(?:until|till)\s+(?:someone|somebody|whoever\s+(?:[\p{L}-]+\s+){0,3}?)(?:owns\s+up|comes\s+forward|admits\s+(?:to\s+)?it)|(?:whoever|someone|somebody)\s+(?:[\p{L}-]+\s+){1,4}?(?:should|needs\s+to|must|has\s+to|had\s+better)\s+(?:own\s+up|come\s+forward|admit\s+(?:to\s+)?it)|(?:still\s+)?waiting\s+for\s+(?:someone|somebody|whoever\s+(?:[\p{L}-]+\s+){0,4}?)\s*to\s+(?:own\s+up|come\s+forward|admit\s+(?:to\s+)?it)|(?:the\s+(?:person|people|one|ones)|someone|somebody)\s+who\s+[^.?!]{1,100}?\s+(?:please\s+)?(?:step|come)\s+forward)\b/iu;

/**
 * Kept away by other work: "… because he was still out on the water securing the longline", "because she
 * was on another call". No failing of theirs; the model is not asked about it either.
 */
export const KEPT_AWAY = /\bbecause\s+(?:he|she|they)\s+(?:was|were)\s+(?:still\s+|already\s+)?(?:out\s+on\s+(?:the\s+)?(?:water|site|road|floor|line|ice|a\s+call)|on\s+(?:another|a\s+different|the\s+other)\s+(?:call|incident|job|site|ward|line)|in\s+(?:surgery|theatre|the\s+air|a\s+(?:call|meeting|dive))|(?:handling|securing|working\s+on|dealing\s+with|responding\s+to|treating|evacuating|rescuing|helping|covering)\s)/iu;

/**
 * A sanction called for with no one named ("There must be consequences for this.", "This can't go
 * unpunished.", "Recommend suspension.", "She needs retraining."). Not consequences as effects ("there
 * will be consequences for customers if the batch is late"), nor the retraining of a model ("retrain
 * them weekly" may be the classifiers).
 */
export const SANCTION_CALLED_FOR = /\b(?:there\s+(?:should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to|will\s+have\s+to)\s+be\s+(?:real\s+|serious\s+|some\s+)?consequences|we\s+need\s+(?:to\s+(?:talk\s+about|discuss)\s+|some\s+|real\s+)?consequences|consequences\s+(?:are|were)\s+(?:needed|required|warranted|due))\b(?!\s+(?:for|to|on)\s+(?:the\s+|our\s+)?(?:customers?|users?|clients?|patients?|guests?|riders?|system|service|data|business|budget|schedule)\b)|\b(?:recommend(?:ing|ed)?|propos(?:e|ing|ed)|suggest(?:ing|ed)?|request(?:ing|ed)?)\s+(?:an?\s+)?(?:immediate\s+)?(?:suspension|dismissal|demotion|(?:official|formal)\s+warning)\b|\b(?:recommend(?:ing|ed)?|propos(?:e|ing|ed)|suggest(?:ing|ed)?)\s+(?:that\s+we\s+)?(?:not\s+renew(?:ing)?|terminat(?:e|ing)|end(?:ing)?|cancel(?:l?ing)?)\s+(?:their|his|her|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?['’]s?)\s+contract\b|\b(?:warned|reprimanded)\s+officially\b|\bretrain\s+(?:him|her)\b|\b(?:he|she)\s+(?:needs?|has\s+to|must|should)\s+(?:be\s+retrained|retraining)\b/iu;

/** A punishment wished for: "This can't go unpunished." (not a blameless review's "mistakes go unpunished"). */
export const UNPUNISHED = /\bunpunished\b/iu;

/**
 * Asking for the name of who did it: "I want a name on this.", "We need a name for the regulator.",
 * "Let's name names.", "Own up.", "fess up pls". (Not "we need a name for the new queue".)
 */
export const NAME_SOUGHT = /\b(?:we|i)\s+(?:need|want|have)\s+to\s+know\s+who\s+(?:did|caused|broke|pushed|approved|ran|released|deleted)\b|\b(?:i|we)\s+(?:want|need|would\s+like|['’]d\s+like)\s+(?:a\s+|the\s+)?names?(?=\s*(?:[.!?,;]|$|on\s+(?:this|it|that)\b|here\b|for\s+(?:the\s+|this\s+|our\s+)?(?:report|regulator|board|record|post-?mortem|write-?up|incident\s+report|timeline|minutes|file)\b))|\blet['’]?s\s+name\s+(?:names|them|the\s+(?:person|people|culprits?))\b|(?:^\s*|[,;:—–-]\s*|\.\s+)(?:(?:so|ok|okay|please|just|now|come\s+on)[,]?\s+)?(?:own|fess)\s+up\b|\b(?:own|fess)\s+up\s+(?:pls|please|already)\b/iu;

/**
 * Punishment of people: "disciplinary proceedings", "a formal written warning", "HR to be informed",
 * "noted in her performance review", "should have been fired years ago", "make Hannah write the apology email", "docked a day's pay", "what consequences will there be for them", "anyone who pushes firmware outside the change
 * window pays for the call centre overtime". (The HR system, export or roster is a thing, not a sanction.)
 */
export const PUNISHMENT = /\b(?:(?:recommend\w*|propos\w*|suggest\w*|ask\w*)\s+(?:that\s+)?[^.;]{2,60}?\s+be\s+(?:removed|taken\s+off|stood\s+down|suspended|banned)\s+from\b|circulated\s+to\s+(?:all\s+)?(?:staff|the\s+team|everyone|the\s+whole\s+\w+)\s+as\s+an?\s+(?:example|warning|lesson)|(?:(?:should|ought\s+to)\s+have\s+been|to\s+be)\s+(?:fired|sacked|let\s+go)\s+(?:years|months|weeks|long)\s+ago|disciplin(?:ary|ed)\s*(?:action|review|proceedings?|matter|steps?|follow-?up|measures?|hearing|process|consequences?)?|(?:written|formal|final|verbal)\s+warnings?|remedial\s+training|before\s+being\s+allowed\s+back\b|(?:formal(?:ly)?\s+)?reprimand(?:ed|s)?|(?:notify|inform|involve|loop\s+in|escalate\s+(?:\S+\s+){0,6}?to|refer(?:red)?\s+to|consult|copy|cc)\s+(?:hr|human\s+resources)\b|(?:hr|human\s+resources)\s+(?:(?:to\s+be|has\s+been|have\s+been|was|were|will\s+be|should\s+be|must\s+be|is\s+being)\s+)?(?:notified|informed|looped\s+in|involved|consulted|copied)|copy\s+to\s+hr|performance\s+(?:reviews?|improvement\s+plan)|annual\s+review|personnel\s+file|write\s+(?:him|her|them)\s+up|write\s+up\s+(?!(?:the|a|an|our|this|that|these|those|its|their|some|any|notes?|docs?)\b)(?:[\p{L}'’-]+\s+){1,3}for\s+(?:leaving|not|failing|missing|skipping|ignoring|forgetting|breaking|bypassing|neglecting|being)|(?:issue|give)\s+(?:[\p{L}'’-]+\s+){1,3}a\s+write-?up|removal\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:rota|rotation|roster|on-?call)|(?:stop|not|don['’]t|cease)\s+renewing\s+(?:their|his|her|the)\s+contract|terminat(?:e|ing)\s+(?:their|his|her|the)\s+contract|(?:at|in|into|for)\s+(?:the\s+|their\s+|his\s+|her\s+|next\s+)?appraisals?(?:\s+time)?|with\s+consequences\s+if\s+(?:it\s+(?:is|happens)\s+)?(?:repeated|again)|\bconsequences?\s+(?:will\s+there\s+be\s+|there\s+will\s+be\s+)?for\s+(?:them|him|her|the\s+(?:developer|engineer|person|team|operator))\b|\b(?:anyone|whoever|everyone)\b[^.]{0,80}?\bpays?\s+for\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:overtime|damages?|costs?|refunds?|pizzas?|drinks|beers?|coffees?|donuts|doughnuts)\b|dock(?:ed|ing)?\s+(?:(?:a|an|one|their|his|her)\s+)?(?:(?:day|week|hour|month)['’]s\s+)?pay|pay\s+(?:docked|cut)|make\s+(?:[\p{L}'’-]+\s+){1,2}(?:write|send|issue|record|deliver)\s+(?:the\s+|an?\s+|personal\s+|a\s+personal\s+)?apolog\p{L}*)\b/iu;

/** How a catch was made, asked: "how did you spot it?" (what to learn from, not a failure). */
export const CATCH_ASKED = /^how\s+did\s+(?:you|she|he|they|\p{Lu}\p{Ll}+)\s+(?:spot|catch|notice|find|see|figure\s+out|work\s+out|detect|diagnose)\s+(?:it|that|this|the\s+[\p{L}\s-]{1,30})\s*\?*$/iu;

/** What a person knew when they acted, asked after: the local rationality a review wants. */
export const CONTEXT_SOUGHT = /\b(?:work\s+out|understand|figure\s+out|find\s+out|know|see)\s+what\s+(?:info(?:rmation)?|data|context)\s+(?:they|he|she|\p{Lu}\p{Ll}+)\s+had\s+(?:when|before|as)\s+(?:they|he|she|\p{Lu}\p{Ll}+)\s+\p{L}+\b(?![^.;]*\b(?:anyway|still|again)\b)/iu;

const BLAME_ONLY_LEAD = String.raw`(?:(?:honestly|frankly|yeah|yes|sorry(?:\s+but)?|so|well|look|let['’]s\s+be\s+(?:real|honest|clear)|to\s+be\s+(?:clear|honest|fair)|of\s+course|clearly|and|but|ok|okay|tbh|(?:embarrassing|careless|sloppy|lazy|unacceptable|inexcusable|reckless),?\s+and)[,:]?\s+)*`;
const WHO = String.raw`[^,.;:!?]{1,40}?`;
/** What a verdict adds that says no fact: ", full stop", "and the report should say so". */
const BLAME_ONLY_TAIL = String.raw`(?:,?\s+(?:and\s+)?(?:the\s+(?:report|post-?mortem|write-?up|doc|rca)\s+(?:should|must|needs\s+to)\s+say\s+so|full\s+stop|period|plain\s+and\s+simple|end\s+of\s+story|(?:it\s+has\s+|it\s+had\s+)?nothing\s+to\s+do\s+with\s+(?:the\s+)?[^,.;:!?]{1,40}|not\s+(?:the\s+)?(?:software|system|systems|tool|tooling|process|vendor|code|app|platform)))?`;

/**
 * A sentence that only says whom the failure is on: "Yeah, that's on Anders.", "Honestly the payments team is
 * to blame here.", "Fault lies squarely with the O&M contractor.", "Ben's fault.", "Our sub-editor was sloppy.",
 * "Of course it was the contractors." Beside the restated act it says nothing the rewrite lost; a
 * twenty-fifth reader found such sentences left next to it.
 */
export const BLAME_ONLY = new RegExp(String.raw`^\s*${BLAME_ONLY_LEAD}(?:(?:this|that|it)(?:\s+one)?(?:['’]s|\s+is|\s+was)\s+(?:all\s+|squarely\s+|entirely\s+|completely\s+|firmly\s+)?(?:on|down\s+to)\s+${WHO}|${WHO}\s+(?:is|are|was|were)\s+(?:entirely\s+|solely\s+|squarely\s+|clearly\s+|fully\s+)?(?:to\s+blame|at\s+fault|the\s+(?:weak\s+link|culprit))(?:\s+here|\s+for\s+(?:this|that|it))?|(?:the\s+)?(?:fault|blame)\s+(?:here\s+)?(?:lies|rests|sits)\s+(?:squarely\s+|entirely\s+|solely\s+|firmly\s+)?with\s+${WHO}|(?:(?:it|this|that)(?:\s+one)?(?:['’]s|\s+is|\s+was)\s+(?:all\s+|entirely\s+|completely\s+|totally\s+)?(?:his|her|their|(?:the\s+)?${WHO}['’]s?)|(?:(?:entirely|all|completely|totally)\s+)?(?:his|her|their|\p{Lu}[\p{L}-]*['’]s?))\s+fault(?:,\s+not\s+(?:the\s+)?[^,.;:!?]{1,30}?)?|of\s+course,?\s+it\s+was\s+(?:the\s+)?${WHO}|${WHO}\s+dropped\s+the\s+ball(?:\s+(?:here|on\s+this|again))?|(?:our|the|their|that)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:is|are|was|were)\s+(?:so\s+|really\s+|just\s+|very\s+|being\s+)?(?:sloppy|careless|lazy|negligent|reckless|incompetent|clueless)|(?:this|that|it)(?:\s+one)?(?:['’]s|\s+is|\s+was)\s+(?:just\s+|plain\s+|simply\s+|pure\s+)?(?:negligence|carelessness|incompetence|laziness|sloppiness|recklessness)(?:,?\s+not\s+an?\s+(?:systems?|process|tooling|technical)\s+(?:issue|problem|failure|gap))?)${BLAME_ONLY_TAIL}\s*[.!]*\s*$`, 'iu');

/** An outcome said to be on someone, by a pronoun: "the crane telemetry gap is on her" (found or not). */
export const OUTCOME_ON_SOMEONE = /^\s*(?:(?:honestly|frankly|yeah|so|and)[,:]?\s+)*(?:this|that|it|the\s+(?:[\p{L}-]+\s+){0,3}(?:gap|outage|incident|failure|miss|mess|loss|delay|problem))(?:['’]s|\s+is|\s+was)\s+(?:all\s+|squarely\s+|entirely\s+)?on\s+(?:him|her|them|you)\s*[.!]*\s*$/iu;

/**
 * When a look back says it would have been seen, kept in the restatement: "With a little more care during review, …"
 * → "… was not spotted during review". Only a stage of the work ("on his part", "in Kubernetes" are not).
 */
export const DURING_REVIEW = /^\s*with\s+[^,]*?\s(during\s+[^,]{1,30}|(?:in|at)\s+(?:the\s+)?(?:code\s+review|review|testing|qa|staging|triage|sign-?off|handover)),/iu;

/** "…, as anyone would have": a miss the writer says anyone would have made, which clears the person. */
export const AS_ANYONE_WOULD = /\bas\s+(?:anyone|anybody|any\s+of\s+us|most\s+people|anyone\s+else)\s+would(?:\s+have|['’]ve)?\b/iu;
