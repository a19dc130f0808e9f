import { NgoMatchList } from './ngo-match-list.element.js';

export { NgoMatchList };
export default NgoMatchList;

NgoMatchList.define('ngo-match-list');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-match-list': NgoMatchList;
  }
}
