/**
 * The error a call under test rejects with, for asserting its code, message and details: fails the
 * test when the promise resolves, and rethrows an error of another class so its own message shows.
 */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, kind: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
