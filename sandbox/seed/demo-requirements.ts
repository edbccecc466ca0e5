/**
 * The demo's requirements and their tests (DESIGN.md section 4b): stories planned for releases 1.4
 * to 1.7 (their fix version), each tested by Test issues linked with the "Test" link type (a test
 * "tests" a story), except where the demo incident's story says otherwise: the search requirements
 * of 1.6 shipped with no test. demo.ts imports them after the bugs and before the action-item tasks,
 * so no incident, story or bug key moves.
 */
export interface Requirement {
  summary: string;
  component: 'Checkout' | 'Payments' | 'Search' | 'Accounts';
  release: '1.4' | '1.5' | '1.6' | '1.7';
  /** How many tests it has. */
  tests: number;
}

export const DEMO_REQUIREMENTS: readonly Requirement[] = [
  { summary: 'Pay with a saved card in one step', component: 'Payments', release: '1.4', tests: 3 },
  { summary: 'Show the delivery date before payment', component: 'Checkout', release: '1.4', tests: 2 },
  { summary: 'Guest checkout without an account', component: 'Checkout', release: '1.4', tests: 2 },
  { summary: 'Password reset by e-mail link', component: 'Accounts', release: '1.4', tests: 1 },
  { summary: 'Split a payment across two cards', component: 'Payments', release: '1.5', tests: 2 },
  { summary: 'Apply a promotion code at checkout', component: 'Checkout', release: '1.5', tests: 2 },
  { summary: 'Sort search results by price', component: 'Search', release: '1.5', tests: 1 },
  { summary: 'Remember the last delivery address', component: 'Accounts', release: '1.5', tests: 0 },
  { summary: 'Find products whatever the accents in the query', component: 'Search', release: '1.6', tests: 0 },
  { summary: 'Suggest products while typing', component: 'Search', release: '1.6', tests: 0 },
  { summary: 'Refund to the original payment method', component: 'Payments', release: '1.6', tests: 2 },
  { summary: 'Order summary e-mail after checkout', component: 'Checkout', release: '1.6', tests: 1 },
  { summary: 'Two-step sign-in', component: 'Accounts', release: '1.6', tests: 2 },
  { summary: 'Filter search results by brand', component: 'Search', release: '1.7', tests: 1 },
  { summary: 'Pay later with an invoice', component: 'Payments', release: '1.7', tests: 0 },
  { summary: 'Save a cart for later', component: 'Checkout', release: '1.7', tests: 1 },
];

/** Days before `now` each release shipped (base.ts's qaVersions); 1.7 is not released. */
export const RELEASED_DAYS_AGO: Record<Requirement['release'], number | null> = { '1.4': 135, '1.5': 80, '1.6': 22, '1.7': null };

/** What each of a requirement's tests checks, in order. */
export const TEST_ASPECTS = ['main path', 'edge cases', 'failure handling'] as const;

/** Xray's built-in test run statuses (https://www.getxray.app/blog/understanding-requirement-and-test-statuses/). */
export type DemoRunStatus = 'TODO' | 'EXECUTING' | 'PASSED' | 'FAILED' | 'ABORTED';

/**
 * The demo's Xray test executions (issues of Xray's "Test Execution" type, fix version = release):
 * per release a regression run of every test so far and a UAT run of the same suite (test
 * environment UAT). They tell the demo incident's story: UAT passed less and less before 1.6
 * (100 %, 84.6 %, 66.7 %), 1.6 shipped with part of its regression not run, and 1.7's UAT has not
 * started. A run's status is `otherwise` unless its test (by summary) is named in `except`.
 */
export interface DemoTestExecution {
  summary: string;
  release: Requirement['release'];
  testEnvironments: string[];
  /** Days before the release (or before now, for 1.7) it was created. */
  daysBeforeRelease: number;
  otherwise: DemoRunStatus;
  except: Record<string, DemoRunStatus>;
}

export const DEMO_TEST_EXECUTIONS: readonly DemoTestExecution[] = [
  { summary: 'Regression run of 1.4', release: '1.4', testEnvironments: [], daysBeforeRelease: 9, otherwise: 'PASSED', except: {} },
  { summary: 'UAT run of 1.4', release: '1.4', testEnvironments: ['UAT'], daysBeforeRelease: 5, otherwise: 'PASSED', except: {} },
  {
    summary: 'Regression run of 1.5', release: '1.5', testEnvironments: [], daysBeforeRelease: 9, otherwise: 'PASSED',
    except: { 'Split a payment across two cards: edge cases': 'FAILED' },
  },
  {
    summary: 'UAT run of 1.5', release: '1.5', testEnvironments: ['UAT'], daysBeforeRelease: 5, otherwise: 'PASSED',
    except: { 'Split a payment across two cards: edge cases': 'FAILED', 'Apply a promotion code at checkout: edge cases': 'FAILED' },
  },
  {
    summary: 'Regression run of 1.6', release: '1.6', testEnvironments: [], daysBeforeRelease: 9, otherwise: 'PASSED',
    except: { 'Refund to the original payment method: edge cases': 'TODO', 'Two-step sign-in: edge cases': 'TODO' },
  },
  {
    summary: 'UAT run of 1.6', release: '1.6', testEnvironments: ['UAT'], daysBeforeRelease: 5, otherwise: 'PASSED',
    except: {
      'Refund to the original payment method: edge cases': 'FAILED',
      'Two-step sign-in: edge cases': 'FAILED',
      'Split a payment across two cards: edge cases': 'FAILED',
      'Apply a promotion code at checkout: edge cases': 'FAILED',
      'Sort search results by price: main path': 'FAILED',
      'Guest checkout without an account: edge cases': 'ABORTED',
    },
  },
  {
    summary: 'Regression run of 1.7', release: '1.7', testEnvironments: [], daysBeforeRelease: 9, otherwise: 'PASSED',
    except: { 'Filter search results by brand: main path': 'EXECUTING', 'Save a cart for later: main path': 'TODO' },
  },
  { summary: 'UAT run of 1.7', release: '1.7', testEnvironments: ['UAT'], daysBeforeRelease: 5, otherwise: 'TODO', except: {} },
];

const RELEASE_ORDER: readonly Requirement['release'][] = ['1.4', '1.5', '1.6', '1.7'];

/** The summaries of the tests an execution of `release` runs: every test of its and earlier releases' requirements. */
export function testSummariesUpTo(release: Requirement['release']): string[] {
  const last = RELEASE_ORDER.indexOf(release);
  return DEMO_REQUIREMENTS
    .filter((r) => RELEASE_ORDER.indexOf(r.release) <= last)
    .flatMap((r) => TEST_ASPECTS.slice(0, r.tests).map((aspect) => `${r.summary}: ${aspect}`));
}

/** The demo's Xray test plans: per release, the UAT plan, which plans its UAT execution only. */
export const DEMO_TEST_PLANS: ReadonlyArray<{ summary: string; release: Requirement['release']; executions: string[] }> = (['1.4', '1.5', '1.6', '1.7'] as const).map((release) => ({
  summary: `UAT plan of release ${release}`,
  release,
  executions: DEMO_TEST_EXECUTIONS.filter((e) => e.release === release && e.testEnvironments.includes('UAT')).map((e) => e.summary),
}));
