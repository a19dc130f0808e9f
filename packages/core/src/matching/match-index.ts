import type { SectorCode } from '../schemas/sector.js';
import { SECTOR_CODES } from '../schemas/sector.js';
import {
  geographyFit,
  languageFit,
  overlapFit,
  partnershipFit,
  sectorFit,
  themeFit,
  toScoreUnits,
  trackRecordFit,
} from './fits.js';
import type { OrganizationProfile, ProgrammeProfile } from './profiles.js';
import { UNESCO_REGIONS } from '../schemas/country.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import type { ThemeVocabulary } from './themes.js';
import type { Weights } from './weights.js';

/*
 * The fast kernel: organisations compiled once into flat typed arrays (sets become bit
 * masks or id lists), a programme compiled into lookup tables over the same ids, then one
 * tight loop per programme. It calls the same fit formulas as the reference implementation
 * (explain.ts) and sums in the same order, so scores agree exactly.
 */

const SECTOR_BIT: Record<SectorCode, number> = Object.fromEntries(SECTOR_CODES.map((code, i) => [code, 1 << i])) as Record<SectorCode, number>;

const REGION_BIT = Object.fromEntries(UNESCO_REGIONS.map((region, i) => [region, 1 << i])) as Record<(typeof UNESCO_REGIONS)[number], number>;

function sectorMask(sectors: Iterable<SectorCode>): number {
  let mask = 0;
  for (const s of sectors) mask |= SECTOR_BIT[s];
  return mask;
}

function sdgMask(sdgs: Iterable<number>): number {
  let mask = 0;
  for (const n of sdgs) if (n >= 1 && n <= 31) mask |= 1 << (n - 1);
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

class Ids {
  readonly map = new Map<string, number>();
  id(key: string): number {
    let id = this.map.get(key);
    if (id === undefined) this.map.set(key, (id = this.map.size));
    return id;
  }
}

/** A programme turned into lookup tables over one index's ids. */
export interface CompiledProgramme {
  readonly profile: ProgrammeProfile;
  readonly programmeIndex: number;
  readonly sectorBit: number;
  readonly sdgMask: number;
  /** Bit set of the programme's countries (by country id), and the indexes of its non-zero words. */
  readonly countryBits: Int32Array;
  readonly countryWords: Int32Array;
  /** Bit set of the field offices concerned (by office id). */
  readonly officeBits: Int32Array;
  /** Bit mask of the regions concerned. */
  readonly regionMask: number;
  /** Per theme id: bit j set when the id is programme theme j (exact) or one step from it (related). */
  readonly exact: Int32Array;
  readonly related: Int32Array;
  /** Per language id: 1 when the programme works in it. */
  readonly language: Uint8Array;
  /** The same as a bit mask (used when the index keeps language masks). */
  readonly languageMask: number;
}

export class MatchIndex {
  readonly size: number;
  readonly profiles: readonly OrganizationProfile[];
  /** Organisation ids in code-point order, and each organisation's position in it (tie-breaks). */
  readonly sortedIds: readonly string[];
  readonly idRank: Int32Array;

  readonly #countries = new Ids();
  readonly #themes = new Ids();
  readonly #languages = new Ids();
  readonly #vocabulary: ThemeVocabulary;

  readonly #sector: Uint8Array;
  readonly #themeSector: Uint8Array;
  readonly #sdg: Int32Array;
  readonly #status: Float64Array;
  /** Per organisation: its countries as a bit set (W words each), the offices covering them (OW words) and their regions. */
  readonly #countryWords: number;
  readonly #countryBits: Int32Array;
  readonly #officeWords: number;
  readonly #officeBits: Int32Array;
  readonly #regionMask: Uint8Array;
  readonly #offices = new Ids();
  readonly #themeOff: Int32Array;
  readonly #themeIds: Int32Array;
  readonly #langOff: Int32Array;
  readonly #langIds: Int32Array;
  /** Languages as a bit mask when there are at most 31 distinct ones (the usual case); else -1. */
  readonly #langMask: Int32Array;
  readonly #actOff: Int32Array;
  readonly #actProgramme: Int32Array;
  readonly #actSector: Uint8Array;
  readonly #actCountryOff: Int32Array;
  readonly #actCountryIds: Int32Array;

  constructor(
    profiles: readonly OrganizationProfile[],
    programmeIndex: (id: string) => number,
    vocabulary: ThemeVocabulary,
    coverage: Coverage,
  ) {
    const n = profiles.length;
    this.size = n;
    this.profiles = profiles;
    this.#vocabulary = vocabulary;
    this.#sector = new Uint8Array(n);
    this.#themeSector = new Uint8Array(n);
    this.#sdg = new Int32Array(n);
    this.#status = new Float64Array(n);
    this.#regionMask = new Uint8Array(n);
    this.#themeOff = new Int32Array(n + 1);
    this.#langOff = new Int32Array(n + 1);
    this.#actOff = new Int32Array(n + 1);
    const countryIds: number[] = [];
    const countryOff: number[] = [0];
    const officeLists: number[][] = [];
    for (const office of coverage.fieldOffices) this.#offices.id(office.code);
    const themeIds: number[] = [];
    const langIds: number[] = [];
    const actProgramme: number[] = [];
    const actSector: number[] = [];
    const actCountryOff: number[] = [0];
    const actCountryIds: number[] = [];

    profiles.forEach((o, i) => {
      this.#sector[i] = sectorMask(o.sectors);
      this.#themeSector[i] = sectorMask(o.themeSectors);
      this.#sdg[i] = sdgMask(o.sdgs);
      this.#status[i] = partnershipFit(o.standing, o.state);
      const offices: number[] = [];
      for (const c of o.countries) {
        countryIds.push(this.#countries.id(c));
        for (const office of coverage.officesCovering(c)) offices.push(this.#offices.id(office.code));
        const region = coverage.regionOf(c);
        if (region) this.#regionMask[i]! |= REGION_BIT[region];
      }
      countryOff.push(countryIds.length);
      officeLists.push(offices);
      for (const k of o.themeKeys) themeIds.push(this.#themes.id(k));
      this.#themeOff[i + 1] = themeIds.length;
      for (const l of o.languages) langIds.push(this.#languages.id(l));
      this.#langOff[i + 1] = langIds.length;
      for (const a of o.actions) {
        actProgramme.push(programmeIndex(a.programme));
        actSector.push(a.sector ? SECTOR_BIT[a.sector] : 0);
        for (const c of a.countries) actCountryIds.push(this.#countries.id(c));
        actCountryOff.push(actCountryIds.length);
      }
      this.#actOff[i + 1] = actProgramme.length;
    });
    // Bit sets are laid out once every country id is known (actions add some).
    const W = (this.#countryWords = Math.max(1, Math.ceil(this.#countries.map.size / 32)));
    this.#countryBits = new Int32Array(n * W);
    for (let i = 0; i < n; i++) {
      for (let k = countryOff[i]!; k < countryOff[i + 1]!; k++) {
        const c = countryIds[k]!;
        this.#countryBits[i * W + (c >>> 5)]! |= 1 << (c & 31);
      }
    }
    const OW = (this.#officeWords = Math.max(1, Math.ceil(this.#offices.map.size / 32)));
    this.#officeBits = new Int32Array(n * OW);
    officeLists.forEach((list, i) => {
      for (const o of list) this.#officeBits[i * OW + (o >>> 5)]! |= 1 << (o & 31);
    });
    this.#themeIds = Int32Array.from(themeIds);
    this.#langIds = Int32Array.from(langIds);
    this.#langMask = new Int32Array(n);
    if (this.#languages.map.size <= 31) {
      for (let i = 0; i < n; i++) {
        for (let k = this.#langOff[i]!; k < this.#langOff[i + 1]!; k++) this.#langMask[i]! |= 1 << langIds[k]!;
      }
    } else {
      this.#langMask.fill(-1);
    }
    this.#actProgramme = Int32Array.from(actProgramme);
    this.#actSector = Uint8Array.from(actSector);
    this.#actCountryOff = Int32Array.from(actCountryOff);
    this.#actCountryIds = Int32Array.from(actCountryIds);

    const ids = profiles.map((o) => o.organization.id);
    const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    this.sortedIds = order.map((i) => ids[i]!);
    this.idRank = new Int32Array(n);
    order.forEach((i, rank) => (this.idRank[i] = rank));
  }

  /** Builds the programme's lookup tables (independent of weights, so callers may cache it). */
  compile(profile: ProgrammeProfile): CompiledProgramme {
    if (profile.themeKeys.length > 31) throw new RangeError('a programme can have at most 31 distinct themes');
    const countryBits = new Int32Array(this.#countryWords);
    for (const code of profile.countries) {
      const id = this.#countries.map.get(code);
      if (id !== undefined) countryBits[id >>> 5]! |= 1 << (id & 31);
    }
    const countryWords = Int32Array.from([...countryBits].flatMap((word, w) => (word !== 0 ? [w] : [])));
    const officeBits = new Int32Array(this.#officeWords);
    for (const code of profile.offices) {
      const id = this.#offices.map.get(code);
      if (id !== undefined) officeBits[id >>> 5]! |= 1 << (id & 31);
    }
    let regionMask = 0;
    for (const region of profile.regions) regionMask |= REGION_BIT[region];
    const exact = new Int32Array(this.#themes.map.size);
    const related = new Int32Array(this.#themes.map.size);
    profile.themeKeys.forEach((key, j) => {
      const id = this.#themes.map.get(key);
      if (id !== undefined) exact[id]! |= 1 << j;
      for (const near of this.#vocabulary.related(key)) {
        const nearId = this.#themes.map.get(near);
        if (nearId !== undefined) related[nearId]! |= 1 << j;
      }
    });
    const language = new Uint8Array(this.#languages.map.size);
    let languageMask = 0;
    for (const l of profile.languages) {
      const id = this.#languages.map.get(l);
      if (id !== undefined) {
        language[id] = 1;
        if (id < 31) languageMask |= 1 << id;
      }
    }
    return {
      profile,
      programmeIndex: profile.index,
      sectorBit: SECTOR_BIT[profile.sector],
      sdgMask: sdgMask(profile.sdgs),
      countryBits,
      countryWords,
      officeBits,
      regionMask,
      exact,
      related,
      language,
      languageMask,
    };
  }

  /**
   * Scores every organisation against a compiled programme with normalised weights,
   * writing scores in millionths into `out` (length ≥ size).
   */
  scoreInto(cp: CompiledProgramme, w: Weights, out: Float64Array | Int32Array): void {
    const n = this.size;
    const sectorArr = this.#sector;
    const themeSector = this.#themeSector;
    const sdg = this.#sdg;
    const status = this.#status;
    const W = this.#countryWords;
    const orgCountryBits = this.#countryBits;
    const OW = this.#officeWords;
    const orgOfficeBits = this.#officeBits;
    const orgRegions = this.#regionMask;
    const themeOff = this.#themeOff;
    const themeIds = this.#themeIds;
    const langOff = this.#langOff;
    const langIds = this.#langIds;
    const langMask = this.#langMask;
    const actOff = this.#actOff;
    const actProgramme = this.#actProgramme;
    const actSector = this.#actSector;
    const actCountryOff = this.#actCountryOff;
    const actCountryIds = this.#actCountryIds;

    const { sectorBit, sdgMask: pSdg, countryBits, countryWords, officeBits, regionMask, exact, related, language, languageMask, programmeIndex } = cp;
    const pWords = countryWords.length;
    const { applies } = cp.profile;
    const themeTotal = cp.profile.themeKeys.length;
    const sdgTotal = cp.profile.sdgs.length;
    const geoTotal = cp.profile.countries.length;
    const themesApply = applies.themes;
    const sdgsApply = applies.sdgs;
    const geoApply = applies.geography;
    const langApply = applies.languages;
    const wSector = w.sector;
    const wThemes = w.themes;
    const wSdgs = w.sdgs;
    const wGeo = w.geography;
    const wLang = w.languages;
    const wStatus = w.partnership;
    const wTrack = w['track-record'];

    for (let i = 0; i < n; i++) {
      const fSector = sectorFit((sectorArr[i]! & sectorBit) !== 0, (themeSector[i]! & sectorBit) !== 0);

      let fThemes = 0;
      if (themesApply) {
        let ex = 0;
        let rel = 0;
        for (let k = themeOff[i]!, end = themeOff[i + 1]!; k < end; k++) {
          const id = themeIds[k]!;
          ex |= exact[id]!;
          rel |= related[id]!;
        }
        // Most organisations share no theme with a programme: skip the arithmetic (the fit is 0 either way).
        if ((ex | rel) !== 0) fThemes = themeFit(popcount(ex), popcount(rel & ~ex), themeTotal);
      }

      const sharedSdgs = sdg[i]! & pSdg;
      const fSdgs = sdgsApply && sharedSdgs !== 0 ? overlapFit(popcount(sharedSdgs), sdgTotal) : 0;

      let fGeo = 0;
      if (geoApply) {
        // Present in programme countries: popcount of the intersection. Otherwise the closest
        // level: a country covered by an office concerned (2), or in a region concerned (1).
        let present = 0;
        const base = i * W;
        for (let k = 0; k < pWords; k++) {
          const w = countryWords[k]!;
          const both = orgCountryBits[base + w]! & countryBits[w]!;
          if (both !== 0) present += popcount(both);
        }
        let best = 0;
        if (present > 0) best = 3;
        else {
          let hit = 0;
          for (let k = 0, ob = i * OW; k < OW; k++) hit |= orgOfficeBits[ob + k]! & officeBits[k]!;
          if (hit !== 0) best = 2;
          else if ((orgRegions[i]! & regionMask) !== 0) best = 1;
        }
        if (best !== 0) fGeo = geographyFit(best, present, geoTotal);
      }

      let fLang = 0;
      if (langApply) {
        const mask = langMask[i]!;
        let shared = 0;
        if (mask !== -1) shared = (mask & languageMask) !== 0 ? 1 : 0;
        else for (let k = langOff[i]!, end = langOff[i + 1]!; k < end; k++) shared += language[langIds[k]!]!;
        fLang = languageFit(shared);
      }

      let fTrack = 0;
      const actStart = actOff[i]!;
      const actEnd = actOff[i + 1]!;
      if (actStart !== actEnd) {
        let inProgramme = 0;
        let inSector = 0;
        let inCountries = 0;
        for (let a = actStart; a < actEnd; a++) {
          if (programmeIndex >= 0 && actProgramme[a] === programmeIndex) inProgramme++;
          if ((actSector[a]! & sectorBit) !== 0) inSector++;
          for (let c = actCountryOff[a]!, cEnd = actCountryOff[a + 1]!; c < cEnd; c++) {
            const id = actCountryIds[c]!;
            if ((countryBits[id >>> 5]! & (1 << (id & 31))) !== 0) {
              inCountries++;
              break;
            }
          }
        }
        fTrack = trackRecordFit(inProgramme, inSector, inCountries);
      }

      let score = 0;
      score += wSector * fSector;
      score += wThemes * fThemes;
      score += wSdgs * fSdgs;
      score += wGeo * fGeo;
      score += wLang * fLang;
      score += wStatus * status[i]!;
      score += wTrack * fTrack;
      out[i] = toScoreUnits(score);
    }
  }
}
