import type { ForumThemesStrings } from '../../internal/translation.js';

/** Spanish strings of <ngo-forum-themes>. */
export const esForumThemes: ForumThemesStrings = {
  'forumThemes.label': 'Temas propuestos para este foro',
  'forumThemes.propose': 'Proponer un tema',
  'forumThemes.title': 'Tema',
  'forumThemes.description': 'Por qué este tema (opcional)',
  'forumThemes.proposed': 'Su tema ha sido propuesto.',
  'forumThemes.standings': 'Clasificación',
  'forumThemes.counts': 'Estados Miembros: {memberStates}, ONG: {ngos}',
  'forumThemes.support': 'Apoyar',
  'forumThemes.withdraw': 'Retirar el apoyo',
  'forumThemes.supported': 'Usted apoya este tema.',
  'forumThemes.withdrawn': 'Apoyo retirado.',
  'forumThemes.already': 'Ya apoya este tema.',
  'forumThemes.chosen': 'Tema elegido',
  'forumThemes.reasons': 'Motivos: {reasons}',
  'forumThemes.closed': 'El tema está elegido: las propuestas y los apoyos están cerrados.',
  'forumThemes.empty': 'Aún no se ha propuesto ningún tema.',
  'forumThemes.noEvent': 'Indique el evento (atributo event) cuyos temas se muestran.',
  'forumThemes.signIn': 'Inicie sesión como Estado Miembro o editor de una ONG para proponer y apoyar temas.',
  'forumThemes.send': 'Proponer',
  'forumThemes.sending': 'Enviando…',
  'forumThemes.sendFailed': 'No enviado: {reason} No se ha perdido nada de lo que escribió; inténtelo de nuevo.',
  'forumThemes.titleRequired': 'Escriba el tema.',
};
export default esForumThemes;
