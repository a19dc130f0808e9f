// A Secretariat person and a bearer token for the benchmarks, written through the repository
// the server verifies with (as `npm run liaison -- tokens create --role secretariat` does).
export async function issueBenchToken(storage) {
  const personId = await storage.accounts.createPerson({ displayName: 'Benchmark (program account)' });
  await storage.accounts.grantRoles(personId, [{ role: 'secretariat' }]);
  const { token } = await storage.accounts.issueToken(personId, { label: 'benchmark', expiresAt: new Date(Date.now() + 3_600_000) });
  return token;
}
