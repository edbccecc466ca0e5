/**
 * JQL `fixVersion` and `affectedVersion`: version names (case-insensitive) or ids, order comparisons
 * by each project's version sequence (`fixVersion >= "1.3"`), and the version functions
 * releasedVersions(), unreleasedVersions(), latestReleasedVersion() and earliestUnreleasedVersion().
 * Both fields list the same operators and functions; only Fix Version takes the history operators
 * (affectedVersion lists "WAS, WAS IN, WAS NOT, WAS NOT IN, CHANGED" as unsupported).
 * https://support.atlassian.com/jira-software-cloud/docs/jql-functions/
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/ (Affected version, Fix version)
 */
import type { EmIssue, EmProject, EmVersion } from '../model';
import { eqIgnoreCase, type CompileContext, type FieldDefinition } from './compile-context';
import { argumentsAccepted } from './function-args';
import type { HistorySource } from './history-spec';
import { membershipField, type FieldFunction, type OrderOperator } from './membership-field';

interface VersionPlace { projectId: string; index: number }

function versionPlaces(ctx: CompileContext): Map<string, VersionPlace> {
  const places = new Map<string, VersionPlace>();
  for (const project of ctx.store.projects()) {
    project.versions.forEach((v, index) => places.set(v.id, { projectId: project.id, index }));
  }
  return places;
}

function projectsNamed(args: string[], ctx: CompileContext, fnName: string): EmProject[] | null {
  if (args.length === 0) return ctx.store.projects().filter((p) => ctx.canBrowseProject(p));
  const found: EmProject[] = [];
  for (const arg of args) {
    const project = ctx.store.projects()
      .find((p) => (p.id === arg || eqIgnoreCase(p.key, arg) || eqIgnoreCase(p.name, arg)) && ctx.canBrowseProject(p));
    if (!project) {
      ctx.errors.push(`Could not resolve the project '${arg}' provided to function '${fnName}'.`);
      return null;
    }
    found.push(project);
  }
  return found;
}

function versionsOf(choose: (versions: EmVersion[]) => EmVersion[], minArgs: number, maxArgs: number, multi: boolean): FieldFunction {
  return {
    multi,
    evaluate(args, ctx, fnName) {
      if (!argumentsAccepted(args, minArgs, maxArgs, fnName, ctx)) return null;
      const projects = projectsNamed(args, ctx, fnName);
      return projects && projects.flatMap((p) => choose(p.versions)).map((v) => v.id);
    },
  };
}

function compareIndex(candidate: number, operand: number, op: OrderOperator): boolean {
  switch (op) {
    case '>': return candidate > operand;
    case '>=': return candidate >= operand;
    case '<': return candidate < operand;
    case '<=': return candidate <= operand;
  }
}

function versionField(names: string[], idsOf: (issue: EmIssue) => string[], history?: HistorySource): FieldDefinition {
  return membershipField({
    names,
    values: () => idsOf,
    history,
    resolveValue(value, ctx) {
      const ids = ctx.store.projects()
        .flatMap((p) => p.versions)
        .filter((v) => v.id === value || eqIgnoreCase(v.name, value))
        .map((v) => v.id);
      return ids.length > 0 ? ids : null;
    },
    functions: {
      releasedversions: versionsOf((vs) => vs.filter((v) => v.released), 0, Infinity, true),
      unreleasedversions: versionsOf((vs) => vs.filter((v) => !v.released), 0, Infinity, true),
      latestreleasedversion: versionsOf((vs) => vs.filter((v) => v.released).slice(-1), 1, 1, false),
      earliestunreleasedversion: versionsOf((vs) => vs.filter((v) => !v.released).slice(0, 1), 1, 1, false),
    },
    ordered(ctx) {
      const places = versionPlaces(ctx);
      return (operandIds, op) => {
        const matching = new Set<string>();
        for (const operandId of operandIds) {
          const anchor = places.get(operandId)!;
          for (const [id, place] of places) {
            if (place.projectId === anchor.projectId && compareIndex(place.index, anchor.index, op)) matching.add(id);
          }
        }
        return matching;
      };
    },
    sortKey(ctx) {
      const places = versionPlaces(ctx);
      return (issue) => {
        const indexes = idsOf(issue).map((id) => places.get(id)?.index ?? Infinity);
        return indexes.length === 0 ? null : Math.min(...indexes);
      };
    },
  });
}

// The changelog records one "Fix Version" item per version added (`to`) or removed (`from`), by id.
export const fixVersionField = versionField(['fixversion'], (issue) => issue.fields.fixVersionIds,
  { fieldId: 'fixVersions', itemField: 'Fix Version', multiValued: true });
export const affectedVersionField = versionField(['affectedversion'], (issue) => issue.fields.affectsVersionIds);
