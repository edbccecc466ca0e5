/**
 * From Jira's Project (GET project/{key}, GET project/search) and the site's resolutions to the
 * records the settings and metrics services read: the project's id, key and name, and the named
 * items of its issue types, components and versions. Items without a name cannot be chosen or
 * matched, so they are left out; a list Jira did not send is empty.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get
 */
import type { ReleaseVersion } from '../../domain/metrics/incident-metrics';
import type { Project } from '../shapes';
import { releaseVersionOf } from './metrics';

/** An issue type, component or resolution: its name, and Jira's id where Jira sent one. */
export interface NamedItem {
  id?: string;
  name: string;
}

/** A version of the project, with Jira's id where Jira sent one. */
export interface ProjectVersion extends ReleaseVersion {
  id?: string;
}

export interface ProjectRecord {
  id?: string;
  key?: string;
  name?: string;
  issueTypes: NamedItem[];
  components: NamedItem[];
  /** In Jira's order. */
  versions: ProjectVersion[];
}

/** The items that have a name, as NamedItems. */
export function namedItemsFromJira(items: readonly { id?: string; name?: string }[] | null | undefined): NamedItem[] {
  return (items ?? []).flatMap((item) => (item.name ? [{ id: item.id, name: item.name }] : []));
}

export function projectFromJira(project: Project): ProjectRecord {
  return {
    id: project.id,
    key: project.key,
    name: project.name,
    issueTypes: namedItemsFromJira(project.issueTypes),
    components: namedItemsFromJira(project.components),
    versions: (project.versions ?? []).flatMap((version) => (version.name ? [{ id: version.id, ...releaseVersionOf(version) }] : [])),
  };
}
