import { NgoForumThemes } from './ngo-forum-themes.element.js';

export { NgoForumThemes };
export default NgoForumThemes;

NgoForumThemes.define('ngo-forum-themes');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-forum-themes': NgoForumThemes;
  }
}
