/** The applicant: name and contact, the identity number to check at delivery, and the address with its commune or ward. */
import { FieldError, TextField, described } from './fields.js';
import type { IntakeErrors, IntakeFormState } from './intake-form.js';
import type { Unit } from './postal-api.js';
import type { PostalTexts } from './text.js';

export interface IntakeApplicantProps {
  idOf: (name: string) => string;
  t: PostalTexts;
  form: IntakeFormState;
  update: (change: Partial<IntakeFormState>) => void;
  errors: IntakeErrors;
  units: Unit[];
  /** The unit's name when the list of units could not be read (no network): the pickup's. */
  knownUnitName: string | null;
}

export function IntakeApplicant({ idOf, t, form, update, errors, units, knownUnitName }: IntakeApplicantProps) {
  const unitId = idOf('unit');
  return (
    <fieldset className="section">
      <legend>{t.applicantSection}</legend>
      <TextField id={idOf('name')} label={t.name} value={form.name} onChange={(name) => update({ name })} error={errors.name} />
      <TextField id={idOf('phone')} label={t.phone} value={form.phone} onChange={(phone) => update({ phone })} error={errors.phone} type="tel" inputMode="tel" />
      <TextField id={idOf('email')} label={t.email} value={form.email} onChange={(email) => update({ email })} error={errors.email} type="email" inputMode="email" />
      <TextField id={idOf('idNumber')} label={t.idNumber} hint={t.idNumberHint} value={form.idNumber} onChange={(idNumber) => update({ idNumber })} error={errors.idNumber} />
      <div className="field">
        <label htmlFor={unitId}>{t.unit}</label>
        <select id={unitId} value={form.unitCode} aria-invalid={errors.unit === undefined ? undefined : true} aria-describedby={described(unitId, false, errors.unit)} onChange={(event) => update({ unitCode: event.target.value })}>
          <option value="">{t.unitChoose}</option>
          {units.length === 0 && form.unitCode !== '' ? <option value={form.unitCode}>{knownUnitName ?? form.unitCode}</option> : null}
          {units.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.fullName}
            </option>
          ))}
        </select>
        <FieldError id={unitId} error={errors.unit} />
      </div>
      <TextField id={idOf('address')} label={t.address} value={form.address} onChange={(address) => update({ address })} error={errors.address} />
    </fieldset>
  );
}
