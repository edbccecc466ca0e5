/** Placeholder until its issue lands: the lead replaces it in this session. */
export async function runDailyReminders(): Promise<void> {
  throw new Error('runDailyReminders is being written');
}
