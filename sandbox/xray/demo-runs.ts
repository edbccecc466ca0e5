/**
 * The demo site's Xray data, built on the Jira emulator's demo issues (sandbox/seed/demo.ts): one
 * API key (alice's, who can browse QA), each test execution's environments and a run per test of its
 * suite, with the statuses demo-requirements.ts gives (DEMO_TEST_EXECUTIONS).
 */
import type { EmulatorState } from '../emulator';
import { USERS } from '../seed/base';
import { DEMO_TEST_EXECUTIONS, DEMO_TEST_PLANS, testSummariesUpTo } from '../seed/demo-requirements';
import { emptyXrayData, type XrayData } from './state';

/** The demo API key, as an admin would paste it into the app's settings (printed by `npm start`). */
export const DEMO_XRAY_API_KEY = {
  clientId: 'D3M0C1IENT1D0000000000000000XRAY',
  clientSecret: 'd3m0-5ecret-0f-the-qa-p0stm0rtem-sandb0x-xray-emu1ator-0000000000',
  accountId: USERS.alice.accountId,
} as const;

const HOUR = 3_600_000;

export function demoXrayData(jira: EmulatorState): XrayData {
  const data = emptyXrayData();
  data.apiKeys.push({ ...DEMO_XRAY_API_KEY });
  const project = jira.projects().find((p) => p.key === 'QA');
  if (!project) return data;
  const inQa = jira.issues().filter((issue) => issue.projectId === project.id);
  const ofType = (name: string) => {
    const type = jira.issueTypeByName(name);
    return inQa.filter((issue) => issue.fields.issueTypeId === type?.id);
  };
  const testsBySummary = new Map(ofType(data.testIssueType).map((test) => [test.fields.summary, test]));
  const executions = new Map(ofType(data.testExecutionIssueType).map((execution) => [execution.fields.summary, execution]));
  for (const plan of ofType(data.testPlanIssueType)) {
    const planned = DEMO_TEST_PLANS.find((p) => p.summary === plan.fields.summary);
    if (planned) data.planExecutions.set(plan.id, planned.executions.flatMap((summary) => executions.get(summary)?.id ?? []));
  }
  let runNumber = 0;
  for (const plan of DEMO_TEST_EXECUTIONS) {
    const execution = executions.get(plan.summary);
    if (!execution) continue;
    data.environments.set(execution.id, [...plan.testEnvironments]);
    const startedAt = Date.parse(execution.fields.created) + 2 * HOUR;
    testSummariesUpTo(plan.release).forEach((summary, i) => {
      const test = testsBySummary.get(summary);
      if (!test) return;
      const status = plan.except[summary] ?? plan.otherwise;
      const started = status === 'TODO' ? null : new Date(startedAt + i * HOUR).toISOString();
      const finished = status === 'TODO' || status === 'EXECUTING' ? null : new Date(startedAt + i * HOUR + HOUR / 2).toISOString();
      runNumber += 1;
      data.runs.push({
        id: `5f0c${String(runNumber).padStart(20, '0')}`,
        testIssueId: test.id,
        testExecIssueId: execution.id,
        status,
        startedOn: started,
        finishedOn: finished,
        executedById: started === null ? null : USERS.alice.accountId,
      });
    });
  }
  return data;
}
