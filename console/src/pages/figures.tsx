import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ok, type Schemas } from '../api/client.js';
import { LANGUAGES, useI18n, type I18n } from '../i18n/i18n.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { ListTable } from '../components/list-table.js';
import { conflictPairs, inConflict, shapeOf, timeScale, valueScale } from '../charts/figure-marks.js';

const BASE = '/console';
type Figure = Schemas['FigureResponse'];
type Figures = Schemas['FiguresResponse'];
type Measure = Schemas['FigureMeasureResponse'];

/** What one chart shows: the API's key of a quantity (subject null: unknown; unit left out: count). */
export interface FigureKey {
  measure: string;
  subject: string | null;
  unit: string;
}

/** A chart's dates: ISO dates (YYYY-MM-DD), both ends included; empty: open. */
interface Dates {
  from: string;
  to: string;
}

/** The console's address of the chart of one quantity: linked from the claim page's figures and flags. */
export function figuresUrl(key: FigureKey, dates?: Dates): string {
  const params = new URLSearchParams({ measure: key.measure });
  if (key.subject) params.set('subject', key.subject);
  params.set('unit', key.unit);
  if (dates?.from) params.set('from', dates.from);
  if (dates?.to) params.set('to', dates.to);
  return `${BASE}/figures?${params.toString()}`;
}

/** A measure's name in the reader's language; a label the console does not know is shown as it is. */
export function measureName(measure: string, i18n: I18n): string {
  return (i18n.m.figures.measure as Record<string, string>)[measure] ?? measure;
}

/** A subject's name: a country code as the country's name in the reader's language. */
export function subjectName(subject: string | null, i18n: I18n): string {
  if (!subject) return i18n.m.figures.unknownSubject;
  try {
    return new Intl.DisplayNames([LANGUAGES[i18n.language].locale], { type: 'region' }).of(subject) ?? subject;
  } catch {
    return subject;
  }
}

function unitName(unit: string, i18n: I18n): string {
  return (i18n.m.figures.unit as Record<string, string>)[unit] ?? unit;
}

/** The estimate in words, in the reader's number format: "5,000 to 9,000", "mehr als 13.500". */
export function estimateText(f: Pick<Figure, 'min' | 'max' | 'minInclusive' | 'maxInclusive' | 'qualifier'>, i18n: I18n): string {
  const { estimate } = i18n.m.figures;
  const min = f.min === null ? '' : i18n.number(f.min);
  const max = f.max === null ? '' : i18n.number(f.max);
  switch (shapeOf(f)) {
    case 'bar': return i18n.fill(estimate.range, { min, max });
    case 'lower-bound': return i18n.fill(f.minInclusive ? estimate.at_least : estimate.more_than, { min });
    case 'upper-bound': return i18n.fill(f.maxInclusive ? estimate.at_most : estimate.less_than, { max });
    case 'point': return i18n.fill(f.qualifier === 'approx' ? estimate.approx : estimate.exact, { value: min });
    default: return estimate.none;
  }
}

/** `/console/figures`: the quantities held; with `?measure=…&subject=…&unit=…`, the chart of one. */
export function FiguresPage() {
  const { query } = useLocation();
  if (!query.measure) return <MeasureList />;
  return (
    <FigureChartPage
      figureKey={{ measure: query.measure, subject: query.subject || null, unit: query.unit || 'count' }}
      dates={{ from: query.from ?? '', to: query.to ?? '' }}
    />
  );
}

function MeasureList() {
  const i18n = useI18n();
  const { m } = i18n;
  const [items, setItems] = useState<Measure[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.GET('/v1/figures/measures').then(ok).then((answer) => setItems(answer.items), setError);
  }, []);
  return (
    <section aria-labelledby="figures-title">
      <h1 id="figures-title">{m.figures.title}</h1>
      <p class="hint">{m.figures.intro}</p>
      <ProblemNotice error={error} />
      {items === null && !error ? <p>{m.queue.loading}</p> : null}
      {items && !items.length ? <p>{m.figures.noMeasures}</p> : null}
      {items && items.length ? (
        <ListTable class="measures" caption={m.figures.measures} columns={[
          m.figures.columns.quantity,
          m.figures.columns.unit,
          m.figures.columns.claims,
          m.figures.columns.openFlags,
        ]}>
          {items.map((item) => (
            <tr key={`${item.measure}|${item.subject ?? ''}|${item.unit}`}>
              <td>
                <a href={figuresUrl(item)}>
                  {i18n.fill(m.figures.chartTitle, { measure: measureName(item.measure, i18n), subject: subjectName(item.subject, i18n) })}
                </a>
              </td>
              <td>{unitName(item.unit, i18n)}</td>
              <td class="number">{i18n.number(item.claims)}</td>
              <td class="number">{i18n.number(item.openFlags)}</td>
            </tr>
          ))}
        </ListTable>
      ) : null}
    </section>
  );
}

function FigureChartPage({ figureKey, dates }: { figureKey: FigureKey; dates: Dates }) {
  const i18n = useI18n();
  const { m } = i18n;
  const location = useLocation();
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [draft, setDraft] = useState<Dates>(dates);
  const { measure, subject, unit } = figureKey;
  const { from, to } = dates;
  useEffect(() => {
    setFigures(null);
    setError(null);
    setDraft({ from, to });
    const query = { measure, unit, ...(subject ? { subject } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    api.GET('/v1/figures', { params: { query } }).then(ok).then(setFigures, setError);
  }, [measure, subject, unit, from, to]);
  const dateField = (name: keyof Dates, label: string) => (
    <label>
      {label}
      <input type="date" name={name} value={draft[name]} onInput={(event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value })} />
    </label>
  );

  const title = i18n.fill(m.figures.chartTitle, { measure: measureName(measure, i18n), subject: subjectName(subject, i18n) });
  return (
    <section aria-labelledby="figures-title">
      <p><a href={`${BASE}/figures`}>{m.figures.allMeasures}</a></p>
      <h1 id="figures-title">{m.figures.title}: {title}</h1>
      <p class="hint">{m.figures.intro}</p>
      <form class="filters" aria-label={m.figures.window} onSubmit={(event) => (event.preventDefault(), location.route(figuresUrl(figureKey, draft)))}>
        {dateField('from', m.figures.from)}
        {dateField('to', m.figures.to)}
        <div class="buttons">
          <button type="submit">{m.figures.show}</button>
          <button type="button" onClick={() => location.route(figuresUrl(figureKey))}>{m.figures.allDates}</button>
        </div>
      </form>
      <ProblemNotice error={error} />
      {figures === null && !error ? <p>{m.queue.loading}</p> : null}
      {figures && !figures.items.length ? <p>{m.figures.empty}</p> : null}
      {figures && figures.items.length ? (
        <>
          {figures.truncated ? <p class="notice">{i18n.fill(m.figures.truncated, { n: i18n.number(figures.items.length) })}</p> : null}
          <FigureChart figures={figures.items} unit={unit} />
          <Legend />
          <FigureTable figures={figures.items} />
        </>
      ) : null}
    </section>
  );
}

// The chart is drawn by hand in SVG: one time axis, one value axis and four kinds of mark are about
// 150 lines of Preact, where a chart library would add more script than the whole console ships and
// still need custom marks for bounds (arrows) and links on every mark.
const WIDTH = 960;
const HEIGHT = 420;
const PAD = { top: 24, right: 170, bottom: 44, left: 84 };
const ARROW = 46;
const LABELS_UP_TO = 40;

function FigureChart({ figures, unit }: { figures: Figure[]; unit: string }) {
  const i18n = useI18n();
  const { m } = i18n;
  const locale = LANGUAGES[i18n.language].locale;
  const compact = useMemo(() => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }), [locale]);
  const shortDate = useMemo(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), [locale]);
  const x = timeScale(figures.map((f) => f.claimedAt), PAD.left, WIDTH - PAD.right);
  const y = valueScale(figures, PAD.top + ARROW, HEIGHT - PAD.bottom);
  const conflicting = inConflict(figures);
  const pairs = conflictPairs(figures);
  const at = (f: Figure) => ({ cx: x(Date.parse(f.claimedAt)), cy: y(f.min ?? f.max ?? 0) });
  const centre = (f: Figure) => {
    const { cx } = at(f);
    const shape = shapeOf(f);
    if (shape === 'bar') return { cx, cy: (y(f.min!) + y(f.max!)) / 2 };
    return at(f);
  };

  return (
    <figure class="figure-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={i18n.fill(m.figures.chartLabel, { n: figures.length })}>
        <defs>
          <pattern id="conflict-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
          </pattern>
          <marker id="arrow-head" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" class="arrow-head" />
          </marker>
          <marker id="arrow-head-conflict" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" class="arrow-head conflict" />
          </marker>
        </defs>
        <g aria-hidden="true" class="axes">
          {y.ticks.map((tick) => (
            <g key={`y${tick}`}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} class="grid" />
              <text x={PAD.left - 8} y={y(tick) + 4} text-anchor="end">{compact.format(tick)}</text>
            </g>
          ))}
          {x.ticks.map((tick) => (
            <text key={`x${tick}`} x={x(tick)} y={HEIGHT - PAD.bottom + 20} text-anchor="middle">{shortDate.format(new Date(tick))}</text>
          ))}
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} class="axis" />
          <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} class="axis" />
          <text x={12} y={PAD.top - 8} class="axis-title">{i18n.fill(m.figures.axisValue, { unit: unitName(unit, i18n) })}</text>
          {pairs.map(([a, b]) => {
            const from = centre(a);
            const to = centre(b);
            return <line key={`${a.claimId}-${a.quantityIndex}-${b.claimId}-${b.quantityIndex}`} x1={from.cx} y1={from.cy} x2={to.cx} y2={to.cy} class="conflict-link" />;
          })}
        </g>
        {figures.filter((f) => shapeOf(f) !== 'none').map((f) => {
          // a figure with neither bound has nothing to draw; the table below still lists it
          const conflict = conflicting.has(f);
          const name = i18n.fill(m.figures.markName, { claimant: f.claimant.name, date: i18n.date(f.claimedAt), estimate: estimateText(f, i18n) });
          const label = conflict ? i18n.fill(m.figures.markConflict, { name }) : name;
          return (
            <a
              key={`${f.claimId}-${f.quantityIndex}`}
              href={`${BASE}/claims/${f.claimId}`}
              aria-label={label}
              class={`mark mark-${shapeOf(f)}${conflict ? ' conflict' : ''}`}
              data-claim-id={f.claimId}
            >
              <title>{label}</title>
              <Mark figure={f} conflict={conflict} x={x} y={y} />
              {figures.length <= LABELS_UP_TO ? (
                <text x={at(f).cx + 12} y={centre(f).cy + 4} class="mark-label" aria-hidden="true">{f.claimant.name}</text>
              ) : null}
            </a>
          );
        })}
      </svg>
    </figure>
  );
}

function Mark({ figure: f, conflict, x, y }: { figure: Figure; conflict: boolean; x: (t: number) => number; y: (v: number) => number }) {
  const cx = x(Date.parse(f.claimedAt));
  const head = `url(#${conflict ? 'arrow-head-conflict' : 'arrow-head'})`;
  // a diamond marks the value of a conflicting figure, a circle any other: the shape says it, not only the colour
  const dot = (cy: number, filled: boolean) =>
    conflict
      ? <path d={`M${cx},${cy - 8} L${cx + 8},${cy} L${cx},${cy + 8} L${cx - 8},${cy} z`} class={`dot${filled ? '' : ' hollow'}`} />
      : <circle cx={cx} cy={cy} r={6} class={`dot${filled ? '' : ' hollow'}`} />;
  const ring = (top: number, bottom: number) => <rect x={cx - 13} y={top - 13} width={26} height={bottom - top + 26} rx={4} class="focus-ring" />;
  switch (shapeOf(f)) {
    case 'bar': {
      const top = y(f.max!);
      const bottom = y(f.min!);
      return (
        <g>
          {ring(top, bottom)}
          <rect x={cx - 6} y={top} width={12} height={Math.max(2, bottom - top)} class="bar" />
        </g>
      );
    }
    case 'lower-bound': {
      const cy = y(f.min!);
      return <g>{ring(cy - ARROW, cy)}<line x1={cx} y1={cy} x2={cx} y2={cy - ARROW} class="arrow" marker-end={head} />{dot(cy, f.minInclusive)}</g>;
    }
    case 'upper-bound': {
      const cy = y(f.max!);
      // a small upper bound points down to the axis, not through its labels
      const end = Math.max(cy + 12, Math.min(cy + ARROW, HEIGHT - PAD.bottom));
      return <g>{ring(cy, end)}<line x1={cx} y1={cy} x2={cx} y2={end} class="arrow" marker-end={head} />{dot(cy, f.maxInclusive)}</g>;
    }
    case 'point': {
      const cy = y(f.min!);
      return <g>{ring(cy, cy)}{dot(cy, f.qualifier !== 'approx')}</g>;
    }
    default:
      return null;
  }
}

function Legend() {
  const { m } = useI18n();
  const swatch = (children: ComponentChildren) => <svg class="swatch" viewBox="0 0 24 24" aria-hidden="true">{children}</svg>;
  return (
    <section aria-labelledby="legend-title" class="legend">
      <h2 id="legend-title">{m.figures.legend}</h2>
      <ul>
        <li>{swatch(<rect x="8" y="3" width="8" height="18" class="bar" />)}{m.figures.legendRange}</li>
        <li>{swatch(<><line x1="12" y1="20" x2="12" y2="6" class="arrow" marker-end="url(#arrow-head)" /><circle cx="12" cy="20" r="3" class="dot" /></>)}{m.figures.legendLower}</li>
        <li>{swatch(<><line x1="12" y1="4" x2="12" y2="18" class="arrow" marker-end="url(#arrow-head)" /><circle cx="12" cy="4" r="3" class="dot" /></>)}{m.figures.legendUpper}</li>
        <li>{swatch(<circle cx="12" cy="12" r="6" class="dot" />)}{m.figures.legendPoint}</li>
        <li class="conflict">
          {swatch(<><rect x="3" y="3" width="8" height="18" class="bar" /><path d="M18,5 L23,12 L18,19 L13,12 z" class="dot" /></>)}
          {m.figures.legendConflict}
        </li>
      </ul>
    </section>
  );
}

function FigureTable({ figures }: { figures: Figure[] }) {
  const i18n = useI18n();
  const { m } = i18n;
  const conflicting = inConflict(figures);
  return (
    <table class="figures">
      <caption>{m.figures.table}</caption>
      <thead>
        <tr>
          <th scope="col">{m.figures.col.date}</th><th scope="col">{m.figures.col.claimant}</th><th scope="col">{m.figures.col.estimate}</th>
          <th scope="col">{m.figures.col.kind}</th><th scope="col">{m.figures.col.status}</th><th scope="col">{m.figures.col.conflict}</th>
          <th scope="col">{m.figures.col.claim}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={`${f.claimId}-${f.quantityIndex}`} data-claim-id={f.claimId} class={conflicting.has(f) ? 'conflict' : undefined}>
            <td class="number">{i18n.date(f.claimedAt)}</td>
            <td>{f.claimant.name}</td>
            <td class="number">{estimateText(f, i18n)}</td>
            <td>{(m.figures.qualifier as Record<string, string>)[f.qualifier] ?? f.qualifier}</td>
            <td><span class={`status status-${f.status}`}>{(m.status as Record<string, string>)[f.status] ?? f.status}</span></td>
            <td>{conflicting.has(f) ? <strong class="conflict-word">{m.figures.conflict}</strong> : m.figures.noConflict}</td>
            <td><a href={`${BASE}/claims/${f.claimId}`}>{f.text}</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
