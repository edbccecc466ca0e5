/**
 * What Atlaskit's feature-gate client answers before Statsig is initialised, without the client.
 *
 * Atlaskit components ask `@atlaskit/feature-gate-js-client` for gates and experiments; until
 * `FeatureGates.initialize(...)` has completed, every answer is the default (checkGate is false,
 * getExperimentValue is the caller's default: see `resolveBooleanFlag` in
 * @atlaskit/platform-feature-flags and `expValInternal` in @atlaskit/platform-feature-experiments,
 * "If Statsig is not initialized, return the default"). A Forge Custom UI app never initialises it:
 * that needs Atlassian's Statsig endpoints, which the manifest does not (and may not) declare as
 * egress. So the 110 KB client and Statsig SDK it pulls in only ever give defaults; the build puts
 * this module in their place (scripts/build-static.mjs).
 */
const FeatureGates = {
  initializeCalled: (): boolean => false,
  initializeCompleted: (): boolean => false,
  checkGate: (_name: string): boolean => false,
  getExperimentValue: <T>(_experiment: string, _param: string, defaultValue: T): T => defaultValue,
  getExperiment: (): undefined => undefined,
  hasCheckGateErrorOccurred: (): boolean => false,
  hasGetExperimentValueErrorOccurred: (): boolean => false,
  getDefaultPerimeter: (): undefined => undefined,
};

export default FeatureGates;
export { FeatureGates };
