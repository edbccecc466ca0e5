/**
 * Which issue panels have been added to which issues. In Jira a `jira:issuePanel` "adds an issue
 * panel to a Jira issue when a configured button is clicked": its icon is the quick-add button under
 * the issue's summary, and once pressed the panel stays on that issue for everyone. Its context says
 * `isNewToIssue: true` on the render right after it was added.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-panel/
 */
export class AddedIssuePanels {
  private readonly added = new Set<string>();
  private readonly fresh = new Set<string>();

  private static id(issueId: string, moduleKey: string): string { return `${issueId}\u0000${moduleKey}`; }

  has(issueId: string, moduleKey: string): boolean { return this.added.has(AddedIssuePanels.id(issueId, moduleKey)); }

  /** The quick-add button was pressed; true when the panel was not on the issue before. */
  add(issueId: string, moduleKey: string): boolean {
    const id = AddedIssuePanels.id(issueId, moduleKey);
    if (this.added.has(id)) return false;
    this.added.add(id);
    this.fresh.add(id);
    return true;
  }

  /** Whether this render is the first since the panel was added (then it no longer is). */
  takeNew(issueId: string, moduleKey: string): boolean {
    return this.fresh.delete(AddedIssuePanels.id(issueId, moduleKey));
  }

  clear(): void {
    this.added.clear();
    this.fresh.clear();
  }
}
