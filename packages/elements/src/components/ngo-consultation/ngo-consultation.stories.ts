import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sampleConsultation } from '@ngo-liaison/core';
import type { ConsultationClient } from '../../internal/consultation-client.js';
import { formStoryClient, formStoryHandlers } from '../../../test/forms-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-consultation.js';

/** The fictional sample consultation the handlers (and a fresh server) hold, open for three more weeks. */
const SAMPLE = sampleConsultation(new Date()).id;

interface ConsultationArgs {
  lang?: string;
  consultationId?: string;
  owner?: boolean;
}

/** The Education Sector's client, once the NGO has answered (so its live results show a response). */
function ownerClient(): ConsultationClient {
  const sector = formStoryClient('sector');
  let seeded: Promise<unknown> | undefined;
  const seed = () =>
    (seeded ??= formStoryClient('editor')
      .consultations.respond(SAMPLE, { answers: { focus: 'women', means: ['radio', 'classes'], order: ['teachers', 'books', 'places'], comment: 'Evening radio lessons reach the most learners.' } })
      .catch(() => undefined));
  return { consultations: { ...sector.consultations, get: async (id, options) => (await seed(), sector.consultations.get(id, options)) } };
}

const meta: Meta<ConsultationArgs> = {
  title: 'Widgets/ngo-consultation',
  component: 'ngo-consultation',
  tags: ['autodocs'],
  args: { consultationId: SAMPLE },
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ lang, consultationId, owner }) =>
    html`<ngo-consultation consultation-id=${ifDefined(consultationId)} lang=${ifDefined(lang)} ?live-results=${owner === true}
      .client=${owner ? ownerClient() : formStoryClient('editor')}></ngo-consultation>`,
  parameters: { msw: { handlers: formStoryHandlers() } },
};

export default meta;
type Story = StoryObj<ConsultationArgs>;

/** An NGO editor answers the fictional sample consultation: one choice, several choices, a ranking (Move up / Move down), free text. */
export const Respondent: Story = { name: 'Respondent (answer)' };

/** The owning sector with `live-results`: the answers so far as bars and tables, while the consultation runs. */
export const Owner: Story = { name: 'Owner (live results)', args: { owner: true } };

export const Arabic: Story = { args: { lang: 'ar' }, parameters: { msw: { handlers: formStoryHandlers() } } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };

export const NotFound: Story = { name: 'Not found', args: { consultationId: 'cons-nowhere' } };
