/** Atlassian's ADF JSON schema, compiled once, so the tests can check that what the app builds is a document Jira accepts. */
import Ajv from 'ajv';
import adfSchema from '@atlaskit/adf-schema/dist/json-schema/v1/full.json';

const { $schema: _draft04, ...schema } = adfSchema as Record<string, unknown>;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

/** The schema errors of `document`, empty when it is valid ADF. */
export function adfErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The document's text, inline-card URLs and mention ids, in order. */
export function adfWords(node: unknown): string[] {
  const n = node as { type?: string; text?: string; attrs?: { url?: string; id?: string }; content?: unknown[] };
  const own = n.text ?? (n.type === 'inlineCard' ? n.attrs?.url : n.type === 'mention' ? `@${n.attrs?.id}` : undefined);
  return [...(own ? [own] : []), ...(n.content ?? []).flatMap(adfWords)];
}
