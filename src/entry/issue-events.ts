/** Placeholder until its issue lands: the lead replaces it in this session. */
export async function onIssueEvent(): Promise<void> {
  throw new Error('onIssueEvent is being written');
}
