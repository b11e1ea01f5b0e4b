import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayPlan } from '../../domain/service-cost/dayPlan';
import { dayPlanFromRows, type DayRowProblem } from '../../domain/service-cost/dayPlanRows';

/** The cells of pasted or imported text: papaparse finds the delimiter (tab, comma, semicolon) and the quotes. */
async function cellsOf(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    delimitersToGuess: ['\t', ';', ',', '|'],
  });
  return parsed.data;
}

/** A day's calls (and handle times and rosters) pasted from a spreadsheet or imported from a CSV file. */
export function DayPlanInput({
  slotMinutes,
  onPlan,
}: {
  slotMinutes: DayPlan['slotMinutes'];
  onPlan: (plan: DayPlan) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<DayRowProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const pasteId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const problemText = (p: DayRowProblem) =>
    p.code === 'longerThanADay'
      ? t('dayPlan.problem.longerThanADay', { count: p.count, minutes: p.slotMinutes })
      : t(`dayPlan.problem.${p.code}`, p as unknown as Record<string, unknown>);
  const read = async (source: string, file: string | null) => {
    const result = dayPlanFromRows(await cellsOf(source), slotMinutes);
    if (!result.ok) {
      setProblems(result.problems);
      setDone(null);
      return;
    }
    setProblems([]);
    const count = result.value.slots.length;
    setDone(file ? t('dayPlan.imported', { count, file }) : t('dayPlan.pasted', { count }));
    onPlan(result.value);
  };
  return (
    <div className="day-input">
      <label htmlFor={pasteId}>{t('dayPlan.paste')}</label>
      <textarea
        id={pasteId}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${pasteId}-help`}
      />
      <span id={`${pasteId}-help`} className="field-hint">
        {t('dayPlan.pasteHelp')}
      </span>
      <p className="page-actions">
        <button type="button" onClick={() => void read(text, null)}>
          {t('dayPlan.pasteApply')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('dayPlan.importCsv')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          hidden
          aria-label={t('dayPlan.importCsv')}
          data-testid="day-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) await read(await file.text(), file.name);
          }}
        />
      </p>
      {problems.length > 0 && (
        <ul className="alert error" role="alert" data-testid="day-problems">
          {problems.map((p, i) => (
            <li key={i}>{problemText(p)}</li>
          ))}
        </ul>
      )}
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
