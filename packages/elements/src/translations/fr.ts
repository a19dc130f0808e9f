import type { Translation } from '../internal/translation.js';

// Our translation; to be reviewed by a French-speaking editor before release.
export const fr: Translation = {
  $lang: 'fr',
  directoryLabel: 'Organisations',
  loading: 'Chargement…',
  loadMore: 'Afficher plus',
  loadingMore: 'Chargement de la suite…',
  retry: 'Réessayer',
  empty: 'Aucune organisation à afficher.',
  errorTitle: "L'annuaire n'a pas pu être chargé.",
  errorNetwork: 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre.',
  errorHttp: 'Le serveur a répondu par une erreur (HTTP {status}).',
  errorData: 'Le serveur a envoyé des données dans un format inattendu.',
  errorUnknown: 'Une erreur est survenue.',
  resultCount: { one: '{count} organisation', other: '{count} organisations' },
  shownOfTotal: { one: '{shown} sur {count} organisation', other: '{shown} sur {count} organisations' },
  headquarters: 'Siège',
  place: '{city}, {country}',
  sectors: 'Secteurs',
  website: 'Site web',
  fictional: 'Organisation fictive (données de démonstration)',
};
