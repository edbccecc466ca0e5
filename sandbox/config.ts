/**
 * The timings and budgets of the platform rules the sandbox (Jira emulator and Forge host) enforces, switchable at
 * `POST /__sandbox/config` and shown by `GET /__sandbox/config`. Every rule is ON by default, with a
 * realistic value, in tests and in `npm start`: a switch may turn a rule's timing up or down, never
 * off by default (DESIGN.md section 7). Each field names its source.
 */
import { badRequest } from './emulator/http-error';

export interface SandboxConfig {
  /**
   * How long a change takes to reach the search index (search/jql, approximate-count) unless the
   * issue is passed in `reconcileIssues`. "The delay might vary from a few seconds to minutes ...
   * The majority of modifications are shown within seconds."
   * https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile
   */
  searchLagMs: number;
  /**
   * The app's hourly points quota, shared by every installation of a Tier-1 app ("65,000 points an
   * hour"). Past it every request is refused until the hour resets.
   * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
   */
  pointsPerHour: number;
  /**
   * The burst limit of GET and POST requests a second per endpoint ("GET 100, POST 100, PUT 50,
   * DELETE 50", with per-endpoint overrides); PUT, DELETE and the overrides scale with it.
   * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ (Burst API Rate Limit)
   */
  burstPerSecond: number;
  /**
   * Writes to one issue: "Short window: 20 writes per 2 seconds. Long window: 100 writes per 30
   * seconds." https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ (Per-issue write limit)
   */
  issueWritesPer2s: number;
  issueWritesPer30s: number;
  /**
   * Forge ends a UI resolver invocation after 25 s.
   * https://developer.atlassian.com/platform/forge/limits-invocation/
   */
  resolverTimeoutMs: number;
  /**
   * In an async-event consumer, one outbound request may take at most 180 s.
   * https://developer.atlassian.com/platform/forge/limits-invocation/
   */
  consumerRequestTimeoutMs: number;
}

export const DEFAULT_SANDBOX_CONFIG: SandboxConfig = {
  searchLagMs: 5_000,
  pointsPerHour: 65_000,
  burstPerSecond: 100,
  issueWritesPer2s: 20,
  issueWritesPer30s: 100,
  resolverTimeoutMs: 25_000,
  consumerRequestTimeoutMs: 180_000,
};

const LIMITS: Record<keyof SandboxConfig, { min: number; max: number }> = {
  searchLagMs: { min: 0, max: 600_000 },
  pointsPerHour: { min: 1, max: 100_000_000 },
  burstPerSecond: { min: 1, max: 100_000 },
  issueWritesPer2s: { min: 1, max: 100_000 },
  issueWritesPer30s: { min: 1, max: 100_000 },
  resolverTimeoutMs: { min: 100, max: 25_000 },
  consumerRequestTimeoutMs: { min: 100, max: 180_000 },
};

/** Checks a partial config from HTTP; an unknown key or a bad value is a 400 naming it. */
export function validateConfigPatch(input: unknown): Partial<SandboxConfig> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('The config must be a JSON object.');
  const patch: Partial<SandboxConfig> = {};
  for (const [name, value] of Object.entries(input)) {
    if (!Object.hasOwn(LIMITS, name)) {
      throw badRequest(`Unknown setting '${name}'. The settings are ${Object.keys(LIMITS).join(', ')}.`);
    }
    const { min, max } = LIMITS[name as keyof SandboxConfig];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw badRequest(`'${name}' must be a number from ${min} to ${max}.`);
    }
    patch[name as keyof SandboxConfig] = value;
  }
  return patch;
}

/** A live config: the sandbox's parts read it on every request, so a change applies at once. */
export class SandboxSettings {
  private current: SandboxConfig = { ...DEFAULT_SANDBOX_CONFIG };

  get(): Readonly<SandboxConfig> { return this.current; }

  update(input: unknown): Readonly<SandboxConfig> {
    this.current = { ...this.current, ...validateConfigPatch(input) };
    return this.current;
  }

  reset(): void { this.current = { ...DEFAULT_SANDBOX_CONFIG }; }
}
