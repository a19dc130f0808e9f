import { Action, ActionActor } from '../schemas/action.js';
import { FieldOffice } from '../schemas/field-office.js';
import { FocalPoint } from '../schemas/focal-point.js';
import { CriterionScore, ExpertProposalPage, MatchReason, OrganizationMatch, OrganizationMatchPage, ProgrammeMatch, ProgrammeMatchPage } from '../schemas/match.js';
import { Programme } from '../schemas/programme.js';
import { ExpertDesignation } from '../schemas/expert-designation.js';
import { LiaisonCommitteeMandate } from '../schemas/liaison-committee.js';
import { ActionPage } from './actions.js';
import { ExpertDesignationPage } from './experts.js';
import { MandatePage } from './liaison-committee.js';
import { FieldOfficeDetail, FieldOfficePage } from './field-offices.js';
import { FocalPointPage } from './focal-points.js';
import { ProgrammePage } from './programmes.js';

/** Named OpenAPI component schemas of programmes, field offices, focal points, actions, matching, expert designations and Liaison Committee mandates. */
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
  ExpertProposalPage,
  ActionActor,
  ExpertDesignation,
  ExpertDesignationPage,
  LiaisonCommitteeMandate,
  MandatePage,
};
