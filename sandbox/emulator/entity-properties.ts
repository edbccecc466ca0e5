/**
 * Entity properties (issue and project): Jira stores any non-empty JSON value under a key of at most
 * 255 characters. The value's limit is given as "32768 characters" in one place of the OpenAPI
 * description of PUT issue/{issueIdOrKey}/properties/{propertyKey} and as "32768 bytes" in its request
 * body: the stricter reading, UTF-8 bytes of the JSON, is enforced (DESIGN.md section 3).
 * https://developer.atlassian.com/cloud/jira/platform/storing-data-without-a-database/#limitations-of-entity-properties
 */

export const PROPERTY_VALUE_MAX_BYTES = 32768;
export const PROPERTY_KEY_MAX_CHARS = 255;

/** Why Jira would refuse this property, or null when it is fine. */
export function propertyProblem(key: unknown, value: unknown): string | null {
  if (typeof key !== 'string' || key.trim() === '') return 'The property key cannot be empty.';
  if (key.length > PROPERTY_KEY_MAX_CHARS) return `The property key cannot be longer than ${PROPERTY_KEY_MAX_CHARS} characters.`;
  if (value === undefined) return 'The property value must be a valid, non-empty JSON blob.';
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > PROPERTY_VALUE_MAX_BYTES) {
    return `The property value is too long: ${bytes} bytes, the maximum is ${PROPERTY_VALUE_MAX_BYTES} bytes.`;
  }
  return null;
}

/** Stores a copy of the value; tells whether the key is new (Jira answers 201) or replaced (200). */
export function putProperty(properties: Map<string, unknown>, key: string, value: unknown): 'created' | 'updated' {
  const existed = properties.has(key);
  properties.set(key, structuredClone(value));
  return existed ? 'updated' : 'created';
}
