/** Workflow transitions in Jira's IssueTransition shape (GET issue/{key}/transitions, expand=transitions). */
import type { EmTransition } from '../model';
import type { RenderContext } from './context';
import { renderStatus } from './config';

export function renderTransition(ctx: RenderContext, transition: EmTransition, withFields: boolean): Record<string, unknown> {
  const to = ctx.state.statusById(transition.to);
  return {
    id: transition.id,
    name: transition.name,
    ...(to ? { to: renderStatus(ctx, to) } : {}),
    hasScreen: false,
    isGlobal: transition.from.length === 0,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
    ...(withFields ? { fields: {} } : {}),
  };
}
