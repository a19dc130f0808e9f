import * as z from 'zod/mini';
import { Consultation, ConsultationInput, ConsultationResponse, ConsultationResponseInput } from '../consultations/consultation.js';
import { ConsultationResults } from '../consultations/consultation-results.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

export const ConsultationList = z.object({ items: z.array(Consultation) });
export type ConsultationList = z.infer<typeof ConsultationList>;

const id = { id: z.string() };

export const consultationOperations = {
  createConsultation: {
    method: 'post',
    path: PATHS.createConsultation,
    summary: 'Open a collective consultation (the Secretariat, or a sector for its own sector)',
    description: "The sector's expert NGOs are frozen into the audience when it is created.",
    tags: ['consultations', 'writes'],
    security: 'signed-in',
    requestBody: { schema: ConsultationInput },
    responses: { 201: { description: 'Created; Location names it', schema: Consultation } },
    errors: [400, 401, 403, 413, 415, 429],
  },
  listConsultations: {
    method: 'get',
    path: PATHS.listConsultations,
    summary: 'Consultations you may see',
    description: 'Public audiences (all partners, a region, Member States) for everyone; private ones (a list, a sector\'s experts) for their audience and owner.',
    tags: ['consultations'],
    response: ConsultationList,
    errors: [429],
  },
  getConsultation: {
    method: 'get',
    path: PATHS.getConsultation,
    summary: 'One consultation',
    tags: ['consultations'],
    pathParams: id,
    response: Consultation,
    errors: [404, 429],
  },
  getMyConsultationResponse: {
    method: 'get',
    path: PATHS.getMyConsultationResponse,
    summary: 'The response you saved (your organisation, or your Member State)',
    tags: ['consultations'],
    security: 'signed-in',
    pathParams: id,
    query: { organization: { description: 'The organisation you answer for, when you edit several.', schema: { type: 'string' } } },
    response: ConsultationResponse,
    errors: [401, 404, 429],
  },
  respondToConsultation: {
    method: 'put',
    path: PATHS.respondToConsultation,
    summary: 'Save your response (one per respondent, editable until closing)',
    description: 'A second PUT replaces the first. After closing: 409.',
    tags: ['consultations', 'writes'],
    security: 'signed-in',
    pathParams: id,
    requestBody: { schema: ConsultationResponseInput },
    response: ConsultationResponse,
    errors: [400, 401, 403, 404, 409, 413, 415, 429],
  },
  getConsultationResults: {
    method: 'get',
    path: PATHS.getConsultationResults,
    summary: 'Results: live for the owner, for everyone once published',
    tags: ['consultations'],
    pathParams: id,
    response: ConsultationResults,
    errors: [403, 404, 429],
  },
  publishConsultationResults: {
    method: 'post',
    path: PATHS.publishConsultationResults,
    summary: 'Publish the results after closing (the owner)',
    tags: ['consultations', 'writes'],
    security: 'signed-in',
    pathParams: id,
    response: Consultation,
    errors: [401, 403, 404, 409, 429],
  },
  exportConsultationFreeText: {
    method: 'get',
    path: PATHS.exportConsultationFreeText,
    summary: 'Free-text answers as CSV (the owner; everyone once published)',
    tags: ['consultations'],
    pathParams: id,
    query: { lang: { description: 'Language of the question prompts.', schema: { type: 'string', enum: ['ar', 'en', 'es', 'fr', 'ru', 'zh'] } } },
    produces: 'text/csv',
    errors: [403, 404, 429],
  },
} as const satisfies Record<string, Operation>;
