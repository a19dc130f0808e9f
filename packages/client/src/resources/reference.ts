import {
  CountryList,
  NationalCommissionList,
  SdgList,
  SectorList,
  PATHS,
  type Country,
  type NationalCommission,
  type Sdg,
  type Sector,
} from '@ngo-liaison/core';
import { relativePath, type Transport } from '../transport.js';

type Options = { signal?: AbortSignal };

/**
 * Reference lists, each complete in one response (and cached by ETag). The same data ships
 * in `@ngo-liaison/core/reference` for code that would rather not fetch it.
 */
export interface ReferenceResource {
  sectors(options?: Options): Promise<Sector[]>;
  sdgs(options?: Options): Promise<Sdg[]>;
  /**
   * Member States and Associate Members on `on` (YYYY-MM-DD; default: the server's today).
   * Membership has dates: from 2027-01-01 the list no longer holds the United States and Nicaragua.
   */
  countries(options?: Options & { on?: string }): Promise<Country[]>;
  nationalCommissions(options?: Options): Promise<NationalCommission[]>;
}

export function referenceResource(transport: Transport): ReferenceResource {
  return {
    async sectors({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listSectors), SectorList, { signal })).items;
    },
    async sdgs({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listSdgs), SdgList, { signal })).items;
    },
    async countries({ on, signal } = {}) {
      const searchParams = on === undefined ? {} : { searchParams: new URLSearchParams({ on }) };
      return (await transport.get(relativePath(PATHS.listCountries), CountryList, { ...searchParams, signal })).items;
    },
    async nationalCommissions({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listNationalCommissions), NationalCommissionList, { signal })).items;
    },
  };
}
