/** What every stage component is given: the working document, the way to change it, and its state. */
import type { PostmortemDocument, StageState } from '../../../../src/domain/postmortem';

export interface StageProps {
  doc: PostmortemDocument;
  update: (change: (doc: PostmortemDocument) => PostmortemDocument) => void;
  state: StageState;
  /** Id of the stage heading, which labels the stage region. */
  headingId: string;
}
