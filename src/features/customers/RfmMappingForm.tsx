import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLUMN_ROLES,
  mappingProblems,
  type ColumnMapping,
  type ImportKind,
} from '../../domain/customers/importColumns';
import {
  DATE_ORDERS,
  isoDate,
  parseAmount,
  parseDay,
  type DateOrder,
  type DecimalMark,
} from '../../domain/customers/importFormats';
import { TableScroll } from '../../ui/TableScroll';
import { formatsFitting, type ImportPreview, type ImportRequest } from '../../workers/rfmImportPipeline';

const SHOWN_ROWS = 5;

interface Props {
  fileName: string;
  preview: ImportPreview;
  /** The settings of a run that failed, when the user comes back to change one. */
  initial?: ImportRequest | undefined;
  onImport: (request: ImportRequest) => void;
  onCancel: () => void;
}

/** The mapping step: what the file holds, which column is which, how dates and amounts are written, and a preview. */
export function RfmMappingForm({ fileName, preview, initial, onImport, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ImportKind>(initial?.settings.kind ?? 'transactions');
  const [columns, setColumns] = useState<Record<ImportKind, ColumnMapping>>(() =>
    initial ? { ...preview.guess, [initial.settings.kind]: initial.settings.columns } : preview.guess,
  );
  const mapping = columns[kind];
  const fitting = useMemo(
    () => formatsFitting(preview, columns.transactions.date ?? null, columns.transactions.amount ?? null),
    [preview, columns.transactions.date, columns.transactions.amount],
  );
  const amountColumn = kind === 'transactions' ? mapping.amount : mapping.monetary;
  const decimalFit = useMemo(
    () => formatsFitting(preview, null, amountColumn ?? null).decimal,
    [preview, amountColumn],
  );
  // What the user chose; until then, what the chosen columns' first rows fit.
  const [chosenOrder, setDateOrder] = useState<DateOrder | null>(initial?.settings.dateOrder ?? null);
  const [chosenDecimal, setDecimal] = useState<DecimalMark | null>(initial?.settings.decimal ?? null);
  const dateOrder = chosenOrder ?? fitting.dateOrders[0] ?? 'ymd';
  const decimal = chosenDecimal ?? decimalFit ?? '.';
  const [analysisDate, setAnalysisDate] = useState(initial?.settings.analysisDate ?? '');
  const problems = mappingProblems(mapping, kind, preview.headers.length);
  const problemOf = new Map(problems.map((p) => [p.role, p.problem]));
  const columnName = (index: number) =>
    t('customers.rfm.import.columnName', { n: index + 1, header: preview.headers[index] || '–' });

  const submit = () => {
    if (problems.length > 0) return;
    const chosen = Object.fromEntries(COLUMN_ROLES[kind].map((role) => [role, mapping[role]!]));
    onImport({
      fileName,
      headers: preview.headers,
      settings: { kind, columns: chosen, dateOrder, decimal, analysisDate: analysisDate || null },
    });
  };

  const readCell = (role: string, raw: string) => {
    if (role === 'date') {
      const day = parseDay(raw, dateOrder);
      return day === null ? t('customers.rfm.import.unreadable') : isoDate(day);
    }
    if (role === 'amount' || role === 'monetary') {
      const amount = parseAmount(raw.trim(), decimal);
      return amount === null ? t('customers.rfm.import.unreadable') : String(amount);
    }
    return raw;
  };

  return (
    <form
      className="rfm-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend>{t('customers.rfm.import.kind')}</legend>
        {(['transactions', 'summary'] as const).map((k) => (
          <label key={k} className="rfm-choice">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {t(`customers.rfm.import.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">{t('customers.rfm.import.headerRow')}</p>
      {preview.format === 'xlsx' && (
        <p className="field-hint" data-testid="rfm-xlsx-note">
          {t('customers.rfm.import.xlsxNote')}
        </p>
      )}
      <div className="customer-fields">
        {COLUMN_ROLES[kind].map((role) => {
          const problem = problemOf.get(role);
          const fieldId = `${id}-${role}`;
          return (
            <div key={role} className="field">
              <label htmlFor={fieldId}>{t(`customers.rfm.import.roles.${role}`)}</label>
              <select
                id={fieldId}
                value={mapping[role] ?? ''}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${fieldId}-problem` : undefined}
                onChange={(e) =>
                  setColumns((c) => ({
                    ...c,
                    [kind]: { ...c[kind], [role]: e.target.value === '' ? null : Number(e.target.value) },
                  }))
                }
              >
                <option value="">{t('customers.rfm.import.choose')}</option>
                {preview.headers.map((_, i) => (
                  <option key={i} value={i}>
                    {columnName(i)}
                  </option>
                ))}
              </select>
              {problem && (
                <p className="field-error" id={`${fieldId}-problem`}>
                  {t(`customers.rfm.import.problems.${problem}`)}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="customer-fields">
        {kind === 'transactions' && (
          <div className="field">
            <label htmlFor={`${id}-dates`}>{t('customers.rfm.import.dateOrder')}</label>
            <select
              id={`${id}-dates`}
              value={dateOrder}
              onChange={(e) => setDateOrder(e.target.value as DateOrder)}
            >
              {DATE_ORDERS.map((order) => (
                <option key={order} value={order}>
                  {t(`customers.rfm.import.dateOrders.${order}`)}
                  {fitting.dateOrders.includes(order) ? t('customers.rfm.import.fits') : ''}
                </option>
              ))}
            </select>
            {fitting.dateOrders.length === 0 && mapping.date != null && (
              <p className="field-hint">{t('customers.rfm.import.noDateOrderFits')}</p>
            )}
            {fitting.dateOrders.length > 1 && (
              <p className="field-hint">{t('customers.rfm.import.dateOrderAmbiguous')}</p>
            )}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-decimal`}>{t('customers.rfm.import.decimal')}</label>
          <select
            id={`${id}-decimal`}
            value={decimal}
            onChange={(e) => setDecimal(e.target.value as DecimalMark)}
          >
            <option value=".">{t('customers.rfm.import.decimals.point')}</option>
            <option value=",">{t('customers.rfm.import.decimals.comma')}</option>
          </select>
        </div>
        {kind === 'transactions' && (
          <div className="field">
            <label htmlFor={`${id}-as-of`}>{t('customers.rfm.import.analysisDate')}</label>
            <input
              id={`${id}-as-of`}
              type="date"
              value={analysisDate}
              aria-describedby={`${id}-as-of-hint`}
              onChange={(e) => setAnalysisDate(e.target.value)}
            />
            <p className="field-hint" id={`${id}-as-of-hint`}>
              {t('customers.rfm.import.analysisDateHint')}
            </p>
          </div>
        )}
      </div>
      <h3>{t('customers.rfm.import.previewHeading', { n: Math.min(SHOWN_ROWS, preview.samples.length) })}</h3>
      <TableScroll>
        <table className="customer-table rfm-preview" data-testid="rfm-preview">
          <thead>
            <tr>
              {COLUMN_ROLES[kind].map((role) => (
                <th key={role} scope="col">
                  {t(`customers.rfm.import.heads.${role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.samples.slice(0, SHOWN_ROWS).map((row, i) => (
              <tr key={i}>
                {COLUMN_ROLES[kind].map((role) => {
                  const index = mapping[role];
                  if (index == null) return <td key={role}>–</td>;
                  const raw = row[index] ?? '';
                  const read = readCell(role, raw);
                  return <td key={role}>{read === raw ? raw : `${raw} → ${read}`}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{t('customers.rfm.import.badRowsPromise')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('customers.rfm.import.cancel')}
        </button>
        <button type="submit" className="primary" disabled={problems.length > 0}>
          {t('customers.rfm.import.run')}
        </button>
      </div>
    </form>
  );
}
