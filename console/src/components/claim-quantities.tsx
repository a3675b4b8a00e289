import { useState } from 'preact/hooks';
import type { Claim, Schemas } from '../api/client.js';
import type { I18n } from '../i18n/i18n.js';
import { fieldErrorProps } from './problem-notice.js';
import { figuresUrl, measureName, subjectName } from '../pages/figures.js';

function interval(q: Schemas['QuantityResponse'], i18n: I18n): string {
  const low = q.min === null ? '−∞' : i18n.number(q.min);
  const high = q.max === null ? '∞' : i18n.number(q.max);
  if (q.min !== null && q.min === q.max) return low;
  return `${q.minInclusive && q.min !== null ? '[' : '('}${low}, ${high}${q.maxInclusive && q.max !== null ? ']' : ')'}`;
}

type Quantity = Schemas['QuantityResponse'];
type Qualifier = Quantity['qualifier'];
const QUALIFIERS: Qualifier[] = ['exact', 'approx', 'range', 'at_least', 'more_than', 'at_most', 'less_than'];

/** Sends a correction of the quantity at `index`; true once it is stored. */
export type CorrectFigure = (index: number, correction: Schemas['CorrectQuantityDto']) => Promise<boolean>;

/** The claim's figures, normalised, each correctable until the claim is approved. */
export function Quantities({ claim, i18n, error, correct }: { claim: Claim; i18n: I18n; error: unknown; correct: CorrectFigure }) {
  const { m, fill } = i18n;
  const [editing, setEditing] = useState<number | null>(null);
  // an approved claim is read-only (the API answers 409) until it is reopened
  const correctable = claim.status !== 'approved';
  const quantity = editing === null ? undefined : claim.quantities[editing];
  return (
    <section aria-labelledby="quantities-title" class="panel">
      <h2 id="quantities-title">{m.claim.quantities}</h2>
      {!claim.quantities.length ? <p>{m.claim.noQuantities}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.claim.qty.text}</th><th scope="col">{m.claim.qty.value}</th><th scope="col">{m.claim.qty.qualifier}</th>
              <th scope="col">{m.claim.qty.unit}</th><th scope="col">{m.claim.qty.measure}</th><th scope="col">{m.claim.qty.subject}</th>
              <th scope="col">{m.figures.overTime}</th>
              {correctable ? <th scope="col"><span class="visually-hidden">{m.claim.correct}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {claim.quantities.map((q, index) => (
              <tr key={index} class={editing === index ? 'selected' : undefined}>
                <td>{q.text}</td><td class="number">{interval(q, i18n)}</td><td>{m.claim.qualifier[q.qualifier] ?? q.qualifier}</td><td>{q.unit}</td>
                <td>{q.measure ?? m.claim.unknown}</td><td>{q.subject ?? m.claim.unknown}</td>
                <td>
                  {q.measure ? (
                    <a href={figuresUrl({ measure: q.measure, subject: q.subject, unit: q.unit })}>
                      {fill(m.figures.ofQuantity, { measure: measureName(q.measure, i18n), subject: subjectName(q.subject, i18n) })}
                    </a>
                  ) : null}
                </td>
                {correctable ? (
                  <td>
                    <button type="button" aria-label={fill(m.claim.correctFigure, { text: q.text })} aria-expanded={editing === index}
                      onClick={() => setEditing(editing === index ? null : index)}>{m.claim.correct}</button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {correctable && quantity && editing !== null ? (
        <CorrectQuantity key={editing} index={editing} quantity={quantity} correct={correct} error={error} i18n={i18n} onClose={() => setEditing(null)} />
      ) : null}
    </section>
  );
}

interface QuantityDraft {
  min: string;
  max: string;
  minInclusive: boolean;
  maxInclusive: boolean;
  qualifier: Qualifier;
  unit: string;
  measure: string;
  subject: string;
}

const draftOf = (q: Quantity): QuantityDraft => ({
  min: q.min === null ? '' : String(q.min),
  max: q.max === null ? '' : String(q.max),
  minInclusive: q.minInclusive,
  maxInclusive: q.maxInclusive,
  qualifier: q.qualifier,
  unit: q.unit,
  measure: q.measure ?? '',
  subject: q.subject ?? '',
});

/** Only what the person changed is sent: empty bounds are unbounded, an empty measure or subject unknown. */
function correctionOf(q: Quantity, draft: QuantityDraft): Schemas['CorrectQuantityDto'] {
  const bound = (text: string) => (text.trim() === '' ? null : Number(text));
  const word = (text: string) => (text.trim() === '' ? null : text.trim());
  const next = {
    min: bound(draft.min), max: bound(draft.max), minInclusive: draft.minInclusive, maxInclusive: draft.maxInclusive,
    qualifier: draft.qualifier, unit: draft.unit.trim(), measure: word(draft.measure), subject: word(draft.subject),
  };
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) if (value !== q[field as keyof Quantity]) body[field] = value;
  return body as Schemas['CorrectQuantityDto'];
}

/** A fact-checker's correction of one figure; it is kept when the claim's text is extracted again. */
function CorrectQuantity({ index, quantity, correct, error, i18n, onClose }: {
  index: number; quantity: Quantity; correct: CorrectFigure; error: unknown; i18n: I18n; onClose: () => void;
}) {
  const { m, fill } = i18n;
  const [draft, setDraft] = useState<QuantityDraft>(() => draftOf(quantity));
  const [unchanged, setUnchanged] = useState(false);
  const set = <K extends keyof QuantityDraft>(field: K, value: QuantityDraft[K]) => {
    setUnchanged(false);
    setDraft({ ...draft, [field]: value });
  };
  const field = (name: 'min' | 'max' | 'unit' | 'measure' | 'subject', label: string, hint: string | null, type: 'text' | 'number' = 'text') => {
    const id = `quantity-${name}`;
    const problem = fieldErrorProps(error, name, id);
    return (
      <div class="field">
        <label for={id}>{label}{hint ? <span class="hint"> ({hint})</span> : null}</label>
        {type === 'number' ? (
          <input id={id} type="number" step="any" value={draft[name]} {...problem.fieldProps} onInput={(e) => set(name, e.currentTarget.value)} />
        ) : (
          <input id={id} type="text" value={draft[name]} {...problem.fieldProps} onInput={(e) => set(name, e.currentTarget.value)} />
        )}
        {problem.message}
      </div>
    );
  };
  const qualifierError = fieldErrorProps(error, 'qualifier', 'quantity-qualifier');
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = correctionOf(quantity, draft);
    if (!Object.keys(body).length) {
      setUnchanged(true);
      return;
    }
    if (await correct(index, body)) onClose();
  };
  return (
    <form class="correct-quantity" onSubmit={submit} aria-labelledby="correct-quantity-title">
      <h3 id="correct-quantity-title">{fill(m.claim.correctionTitle, { text: quantity.text })}</h3>
      <div class="fields">
        {field('min', m.claim.min, m.claim.unbounded, 'number')}
        {field('max', m.claim.max, m.claim.unbounded, 'number')}
        <div class="field">
          <label for="quantity-qualifier">{m.claim.qty.qualifier}</label>
          <select id="quantity-qualifier" value={draft.qualifier} {...qualifierError.fieldProps}
            onChange={(e) => set('qualifier', (e.currentTarget as HTMLSelectElement).value as Qualifier)}>
            {QUALIFIERS.map((q) => <option key={q} value={q}>{m.claim.qualifier[q]}</option>)}
          </select>
          {qualifierError.message}
        </div>
        {field('unit', m.claim.qty.unit, null)}
        {field('measure', m.claim.qty.measure, m.claim.unknownHint)}
        {field('subject', m.claim.qty.subject, m.claim.unknownHint)}
      </div>
      <div class="buttons">
        <label class="check"><input type="checkbox" checked={draft.minInclusive} onChange={(e) => set('minInclusive', (e.currentTarget as HTMLInputElement).checked)} />{m.claim.minInclusive}</label>
        <label class="check"><input type="checkbox" checked={draft.maxInclusive} onChange={(e) => set('maxInclusive', (e.currentTarget as HTMLInputElement).checked)} />{m.claim.maxInclusive}</label>
      </div>
      {unchanged ? <p role="status">{m.claim.nothingChanged}</p> : null}
      <div class="buttons">
        <button type="submit">{m.claim.saveCorrection}</button>
        <button type="button" onClick={onClose}>{m.claim.cancel}</button>
      </div>
    </form>
  );
}
