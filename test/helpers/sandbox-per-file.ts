/**
 * One local Forge host per test file, the way the integration suites use it: started before the
 * file's tests, closed after them, and reset to its seed before each test (unless `resetEachTest` is
 * false). `ready` runs once the host is up, `eachTest` after each reset; a suite-specific helper
 * (actions-sandbox, panel-client) builds its clients and data there instead of each file repeating
 * the same beforeAll / afterAll / beforeEach.
 */
import { startSandbox, type Sandbox, type SandboxOptions } from './sandbox';

export interface SandboxPerFileOptions extends SandboxOptions {
  /** Reset to the seed before each test (default true). */
  resetEachTest?: boolean;
}

export interface SandboxPerFileHooks {
  ready?: (sandbox: Sandbox) => void | Promise<void>;
  eachTest?: (sandbox: Sandbox) => void | Promise<void>;
}

export function sandboxPerFile(options: SandboxPerFileOptions, hooks: SandboxPerFileHooks = {}): void {
  const { resetEachTest = true, ...sandboxOptions } = options;
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox(sandboxOptions);
    await hooks.ready?.(sandbox);
  });
  afterAll(() => sandbox.close());
  if (!resetEachTest && !hooks.eachTest) return;
  beforeEach(async () => {
    if (resetEachTest) sandbox.reset();
    await hooks.eachTest?.(sandbox);
  });
}
