import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets a CSS custom property on an element through the CSSOM (`style.setProperty`). Lit's
 * styleMap writes a `style` attribute on first render, which a page's strict
 * Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') refuses; CSSOM changes
 * are not inline styles and are always allowed.
 */
class CssPropertyDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperty() goes on an element (<span ${cssProperty(…)}>), not in an attribute');
  }

  render(_name: string, _value: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof noChange {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperty = directive(CssPropertyDirective);
