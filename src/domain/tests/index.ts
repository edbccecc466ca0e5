/** Test-management figures (DESIGN.md section 4b): pure rules over what a test source reports. */
export * from './figures';
export * from './jql';
