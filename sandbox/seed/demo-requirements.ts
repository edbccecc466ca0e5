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
