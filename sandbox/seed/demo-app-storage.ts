/**
 * What the app itself would have stored on the demo site by now: the ledger of each demo incident
 * whose post-mortem already has action-item tasks (the app records every task it creates, and only
 * recorded tasks count, DESIGN.md section 3), and the incident's id in each task's marker. The seed
 * imports issues before their ids exist, so this runs after the import, on the emulator's data and
 * the host's Forge storage, as the app's earlier runs would have left them.
 */
import { ACTION_TASK_PROPERTY_KEY, readActionTaskMarker } from '../../src/domain/actions';
import { POSTMORTEM_PROPERTY_KEY } from '../../src/domain/postmortem';
import { LEDGER_ENTITY, ledgerKey, newLedger, type TaskRecord } from '../../src/services/ledger';
import type { EmulatorState } from '../emulator';
import type { InMemoryKvs } from '../host/kvs-store';
import { DEMO_INCIDENTS } from './demo';

export function seedDemoAppStorage(state: EmulatorState, kvs: InMemoryKvs): void {
  for (const incidentKey of Object.values(DEMO_INCIDENTS)) {
    const incident = state.issueByIdOrKey(incidentKey);
    const document = incident?.properties.get(POSTMORTEM_PROPERTY_KEY) as { revision?: number; actionItems?: Array<{ id: string; taskKey?: string }> } | undefined;
    if (!incident || !document) continue;
    const tasks: Record<string, TaskRecord> = {};
    for (const item of document.actionItems ?? []) {
      const task = item.taskKey ? state.issueByIdOrKey(item.taskKey) : undefined;
      const marker = task && readActionTaskMarker(task.properties.get(ACTION_TASK_PROPERTY_KEY));
      if (!task || !marker) continue;
      task.properties.set(ACTION_TASK_PROPERTY_KEY, { ...marker, incidentId: incident.id });
      tasks[item.id] = { id: task.id, key: task.key, createdBy: task.fields.creatorAccountId ?? '', createdAt: task.fields.created };
    }
    const reply = kvs.handle('/api/v1/entity/set', {
      entityName: LEDGER_ENTITY, key: ledgerKey(incident.id), value: newLedger(incident.id, incident.key, document.revision ?? 0, tasks),
    });
    if (reply.status >= 300) throw new Error(`The demo ledger of ${incident.key} could not be stored: ${JSON.stringify(reply.body)}`);
  }
}
