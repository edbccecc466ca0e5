/**
 * Property-based reliability of the panel's action-item and incident-metrics resolvers
 * (createActionItems, searchAssignableUsers, getActionItemDefaults, getIncidentMetrics): see property-harness.ts.
 */
import { propertySuite } from './property-harness';

propertySuite('actions');
