import { Action } from '../schemas/action.js';
import { FieldOffice } from '../schemas/field-office.js';
import { FocalPoint } from '../schemas/focal-point.js';
import { CriterionScore, ExpertPage, MatchReason, OrganizationMatch, OrganizationMatchPage, ProgrammeMatch, ProgrammeMatchPage } from '../schemas/match.js';
import { Programme } from '../schemas/programme.js';
import { ActionPage } from './actions.js';
import { FieldOfficeDetail, FieldOfficePage } from './field-offices.js';
import { FocalPointPage } from './focal-points.js';
import { ProgrammePage } from './programmes.js';

/** Named OpenAPI component schemas of programmes, field offices, focal points, actions and matching. */
export const programmeComponents = {
  Programme,
  ProgrammePage,
  FieldOffice,
  FieldOfficeDetail,
  FieldOfficePage,
  FocalPoint,
  FocalPointPage,
  Action,
  ActionPage,
  CriterionScore,
  MatchReason,
  OrganizationMatch,
  OrganizationMatchPage,
  ProgrammeMatch,
  ProgrammeMatchPage,
  ExpertPage,
};
