/**
 * The version an If-Match header names. An organisation's ETag is `"<version>"`, or
 * `"<version>.<view>"` for a reader who sees more of it (partners-only contacts): the view
 * suffix is ignored, the version is what a write is checked against. Weak tags (W/) count too:
 * the version, not the bytes, is what matters; so does a bare version (`7`, what
 * OrganizationWriteResult.version holds). `*`, a list or a malformed header names none.
 */
export function versionFromIfMatch(header: string | null | undefined): string | undefined {
  const match = /^\s*(?:(?:W\/)?"(\d{1,15})(?:\.[^"]*)?"|(\d{1,15}))\s*$/.exec(header ?? '');
  return match?.[1] ?? match?.[2];
}

/** The ETag of `version` for a reader's view (`public`: no suffix). */
export function organizationEtag(version: string, view = 'public'): string {
  return view === 'public' ? `"${version}"` : `"${version}.${view}"`;
}
