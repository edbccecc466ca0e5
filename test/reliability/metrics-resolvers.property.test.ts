/**
 * Property-based reliability of the settings and gadget resolvers (getSettings, saveSettings,
 * getProjectMetrics, listProjects): see property-harness.ts. Also checks that the
 * three property files together cover every resolver key of src/contract.ts.
 */
import { RESOLVER_KEYS } from '../../src/contract';
import { propertySuite, SUITES } from './property-harness';

it('the property suites cover every resolver key exactly once', () => {
  const covered = Object.values(SUITES).flat();
  expect([...covered].sort()).toEqual([...RESOLVER_KEYS].sort());
});

propertySuite('metrics');
