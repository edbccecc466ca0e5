/**
 * The part of Jira expressions a trigger's `filter.expression` uses, evaluated against the event the
 * way Forge does: the expression sees one context variable, `event` (the event payload); it must
 * evaluate to the Boolean `true` for the event to be delivered; `false` drops it, and "Any other
 * evaluation outcome will be considered an error" that drops it too unless `filter.onError` says
 * RECEIVE / RECEIVE_AND_LOG. Expressions are at most 10,000 characters.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/trigger/ (filter)
 * https://developer.atlassian.com/cloud/jira/platform/jira-expressions/ (the language)
 *
 * Supported: string, number, boolean and null literals, list literals, `event`, member access with
 * `.` and `?.`, indexing with `[...]`, `.length`, `.includes(x)` on lists and strings, `!`, `&&`,
 * `||`, `==`, `!=`, `<`, `<=`, `>`, `>=` and parentheses. As in Jira expressions, reading a member of
 * null without `?.` is an error. Anything else cannot be parsed: the host refuses to start rather than
 * deliver events a real site would filter differently.
 */

export class ExpressionSyntaxError extends Error {
  constructor(expression: string, detail: string) {
    super(`The sandbox cannot evaluate the trigger filter expression "${expression}": ${detail}`);
    this.name = 'ExpressionSyntaxError';
  }
}

export class ExpressionEvaluationError extends Error {
  constructor(detail: string) {
    super(`Evaluation failed: ${detail}`);
    this.name = 'ExpressionEvaluationError';
  }
}

type Node =
  | { kind: 'literal'; value: unknown }
  | { kind: 'list'; items: Node[] }
  | { kind: 'variable'; name: string }
  | { kind: 'member'; target: Node; name: string; optional: boolean }
  | { kind: 'index'; target: Node; index: Node }
  | { kind: 'call'; target: Node; name: string; args: Node[]; optional: boolean }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const MAX_LENGTH = 10_000;
const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|([A-Za-z_$][\w$]*)|(\?\.|==|!=|<=|>=|&&|\|\||[.[\]()!<>,]))/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < expression.length) {
    if (/^\s*$/.test(expression.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(expression);
    if (!m) throw new ExpressionSyntaxError(expression, `unexpected "${expression.slice(at).trim().slice(0, 12)}"`);
    tokens.push((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** Parses a filter expression; throws ExpressionSyntaxError for anything outside the supported part. */
export function parseExpression(expression: string): Node {
  if (expression.length > MAX_LENGTH) throw new ExpressionSyntaxError(expression.slice(0, 40), `longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(expression);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const token = tokens[i];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new ExpressionSyntaxError(expression, `expected ${expected ?? 'more'} but found ${token ?? 'the end'}`);
    }
    i += 1;
    return token;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let left = next();
    while (ops.includes(peek() ?? '')) {
      const op = take();
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = take();
    if (token === '(') { const inner = or(); take(')'); return inner; }
    if (token === '[') {
      const items: Node[] = [];
      while (peek() !== ']') { items.push(or()); if (peek() === ',') take(','); else break; }
      take(']');
      return { kind: 'list', items };
    }
    if (/^\d/.test(token)) return { kind: 'literal', value: Number(token) };
    if (/^["']/.test(token)) return { kind: 'literal', value: token.slice(1, -1).replace(/\\(.)/g, '$1') };
    if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' };
    if (token === 'null') return { kind: 'literal', value: null };
    if (token === 'event') return { kind: 'variable', name: token };
    throw new ExpressionSyntaxError(expression, `"${token}" is not supported (only the variable "event" is in scope)`);
  };
  const access = (): Node => {
    let node = primary();
    for (;;) {
      const token = peek();
      if (token === '.' || token === '?.') {
        take();
        const name = take();
        if (!/^[A-Za-z_$]/.test(name)) throw new ExpressionSyntaxError(expression, `expected a member name after ${token}`);
        if (peek() === '(') {
          take('(');
          const args: Node[] = [];
          while (peek() !== ')') { args.push(or()); if (peek() === ',') take(','); else break; }
          take(')');
          if (name !== 'includes') throw new ExpressionSyntaxError(expression, `the method ${name}() is not supported`);
          node = { kind: 'call', target: node, name, args, optional: token === '?.' };
        } else {
          node = { kind: 'member', target: node, name, optional: token === '?.' };
        }
      } else if (token === '[') {
        take('[');
        const index = or();
        take(']');
        node = { kind: 'index', target: node, index };
      } else {
        return node;
      }
    }
  };
  const unary = (): Node => (peek() === '!' ? (take(), { kind: 'not', operand: unary() }) : access());
  const comparison = binary(unary, ['==', '!=', '<', '<=', '>', '>=']);
  const and = binary(comparison, ['&&']);
  const or: () => Node = binary(and, ['||']);
  const tree = or();
  if (i !== tokens.length) throw new ExpressionSyntaxError(expression, `unexpected "${tokens[i]}"`);
  return tree;
}

function member(value: unknown, name: string, optional: boolean): unknown {
  if (value === null || value === undefined) {
    if (optional) return null;
    throw new ExpressionEvaluationError(`cannot read "${name}" of null`);
  }
  if (name === 'length' && (Array.isArray(value) || typeof value === 'string')) return value.length;
  if (typeof value !== 'object') throw new ExpressionEvaluationError(`"${name}" is not a member of ${typeof value}`);
  const found = (value as Record<string, unknown>)[name];
  return found === undefined ? null : found;
}

function evaluate(node: Node, event: unknown): unknown {
  switch (node.kind) {
    case 'literal': return node.value;
    case 'list': return node.items.map((item) => evaluate(item, event));
    case 'variable': return event;
    case 'member': return member(evaluate(node.target, event), node.name, node.optional);
    case 'index': {
      const target = evaluate(node.target, event);
      const index = evaluate(node.index, event);
      if (target === null) throw new ExpressionEvaluationError('cannot index null');
      if (Array.isArray(target) && typeof index === 'number') return target[index] ?? null;
      if (typeof target === 'object' && typeof index === 'string') return (target as Record<string, unknown>)[index] ?? null;
      throw new ExpressionEvaluationError('invalid index');
    }
    case 'call': {
      const target = evaluate(node.target, event);
      if (target === null && node.optional) return null;
      const [arg] = node.args.map((a) => evaluate(a, event));
      if (Array.isArray(target)) return target.some((x) => x === arg);
      if (typeof target === 'string' && typeof arg === 'string') return target.includes(arg);
      throw new ExpressionEvaluationError('includes() needs a list or a string');
    }
    case 'not': {
      const operand = evaluate(node.operand, event);
      if (typeof operand !== 'boolean') throw new ExpressionEvaluationError('! needs a Boolean');
      return !operand;
    }
    case 'binary': {
      if (node.op === '&&' || node.op === '||') {
        const left = evaluate(node.left, event);
        if (typeof left !== 'boolean') throw new ExpressionEvaluationError(`${node.op} needs Booleans`);
        if (node.op === '&&' ? !left : left) return left;
        const right = evaluate(node.right, event);
        if (typeof right !== 'boolean') throw new ExpressionEvaluationError(`${node.op} needs Booleans`);
        return right;
      }
      const left = evaluate(node.left, event);
      const right = evaluate(node.right, event);
      switch (node.op) {
        case '==': return left === right;
        case '!=': return left !== right;
        default: {
          if (typeof left !== typeof right || (typeof left !== 'number' && typeof left !== 'string')) {
            throw new ExpressionEvaluationError(`${node.op} needs two numbers or two strings`);
          }
          const l = left as number | string;
          const r = right as number | string;
          return node.op === '<' ? l < r : node.op === '<=' ? l <= r : node.op === '>' ? l > r : l >= r;
        }
      }
    }
  }
}

export type FilterVerdict = { deliver: true } | { deliver: false; reason: string };

/** Whether the event passes a parsed filter expression, with `filter.onError` (default IGNORE_AND_LOG). */
export function passesFilter(tree: Node, event: unknown, onError = 'IGNORE_AND_LOG'): FilterVerdict {
  let outcome: unknown;
  try {
    outcome = evaluate(tree, event);
  } catch (error) {
    if (onError === 'RECEIVE' || onError === 'RECEIVE_AND_LOG') return { deliver: true };
    return { deliver: false, reason: `filter.expression failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (outcome === true) return { deliver: true };
  if (outcome === false) return { deliver: false, reason: 'filter.expression is false for this event' };
  if (onError === 'RECEIVE' || onError === 'RECEIVE_AND_LOG') return { deliver: true };
  return { deliver: false, reason: 'filter.expression did not evaluate to a Boolean' };
}

export type ExpressionTree = Node;

/** An entity property path a filter reads through `event.runtime.<entity>.properties['key'].path`. */
export interface RuntimePropertyPath { entity: 'issue' | 'project' | 'user'; key: string; path: string[] }

/** Paths of `event.runtime.X.properties[...]...` chains in a parsed expression. */
export function runtimePropertyPaths(tree: Node): RuntimePropertyPath[] {
  const found: RuntimePropertyPath[] = [];
  const chainOf = (node: Node): Array<string> | null => {
    if (node.kind === 'variable') return [];
    if (node.kind === 'member') { const base = chainOf(node.target); return base && [...base, node.name]; }
    if (node.kind === 'index' && node.index.kind === 'literal' && typeof node.index.value === 'string') {
      const base = chainOf(node.target);
      return base && [...base, ...node.index.value.split('.')];
    }
    return null;
  };
  const visit = (node: Node): void => {
    const chain = chainOf(node);
    if (chain && chain[0] === 'runtime' && chain[2] === 'properties' && chain.length >= 4 && ['issue', 'project', 'user'].includes(chain[1])) {
      const outer = found.find((p) => p.entity === chain[1] && p.key === chain[3] && p.path.join('.') === chain.slice(4).join('.'));
      if (!outer) found.push({ entity: chain[1] as RuntimePropertyPath['entity'], key: chain[3], path: chain.slice(4) });
      return;
    }
    switch (node.kind) {
      case 'member': return visit(node.target);
      case 'index': visit(node.target); return visit(node.index);
      case 'call': visit(node.target); node.args.forEach(visit); return;
      case 'list': node.items.forEach(visit); return;
      case 'not': return visit(node.operand);
      case 'binary': visit(node.left); return visit(node.right);
      default: return undefined;
    }
  };
  visit(tree);
  // Only the longest chain of a property is a path (a prefix of it is part of the same read).
  return found.filter((p) => !found.some((q) => q !== p && q.entity === p.entity && q.key === p.key
    && q.path.length > p.path.length && p.path.every((s, i) => q.path[i] === s)));
}

/**
 * What a filter sees under `event.runtime` for the paths it reads: "Paths must resolve to a primitive
 * value or an array of primitives. If a path resolves to a nested object, the value will be null",
 * and an unresolvable property is null.
 */
export function runtimeValues(
  paths: readonly RuntimePropertyPath[],
  propertiesOf: (entity: RuntimePropertyPath['entity']) => ReadonlyMap<string, unknown> | undefined,
): Record<string, unknown> {
  const runtime: Record<string, { properties: Record<string, unknown> }> = {};
  for (const { entity, key, path } of paths) {
    let value: unknown = propertiesOf(entity)?.get(key);
    for (const segment of path) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
    const primitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    const resolved = value === undefined ? null : primitive(value) || (Array.isArray(value) && value.every(primitive)) ? value : null;
    const properties = (runtime[entity] ??= { properties: {} }).properties;
    if (path.length === 0) { properties[key] = resolved; continue; }
    let holder = (properties[key] ??= {}) as Record<string, unknown>;
    path.slice(0, -1).forEach((segment) => { holder = (holder[segment] ??= {}) as Record<string, unknown>; });
    holder[path[path.length - 1]] = resolved;
  }
  return runtime;
}
