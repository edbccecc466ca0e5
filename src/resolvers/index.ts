/**
 * The resolver behind every Custom UI module (panel, gadget, settings page): each surface registers
 * its keys here. See src/contract.ts for the keys, payloads and results.
 */
import Resolver from '@forge/resolver';
import { registerActionResolvers } from './actions';
import { registerMetricsResolvers } from './metrics';
import { registerPostmortemResolvers } from './postmortem';

export function buildResolver(): Resolver {
  const resolver = new Resolver();
  registerPostmortemResolvers(resolver);
  registerMetricsResolvers(resolver);
  registerActionResolvers(resolver);
  return resolver;
}
