/**
 * Switchable faults for /rest/ calls, so tests and the demo can show how the app copes with Jira
 * under load: 429 with Retry-After, 5xx, and added latency, each for a number of matching calls.
 */
import type { NextFunction, Request, Response } from 'express';
import { badRequest } from './http-error';
import type { LimitReason } from './rate-limits';

const LIMIT_REASONS: readonly LimitReason[] = ['jira-quota-global-based', 'jira-burst-based', 'jira-per-issue-on-write'];

export interface FaultRule {
  /** Only this HTTP method (any when absent). */
  method?: string;
  /** Prefix of the request path, without the query string, e.g. /rest/api/3/search/jql */
  path: string;
  status?: number;
  /** Seconds, sent as Retry-After (429 only). */
  retryAfter?: number;
  /**
   * Sent as RateLimit-Reason (429 only), the header Jira uses to say which limit refused the call:
   * `jira-quota-global-based`, `jira-burst-based` or `jira-per-issue-on-write`
   * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/). Lets a test refuse one
   * endpoint as the hourly quota does, without spending the quota of the whole emulator.
   */
  rateLimitReason?: LimitReason;
  latencyMs?: number;
  /** How many matching calls the rule applies to: default 1 when it has a status, unlimited for latency only. */
  count?: number;
}

interface ActiveRule { rule: FaultRule; remaining: number }

const STATUS_MESSAGES: Record<number, string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'Service unavailable. Please try again later.',
  504: 'Gateway timeout.',
};

/** Checks rules from HTTP or code; a bad rule is a 400 naming the problem. */
export function validateFaultRules(input: unknown): FaultRule[] {
  if (!Array.isArray(input)) throw badRequest("'rules' must be an array of fault rules.");
  return input.map((raw, index) => {
    const rule = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const where = `rules[${index}]`;
    if (typeof rule.path !== 'string' || !rule.path.startsWith('/')) throw badRequest(`${where}.path must be a path starting with '/'.`);
    if (rule.method !== undefined && typeof rule.method !== 'string') throw badRequest(`${where}.method must be a string.`);
    if (rule.status !== undefined && !(Number.isInteger(rule.status) && (rule.status as number) >= 400 && (rule.status as number) <= 599)) {
      throw badRequest(`${where}.status must be an HTTP error status (400-599).`);
    }
    for (const name of ['retryAfter', 'latencyMs', 'count'] as const) {
      const value = rule[name];
      if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
        throw badRequest(`${where}.${name} must be a non-negative number.`);
      }
    }
    if (rule.rateLimitReason !== undefined && !(rule.status === 429 && LIMIT_REASONS.includes(rule.rateLimitReason as LimitReason))) {
      throw badRequest(`${where}.rateLimitReason must be one of ${LIMIT_REASONS.join(', ')}, on a status 429.`);
    }
    if (rule.status === undefined && rule.latencyMs === undefined) throw badRequest(`${where} needs a status or a latencyMs.`);
    return {
      path: rule.path,
      ...(rule.method !== undefined ? { method: (rule.method as string).toUpperCase() } : {}),
      ...(rule.status !== undefined ? { status: rule.status as number } : {}),
      ...(rule.retryAfter !== undefined ? { retryAfter: rule.retryAfter as number } : {}),
      ...(rule.rateLimitReason !== undefined ? { rateLimitReason: rule.rateLimitReason as LimitReason } : {}),
      ...(rule.latencyMs !== undefined ? { latencyMs: rule.latencyMs as number } : {}),
      ...(rule.count !== undefined ? { count: rule.count as number } : {}),
    };
  });
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  /** Delayed requests not yet answered, and who waits for there to be none. */
  private delayed = 0;
  private waiters: (() => void)[] = [];

  /** Requests being delayed now. */
  get delaying(): number { return this.delayed; }

  /** Resolves once every delayed request has been carried out and answered (at once when none is). */
  settled(): Promise<void> {
    if (this.delayed === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private delayedDone(): void {
    this.delayed -= 1;
    if (this.delayed > 0) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }

  set(rules: FaultRule[]): void {
    this.rules = validateFaultRules(rules).map((rule) => ({
      rule,
      remaining: rule.count ?? (rule.status !== undefined ? 1 : Number.POSITIVE_INFINITY),
    }));
  }

  clear(): void { this.rules = []; }

  /** The fault for this call, consuming one use of each matching rule. */
  take(method: string, path: string): { status?: number; retryAfter?: number; rateLimitReason?: LimitReason; latencyMs: number } {
    let latencyMs = 0;
    let status: number | undefined;
    let retryAfter: number | undefined;
    let rateLimitReason: LimitReason | undefined;
    for (const active of this.rules) {
      const { rule } = active;
      if (active.remaining <= 0 || !path.startsWith(rule.path)) continue;
      if (rule.method !== undefined && rule.method !== method.toUpperCase()) continue;
      if (rule.status !== undefined && status !== undefined) continue;
      active.remaining -= 1;
      latencyMs += rule.latencyMs ?? 0;
      if (rule.status !== undefined) {
        status = rule.status;
        retryAfter = rule.retryAfter;
        rateLimitReason = rule.rateLimitReason;
      }
    }
    return { status, retryAfter, rateLimitReason, latencyMs };
  }

  /** Express middleware for /rest/ routes. */
  middleware() {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const fault = this.take(req.method, req.baseUrl + req.path);
      // A caller that gives up meanwhile does not stop the request: Jira may still carry it out (the
      // stricter reading). The wait does not keep the process alive on its own.
      if (fault.latencyMs > 0) {
        this.delayed += 1;
        await new Promise((resolve) => setTimeout(resolve, fault.latencyMs).unref());
        let counted = true;
        const release = () => { if (counted) { counted = false; this.delayedDone(); } };
        if (res.closed) {
          // The caller has gone: the request is still carried out (next line), and counts as done just after.
          setImmediate(release);
        } else {
          res.once('finish', release);
          res.once('close', release);
        }
      }
      if (fault.status === undefined) return next();
      if (fault.status === 429) res.setHeader('Retry-After', String(Math.ceil(fault.retryAfter ?? 1)));
      if (fault.status === 429 && fault.rateLimitReason) res.setHeader('RateLimit-Reason', fault.rateLimitReason);
      res.status(fault.status).json({ errorMessages: [STATUS_MESSAGES[fault.status] ?? `Injected fault ${fault.status}.`], errors: {} });
    };
  }
}
