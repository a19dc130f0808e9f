/**
 * <ngo-forum-themes>: the reader proposed a theme (`proposed`), supported one (`supported`) or
 * withdrew a support (`withdrawn`); `theme` is the theme's id. Bubbles and crosses shadow roots.
 * Not cancelable: the server has recorded it.
 */
export class NgoForumThemeChangeEvent extends Event {
  static readonly eventName = 'ngo-forum-theme-change' as const;

  readonly change: 'proposed' | 'supported' | 'withdrawn';
  readonly theme: string;

  constructor(change: 'proposed' | 'supported' | 'withdrawn', theme: string) {
    super(NgoForumThemeChangeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.change = change;
    this.theme = theme;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ngo-forum-theme-change': NgoForumThemeChangeEvent;
  }
}
