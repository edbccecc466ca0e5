/**
 * What the host reports for anything an app handler throws (invoke replies, trigger and consumer
 * runs): a code a person can search for and the error's message.
 */

/** `{code, message}` of anything thrown: its string `code`, else its class name when it has a specific one, else "Error". */
export function errorOf(e: unknown): { code: string; message: string } {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    const className = e.name !== 'Error' ? e.name : e.constructor.name;
    return { code: typeof code === 'string' && code ? code : className || 'Error', message: e.message };
  }
  return { code: 'Error', message: String(e) };
}
