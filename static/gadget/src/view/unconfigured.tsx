/** What an unconfigured gadget shows: what it will show and how to set it up. */
import SectionMessage from '@atlaskit/section-message';

export function Unconfigured() {
  return (
    <div data-testid="unconfigured">
      <SectionMessage appearance="discovery" title="Choose a project to see its quality metrics">
        <p>
          This gadget shows a project’s defect leakage and reopen rates against the team’s targets, their trend, and how the
          post-mortem action items are followed through. Use <strong>Edit</strong> on the gadget to pick a project, a period and a grouping.
        </p>
      </SectionMessage>
    </div>
  );
}
