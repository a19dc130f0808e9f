import { DisplayName, Email, invitationMail, isLanguage, LANGUAGES, roleKey, safeParse } from '@ngo-liaison/core';
import { DEFAULT_INVITATION_HOURS, invitationLink } from '../../access/invitation-repository.js';
import { openStorage } from '../../storage/storage.js';
import { UsageError } from '../cli-errors.js';
import type { Command } from '../command.js';
import { requireExisting } from '../existing-database.js';
import { GRANT_HELP, GRANT_OPTIONS, boundedInteger, grantFromFlags, requireGrantTargets } from '../grant-flags.js';

export const inviteCommand: Command = {
  name: 'invite',
  summary: 'create a one-time invitation with one role and print its link',
  help: `liaison invite --role <role> [scope] [--email <address> [--language ar|en|es|fr|ru|zh]] [--name <display name>] [--expires-in-hours N] [--json]

Creates a one-time invitation (valid ${DEFAULT_INVITATION_HOURS} hours unless --expires-in-hours says otherwise, at
most 168) and prints its link: the person opens it on Liaison's sign-in page and chooses their
name, e-mail and password. The link holds the secret in its fragment; pass it on privately.
The link starts with PUBLIC_URL, else http://localhost:$PORT (8787).
With --email the link is also mailed (in --language, default en): the message waits in the
outbox until a running server sends it (through SMTP_URL, or as an .eml file in MAIL_DIR).

${GRANT_HELP}`,
  arguments: [],
  options: { ...GRANT_OPTIONS, email: { type: 'string' }, language: { type: 'string' }, name: { type: 'string' }, 'expires-in-hours': { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, location, out, note }) {
    const grant = grantFromFlags(values);
    const hours = boundedInteger(values, 'expires-in-hours', DEFAULT_INVITATION_HOURS, 168);
    const rawEmail = typeof values.email === 'string' ? values.email : undefined;
    const parsedEmail = rawEmail === undefined ? undefined : safeParse(Email, rawEmail);
    if (parsedEmail && !parsedEmail.success) throw new UsageError(`--email must be an e-mail address, got "${rawEmail}"`);
    const email = parsedEmail?.data;
    const language = typeof values.language === 'string' ? values.language : 'en';
    if (!isLanguage(language)) throw new UsageError(`--language must be one of ${LANGUAGES.join(', ')}, got "${language}"`);
    if (values.language !== undefined && !email) throw new UsageError('--language is the language of the mail: give --email too');
    const name = typeof values.name === 'string' ? values.name : undefined;
    if (name !== undefined && !safeParse(DisplayName, name).success) throw new UsageError('--name must be 1 to 120 characters');
    const origin = process.env.PUBLIC_URL?.trim() || `http://localhost:${process.env.PORT ?? 8787}`;
    requireExisting(location);
    const storage = await openStorage(location);
    try {
      await requireGrantTargets(storage, grant);
      const now = new Date();
      const { id, secret, expiresAt } = await storage.invitations.create(
        { email: email ?? null, displayName: name ?? null, roles: [grant], createdBy: null, expiresAt: new Date(now.getTime() + hours * 3_600_000) },
        now,
        email
          ? (created, trx) =>
              storage.outbox.enqueue(
                [invitationMail({ invitationId: created.id, to: email, language, link: invitationLink(origin, created.secret), expiresAt: created.expiresAt, displayName: name })],
                now,
                trx
              )
          : undefined
      );
      const link = invitationLink(origin, secret);
      if (values.json) return await out(`${JSON.stringify({ id, link, expiresAt, role: grant, ...(email ? { mailedTo: email } : {}) })}\n`);
      note(`Invitation ${id} for ${roleKey(grant)}${email ? ` (${email})` : ''}, valid until ${expiresAt}; it works once:`);
      if (email) note(`The link is mailed to ${email} by the running server (SMTP_URL, or an .eml file in MAIL_DIR).`);
      await out(`${link}\n`);
    } finally {
      await storage.close();
    }
  },
};
