import type { ForumThemesStrings } from '../../internal/translation.js';

/** French strings of <ngo-forum-themes>. */
export const frForumThemes: ForumThemesStrings = {
  'forumThemes.label': 'Thèmes proposés pour ce forum',
  'forumThemes.propose': 'Proposer un thème',
  'forumThemes.title': 'Thème',
  'forumThemes.description': 'Pourquoi ce thème (facultatif)',
  'forumThemes.proposed': 'Votre thème a été proposé.',
  'forumThemes.standings': 'Classement',
  'forumThemes.counts': 'États membres : {memberStates}, ONG : {ngos}',
  'forumThemes.support': 'Soutenir',
  'forumThemes.withdraw': 'Retirer le soutien',
  'forumThemes.supported': 'Vous soutenez ce thème.',
  'forumThemes.withdrawn': 'Soutien retiré.',
  'forumThemes.already': 'Vous soutenez déjà ce thème.',
  'forumThemes.chosen': 'Thème retenu',
  'forumThemes.reasons': 'Motifs : {reasons}',
  'forumThemes.closed': 'Le thème est retenu : propositions et soutiens sont clos.',
  'forumThemes.empty': 'Aucun thème proposé pour l’instant.',
  'forumThemes.noEvent': 'Indiquez l’événement (attribut event) dont afficher les thèmes.',
  'forumThemes.signIn': 'Connectez-vous comme État membre ou rédacteur d’une ONG pour proposer et soutenir des thèmes.',
  'forumThemes.send': 'Proposer',
  'forumThemes.sending': 'Envoi…',
  'forumThemes.sendFailed': 'Non envoyé : {reason} Rien de ce que vous avez saisi n’est perdu ; réessayez.',
  'forumThemes.titleRequired': 'Saisissez le thème.',
};
export default frForumThemes;
