import { describe, expect, test } from 'vitest';
import { whatRolesMayDo } from './role-actions.js';

describe('whatRolesMayDo (the demo editor page’s table, from core’s write rules)', () => {
  test('each role, each action: what the rules the API applies answer', () => {
    const table = Object.fromEntries(whatRolesMayDo().map(({ role, outcomes }) => [role, outcomes]));
    expect(table.secretariat).toEqual({
      'edit-own-profile': 'published',
      'edit-another-profile': 'published',
      'review-changes': 'allowed',
      'record-partnership-decision': 'allowed',
      'admit-organization': 'allowed',
      'see-partner-contacts': 'allowed',
      'read-audit-log': 'allowed',
    });
    expect(table['ngo-editor']).toEqual({
      'edit-own-profile': 'for-review',
      'edit-another-profile': 'refused',
      'review-changes': 'refused',
      'record-partnership-decision': 'refused',
      'admit-organization': 'refused',
      'see-partner-contacts': 'refused',
      'read-audit-log': 'refused',
    });
    // The readers the working-group paper names see partners-only contacts, and change nothing.
    for (const role of ['liaison-committee', 'sector', 'field-office', 'member-state'] as const) {
      expect(table[role]!['see-partner-contacts'], role).toBe('allowed');
      expect(Object.entries(table[role]!).filter(([action, outcome]) => action !== 'see-partner-contacts' && outcome !== 'refused'), role).toEqual([]);
    }
  });
});
