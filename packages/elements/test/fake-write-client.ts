import type { Organization, OrganizationPatch, OrganizationRevision, OrganizationWriteResult } from '@ngo-liaison/core';
import type { OrganizationEditorClient, RevisionListParams, RevisionReviewClient } from '../src/internal/write-client.js';

/*
 * TEMPORARY: an in-memory stand-in for the client's write surface (the brief's contract), until
 * the client's write methods and msw handlers land on issue13-client; the tests then switch to
 * createClient + createHandlers. Errors have the client's shape (`kind: 'http'`, `status`,
 * `problem`).
 */

function httpError(status: number, problem: Record<string, unknown> = {}) {
  return Object.assign(new Error(`HTTP ${status}`), { kind: 'http', status, problem: { type: 'about:blank', title: String(status), status, ...problem } });
}

function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object') out[key] = mergePatch(out[key] as Record<string, unknown>, value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

export class FakeWriteClient implements OrganizationEditorClient, RevisionReviewClient {
  readonly records = new Map<string, { organization: Organization; version: number }>();
  readonly revisionList: OrganizationRevision[] = [];
  role: 'secretariat' | 'ngo-editor' = 'secretariat';
  /** The next update throws this (once). */
  failNext: unknown;
  calls: string[] = [];

  constructor(organizations: Organization[]) {
    for (const organization of organizations) this.records.set(organization.id, { organization, version: 1 });
  }

  /** Someone else publishes a change meanwhile. */
  changeBehindTheScenes(id: string, patch: Record<string, unknown>): void {
    const record = this.records.get(id)!;
    this.records.set(id, { organization: mergePatch(record.organization, patch) as Organization, version: record.version + 1 });
  }

  organizations = {
    getForEdit: async (id: string) => {
      this.calls.push(`getForEdit ${id}`);
      const record = this.records.get(id);
      if (!record) throw httpError(404);
      return { organization: record.organization, version: `"${record.version}"` };
    },
    update: async (id: string, patch: OrganizationPatch, { ifMatch }: { ifMatch: string }): Promise<OrganizationWriteResult> => {
      this.calls.push(`update ${id} ${JSON.stringify(patch)} ${ifMatch}`);
      if (this.failNext) {
        const error = this.failNext;
        this.failNext = undefined;
        throw error;
      }
      const record = this.records.get(id)!;
      if (ifMatch !== `"${record.version}"`) throw httpError(412, { currentVersion: `"${record.version}"`, current: record.organization });
      const proposed = mergePatch(record.organization, patch as Record<string, unknown>) as Organization;
      if (this.role === 'secretariat') {
        this.records.set(id, { organization: proposed, version: record.version + 1 });
        return { status: 'published', version: `"${record.version + 1}"`, organization: proposed };
      }
      const revision: OrganizationRevision = {
        id: `rev-${this.revisionList.length + 1}`,
        organizationId: id,
        state: 'pending',
        basedOnVersion: String(record.version),
        patch: patch as Record<string, unknown>,
        proposed,
        submittedBy: { personId: 'p-editor', displayName: 'Editor' },
        submittedAt: new Date().toISOString(),
      };
      this.revisionList.unshift(revision);
      return { status: 'pending', revision };
    },
  };

  revisions = {
    list: async ({ state = 'pending', organization }: RevisionListParams = {}) => ({
      items: this.revisionList.filter((r) => r.state === state && (!organization || r.organizationId === organization)),
      nextCursor: null,
    }),
    publish: async (id: string): Promise<OrganizationWriteResult> => {
      const revision = this.revisionList.find((r) => r.id === id)!;
      const record = this.records.get(revision.organizationId)!;
      if (String(record.version) !== revision.basedOnVersion) throw httpError(409, { currentVersion: `"${record.version}"` });
      revision.state = 'published';
      this.records.set(revision.organizationId, { organization: revision.proposed, version: record.version + 1 });
      return { status: 'published', version: `"${record.version + 1}"`, organization: revision.proposed };
    },
    return: async (id: string, reason: string): Promise<OrganizationRevision> => {
      const revision = this.revisionList.find((r) => r.id === id)!;
      Object.assign(revision, { state: 'returned', reason, decidedAt: new Date().toISOString(), decidedBy: { personId: 'p-sec', displayName: 'Secretariat' } });
      return revision;
    },
  };
}
