/**
 * The values of a stored post-mortem the app could not accept (written around it, e.g. through
 * Jira's REST API), as lines a person can act on: where it was, what was wrong, what it was.
 */
import type { DocumentRepair } from '../../../../src/domain/postmortem/repair';
import { DOC_SECTION_LABELS, DOC_SECTIONS, type DocSection } from './doc-sections';

export interface RepairLine {
  where: string;
  problem: string;
  was: string;
  action: DocumentRepair['action'];
}

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function whereOf(path: string): string {
  const [first, ...rest] = path.split('.');
  const section = (DOC_SECTIONS as readonly string[]).includes(first) ? DOC_SECTION_LABELS[first as DocSection] : words(first ?? '');
  const parts: string[] = [];
  for (const part of rest) {
    if (/^\d+$/.test(part) && parts.length > 0) parts[parts.length - 1] += ` #${Number(part) + 1}`;
    else parts.push(words(part));
  }
  return [section, ...parts].join(' › ');
}

export function repairLines(repairs: readonly DocumentRepair[]): RepairLine[] {
  return repairs.map((repair) => ({ where: whereOf(repair.path), problem: repair.problem, was: repair.was, action: repair.action }));
}
