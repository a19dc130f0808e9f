import { fieldOfficeDetail, type Coverage, type FieldOfficeDetail } from '@ngo-liaison/core';
import { defaultCoverage } from '@ngo-liaison/core/matching';

/**
 * Field offices are curated reference data in core (sourced, with certainty flags), like
 * countries: they change with a release, not through the API. This repository is the seam
 * where a table will go once the Secretariat edits offices.
 */
export class FieldOfficeRepository {
  readonly coverage: Coverage;

  constructor(coverage: Coverage = defaultCoverage()) {
    this.coverage = coverage;
  }

  get(code: string): FieldOfficeDetail | undefined {
    return fieldOfficeDetail(code, this.coverage);
  }
}
