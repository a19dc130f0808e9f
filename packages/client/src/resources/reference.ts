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
  countries(options?: Options): Promise<Country[]>;
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
    async countries({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listCountries), CountryList, { signal })).items;
    },
    async nationalCommissions({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listNationalCommissions), NationalCommissionList, { signal })).items;
    },
  };
}
