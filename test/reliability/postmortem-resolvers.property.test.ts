/**
 * Property-based reliability of the post-mortem panel's and the issue context's resolvers
 * (getPostmortem, savePostmortem, completePostmortem, getPostmortemStatus): see property-harness.ts.
 */
import { propertySuite } from './property-harness';

propertySuite('postmortem');
