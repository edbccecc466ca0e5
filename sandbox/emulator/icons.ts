/**
 * Small SVG icons and initials avatars served by the emulator (`/__sandbox/icons/{kind}/{id}.svg`), so
 * the iconUrl and avatarUrls in responses load without the internet.
 */
import type { EmulatorState } from './store';

const PALETTE = ['#0052CC', '#00875A', '#FF5630', '#6554C0', '#FFAB00', '#00B8D9', '#36B37E', '#DE350B'];

function colorFor(text: string): string {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join('');
}

/** The label drawn on an icon: a user's or project's initials, or the first letter of a type/priority/status. */
function labelFor(state: EmulatorState, kind: string, id: string): { text: string; round: boolean } {
  switch (kind) {
    case 'avatar': {
      const user = state.userById(id);
      const project = id.startsWith('project-') ? id.slice('project-'.length) : undefined;
      return { text: user ? initials(user.displayName) : project ?? '?', round: project === undefined };
    }
    case 'issuetype': return { text: state.issueTypeById(id)?.name[0] ?? '?', round: false };
    case 'priority': return { text: state.priorityById(id)?.name[0] ?? '?', round: false };
    case 'status': return { text: state.statusById(id)?.name[0] ?? '?', round: true };
    default: return { text: '?', round: false };
  }
}

export function iconSvg(state: EmulatorState, kind: string, id: string): string {
  const { text, round } = labelFor(state, kind, id);
  const shape = round ? '<circle cx="16" cy="16" r="16"' : '<rect width="32" height="32" rx="6"';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">${shape} fill="${colorFor(`${kind}:${id}`)}"/>`
    + `<text x="16" y="21" font-family="sans-serif" font-size="${text.length > 1 ? 13 : 16}" font-weight="bold" fill="#fff" text-anchor="middle">${escapeXml(text)}</text></svg>`;
}
