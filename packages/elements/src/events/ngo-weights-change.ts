import type { Weights } from '@ngo-liaison/core';

/**
 * The user moved a weight slider (or reset the weights) in `<ngo-match-list>`; the ranking
 * has already been updated. `weights` are the slider values (0–10 per criterion).
 * Bubbles and crosses shadow roots. Not cancelable.
 */
export class NgoWeightsChangeEvent extends Event {
  static readonly eventName = 'ngo-weights-change' as const;

  readonly weights: Readonly<Weights>;

  constructor(weights: Weights) {
    super(NgoWeightsChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.weights = { ...weights };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-weights-change': NgoWeightsChangeEvent;
  }
}
