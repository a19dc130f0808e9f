import { ANONYMOUS, type Principal } from '../access/principal.js';
import { pickText } from '../i18n/pick-text.js';
import type { Organization } from '../schemas/organization.js';
import { stripControlCharacters } from '../text/control-characters.js';
import { exportableContacts } from './exportable-contacts.js';

/**
 * RFC 6350 §3.4: backslash, comma, semicolon and line breaks escaped in text values; other
 * control characters (which RFC 6350 does not allow in a value) dropped.
 */
function escapeText(value: string): string {
  return stripControlCharacters(value)
    .replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 6350 §3.2: lines longer than 75 octets folded with CRLF + space, never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * A vCard 4.0 (RFC 6350) for one organisation with the contacts `reader` may see (public ones;
 * partners-only ones too for partners: see exportableContacts), or undefined when it has none.
 */
export function organizationVCard(org: Organization, reader: Principal = ANONYMOUS): string | undefined {
  const contacts = exportableContacts(org, reader);
  if (!contacts.length) return undefined;
  const fictional = contacts.some((c) => c.fictional) || org.provenance.fictional;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', `UID:urn:ngo-liaison:organization:${org.id}`];
  const name = pickText(org.name, 'en');
  lines.push(`FN:${escapeText(name)}`, `ORG:${escapeText(name)}`);
  if (org.name.fr && org.name.fr !== name) lines.push(`ORG;LANGUAGE=fr:${escapeText(org.name.fr)}`);
  const acronym = org.acronym?.en ?? org.acronym?.fr;
  if (acronym) lines.push(`NICKNAME:${escapeText(acronym)}`);
  if (org.website) lines.push(`URL:${org.website}`);
  for (const contact of contacts) {
    if (contact.kind === 'email') lines.push(`EMAIL;TYPE=work:${escapeText(contact.value)}`);
    else if (contact.kind === 'phone') lines.push(`TEL;VALUE=text;TYPE=work,voice:${escapeText(contact.value)}`);
    // The postal address is one line of text: it goes in the street component.
    else lines.push(`ADR;TYPE=work:;;${escapeText(contact.value)};;;;`);
  }
  if (fictional) lines.push('NOTE:Fictional organisation and contact details (demo data).');
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** vCards of every organisation that has contacts `reader` may see, one after the other. */
export function organizationsToVCards(organizations: readonly Organization[], reader: Principal = ANONYMOUS): string {
  return organizations.map((org) => organizationVCard(org, reader)).filter((card): card is string => card !== undefined).join('');
}
