/**
 * Jira Cloud's limit on rich text fields (description, environment, comments): 32,767 characters
 * (JRACLOUD-68949; the OpenAPI description gives "The maximum length is 32767 characters" for text
 * areas). Past it Jira answers 400 with, keyed by the field:
 * "The entered text is too long. It exceeds the allowed limit of 32,767 characters."
 * How an ADF body is measured is undocumented; the emulator measures the serialized ADF JSON, which
 * is never shorter than the text it holds (the stricter reading).
 */
export const RICH_TEXT_MAX_CHARS = 32_767;

export const TEXT_TOO_LONG = 'The entered text is too long. It exceeds the allowed limit of 32,767 characters.';

export function richTextTooLong(adf: unknown): boolean {
  return adf !== null && adf !== undefined && JSON.stringify(adf).length > RICH_TEXT_MAX_CHARS;
}
