import {
  incidentTasksJql, jqlString, readActionTaskMarker, readReminderMark, taskLabels, ACTION_TYPE_LABELS,
} from '../../../../src/domain/actions';
import { ACTION_ITEM_TYPES } from '../../../../src/domain/postmortem';

describe('task labels', () => {
  it('are postmortem-action plus one distinct label per type', () => {
    expect(taskLabels('test-design-enhancement')).toEqual(['postmortem-action', 'pm-test-design']);
    expect(taskLabels('fix-validation')).toEqual(['postmortem-action', 'pm-fix-validation']);
    const labels = ACTION_ITEM_TYPES.map((t) => ACTION_TYPE_LABELS[t]);
    expect(new Set(labels).size).toBe(ACTION_ITEM_TYPES.length);
    for (const label of labels) expect(label).toMatch(/^pm-[a-z-]+$/);
  });
});

describe('markers', () => {
  it('reads an action marker and rejects anything else', () => {
    expect(readActionTaskMarker({ incident: 'QA-3', actionId: 'a1' })).toEqual({ incident: 'QA-3', actionId: 'a1' });
    expect(readActionTaskMarker({ incident: 'QA-3' })).toBeNull();
    expect(readActionTaskMarker({ incident: '', actionId: 'a1' })).toBeNull();
    expect(readActionTaskMarker('QA-3')).toBeNull();
    expect(readActionTaskMarker(undefined)).toBeNull();
  });

  it('reads a reminder mark only with an ISO instant', () => {
    const at = new Date().toISOString();
    expect(readReminderMark({ lastRemindedAt: at, commentId: '7' })).toEqual({ lastRemindedAt: at, commentId: '7' });
    expect(readReminderMark({ lastRemindedAt: 'yesterday' })).toBeNull();
  });
});

describe('JQL', () => {
  it('quotes strings, escaping quotes and backslashes', () => {
    expect(jqlString('QA-3')).toBe('"QA-3"');
    expect(jqlString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });

  it('finds an incident\'s tasks by their property, oldest first', () => {
    expect(incidentTasksJql('QA-3')).toBe('issue.property[qa-postmortem-action].incident = "QA-3" ORDER BY created ASC');
  });
});
