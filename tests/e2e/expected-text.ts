/**
 * What the panel must show for a company's entries, written independently of the extension's own
 * formatting code (lib/format.ts) and of its message catalogs: its own month names, number rules and
 * wording for English and Spanish. tests/e2e/every-company.spec.ts compares it with what the real
 * browser renders, so a bug in the catalogs, in the browser's substitution or in lib/format.ts shows up
 * as a difference.
 */
import type { Amount, Company, Contract, Involvement, LargestAward, NetDeobligation, Response } from '../../data/schema';
import type { Verdict } from '../../lib/verdict';

export type Lang = 'en' | 'es';

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const WORDS = {
  en: {
    qualifier: { about: 'about', 'more-than': 'more than', 'at-least': 'at least', 'less-than': 'less than', 'up-to': 'up to' },
    kind: {
      'contract-value': 'contract value',
      'contracts-total': 'in contracts, total',
      'received-total': 'received, total',
      obligated: 'obligated, federal award records',
      'planned-value': 'planned, not awarded',
      paid: 'paid',
      sale: 'sale',
      donation: 'donation',
    },
    relation: {
      direct: undefined,
      'via-third-party': 'through a third party',
      'sale-to-contractor': 'sale to a government contractor',
      'spending-total': 'total over a period',
      planned: 'planned or pitched, not an award',
      infrastructure: 'hosting for an agency or its contractor: the contract and its money are theirs, not this company’s',
    },
    beforeDeobligations: (kind: string) => `${kind}, before de-obligations`,
    takenBackKind: 'taken back (net de-obligations), federal award records',
    takenBack: (agency: string, usd: string, year: string) => `${agency} took back ${usd} of earlier obligations in ${year}`,
    kinds: (list: string) => `Kinds of work: ${list}`,
    involvement: {
      'detention-operations': 'Running and guarding detention',
      'detention-services': 'Services in detention (health, food, other)',
      'transport-deportation-flights': 'Detainee transport and deportation flights',
      'surveillance-data': 'Surveillance and data',
      'border-barrier-construction': 'Border barrier construction',
      'construction-facilities': 'Construction and facility services',
      'it-cloud': 'IT and cloud',
      'equipment-supplies': 'Equipment and supplies',
      'professional-services': 'Professional and support services',
    },
    million: (n: string) => `$${n} million`,
    billion: (n: string) => `$${n} billion`,
    from: (d: string) => `from ${d}`,
    until: (d: string) => `until ${d}`,
    fiscalYear: (y: number) => `fiscal year ${y}`,
    recordsThrough: (p: string, d: string) => `${p}, records through ${d}`,
    via: (v: string) => `via ${v}`,
    minimumOrder: 'minimum order for a seat on a contract vehicle',
    terminatedOn: (d: string) => `terminated by the agency on ${d}`,
    terminated: 'terminated by the agency',
    formerUnit: 'past: a unit the company no longer owns',
    ended: 'past: ended',
    periodEnded: 'past: period ended',
  },
  es: {
    qualifier: { about: 'unos', 'more-than': 'más de', 'at-least': 'al menos', 'less-than': 'menos de', 'up-to': 'hasta' },
    kind: {
      'contract-value': 'valor del contrato',
      'contracts-total': 'en contratos, total',
      'received-total': 'recibido, total',
      obligated: 'comprometido, registros federales de contratos',
      'planned-value': 'previsto, no adjudicado',
      paid: 'pagado',
      sale: 'venta',
      donation: 'donación',
    },
    relation: {
      direct: undefined,
      'via-third-party': 'a través de un tercero',
      'sale-to-contractor': 'venta a un contratista del gobierno',
      'spending-total': 'total durante un periodo',
      planned: 'previsto u ofrecido, no adjudicado',
      infrastructure: 'alojamiento para una agencia o su contratista: el contrato y su dinero son de ellos, no de esta empresa',
    },
    beforeDeobligations: (kind: string) => `${kind}, sin restar lo retirado`,
    takenBackKind: 'retirado (compromisos anulados, neto), registros federales de contratos',
    takenBack: (agency: string, usd: string, year: string) => `${agency} retiró ${usd} de compromisos anteriores en ${year}`,
    kinds: (list: string) => `Tipos de trabajo: ${list}`,
    involvement: {
      'detention-operations': 'Gestión y custodia de centros de detención',
      'detention-services': 'Servicios en detención (salud, comida, otros)',
      'transport-deportation-flights': 'Traslado de detenidos y vuelos de deportación',
      'surveillance-data': 'Vigilancia y datos',
      'border-barrier-construction': 'Construcción del muro fronterizo',
      'construction-facilities': 'Construcción y servicios de instalaciones',
      'it-cloud': 'Informática y nube',
      'equipment-supplies': 'Equipos y suministros',
      'professional-services': 'Servicios profesionales y de apoyo',
    },
    million: (n: string) => `${n} millones de dólares`,
    billion: (n: string) => `${n} mil millones de dólares`,
    from: (d: string) => `desde ${d}`,
    until: (d: string) => `hasta ${d}`,
    fiscalYear: (y: number) => `año fiscal ${y}`,
    recordsThrough: (p: string, d: string) => `${p}, registros hasta ${d}`,
    via: (v: string) => `a través de ${v}`,
    minimumOrder: 'pedido mínimo por un puesto en un contrato marco',
    terminatedOn: (d: string) => `rescindido por la agencia el ${d}`,
    terminated: 'rescindido por la agencia',
    formerUnit: 'pasado: una unidad que la empresa ya no posee',
    ended: 'pasado: terminado',
    periodEnded: 'pasado: periodo terminado',
  },
} as const;

export function expectedDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[lang][Number(month) - 1]!;
  if (!day) return lang === 'en' ? `${name} ${year}` : `${name} de ${year}`;
  return lang === 'en' ? `${name} ${Number(day)}, ${year}` : `${Number(day)} de ${name} de ${year}`;
}

/** Digits grouped by threes with "," (English) or, from five digits on, "." (Spanish); one decimal at most. */
function number(value: number, lang: Lang): string {
  const [whole, fraction] = (Math.round(value * 10) / 10).toString().split('.');
  const group = lang === 'en' ? ',' : '.';
  const grouped = lang === 'es' && whole!.length <= 4 ? whole! : whole!.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction ? `${grouped}${lang === 'en' ? '.' : ','}${fraction}` : grouped;
}

/** Round millions and billions in words; anything else to the cent, as the sources write it. */
export function expectedUsd(usd: number, lang: Lang): string {
  if (usd >= 1e9 && Number.isInteger(usd / 1e8)) return WORDS[lang].billion(number(usd / 1e9, lang));
  if (usd >= 1e6 && Number.isInteger(usd / 1e5)) return WORDS[lang].million(number(usd / 1e6, lang));
  const [whole, cents] = usd.toFixed(2).split('.');
  return dollars(whole!, Number.isInteger(usd) ? undefined : cents, lang);
}

/** "$49,874,018.14" / "49.874.018,14 dólares" (Spanish groups from five digits on: "6600 dólares"). */
function dollars(whole: string, cents: string | undefined, lang: Lang): string {
  if (lang === 'en') return `$${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${cents ? `.${cents}` : ''}`;
  const grouped = whole.length <= 4 ? whole : whole.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${grouped}${cents ? `,${cents}` : ''} dólares`;
}

export function expectedAmount(amount: Amount, lang: Lang): string {
  const qualifier = amount.qualifier ? `${WORDS[lang].qualifier[amount.qualifier]} ` : '';
  const kind = WORDS[lang].kind[amount.kind];
  return `${qualifier}${expectedUsd(amount.usd, lang)} (${amount.basis === 'before-deobligations' ? WORDS[lang].beforeDeobligations(kind) : kind})`;
}

export function expectedPeriod(contract: Contract, lang: Lang): string | undefined {
  const { period } = contract;
  if (!period) return contract.date ? expectedDate(contract.date, lang) : undefined;
  const w = WORDS[lang];
  const span = () => {
    const start = period.start && expectedDate(period.start, lang);
    const end = period.end && expectedDate(period.end, lang);
    return start && end ? `${start} – ${end}` : start ? w.from(start) : w.until(end ?? '');
  };
  if (contract.relation !== 'spending-total') return span();
  const startYear = period.start?.match(/^(\d{4})-10-01$/)?.[1];
  const fiscal = startYear && period.end === `${Number(startYear) + 1}-09-30` ? w.fiscalYear(Number(startYear) + 1) : span();
  return period.recordsThrough ? w.recordsThrough(fiscal, expectedDate(period.recordsThrough, lang)) : fiscal;
}

function expectedStatus(contract: Contract, lang: Lang, today: string): string | undefined {
  const w = WORDS[lang];
  if (contract.status === 'terminated') return contract.terminatedOn ? w.terminatedOn(expectedDate(contract.terminatedOn, lang)) : w.terminated;
  if (contract.status === 'former-unit') return w.formerUnit;
  if (contract.status === 'ended') return w.ended;
  const end = contract.relation === 'spending-total' ? undefined : contract.period?.end;
  if (!end) return undefined;
  const last = end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
  return last < today ? w.periodEnded : undefined;
}

/** The line under a contract's claim: agency · amount · period · via · relation · status. */
export function expectedContractLine(contract: Contract, lang: Lang, today: string): string {
  const w = WORDS[lang];
  return [
    contract.agency,
    contract.amount && expectedAmount(contract.amount, lang),
    expectedPeriod(contract, lang),
    contract.via && w.via(contract.via),
    contract.minimumOrder && w.minimumOrder,
    w.relation[contract.relation],
    expectedStatus(contract, lang, today),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The line under a year of money taken back: agency · −amount (taken back) · fiscal year. */
export function expectedTakenBackLine(entry: NetDeobligation, lang: Lang): string {
  const w = WORDS[lang];
  const year = w.fiscalYear(Number(entry.period.end.slice(0, 4)));
  const period = entry.period.recordsThrough ? w.recordsThrough(year, expectedDate(entry.period.recordsThrough, lang)) : year;
  return [entry.agency, `−${expectedUsd(entry.amount.usd, lang)} (${w.takenBackKind})`, period].join(' · ');
}

/** The kinds-of-work line under the summary. */
export function expectedInvolvementLine(kinds: readonly Involvement[], lang: Lang): string {
  return WORDS[lang].kinds(kinds.map((kind) => WORDS[lang].involvement[kind]).join(' · '));
}

/** The line under a company response: amount · date. */
export function expectedResponseLine(response: Response, lang: Lang): string {
  return [response.amount && expectedAmount(response.amount, lang), response.date && expectedDate(response.date, lang)].filter(Boolean).join(' · ');
}

export type { Company };

/**
 * The history line under the summary, from the company's fiscal-year totals (spending totals obligated
 * over exactly October 1 to September 30), or '' when it has none.
 */
export function expectedHistoryLine(company: Company, lang: Lang, latestFiscalYear: number): string {
  const totals = company.contracts.filter(
    (c) => c.relation === 'spending-total' && c.amount?.kind === 'obligated' && /^\d{4}-10-01$/.test(c.period?.start ?? '') && c.period?.end === `${Number(c.period?.start?.slice(0, 4)) + 1}-09-30`,
  );
  if (!totals.length) return '';
  const years = totals.map((c) => Number(c.period!.end!.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const span = first === last ? `FY${first}` : `FY${first}–FY${last}`;
  const agencyList = [...new Set(totals.map((c) => c.agency))].sort();
  const agencies =
    agencyList.length === 1 ? agencyList[0]! : `${agencyList.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : /^[Ii]/.test(agencyList.at(-1)!) ? 'e' : 'y'} ${agencyList.at(-1)}`;
  const usd = expectedRoundedUsd(Math.round(totals.reduce((sum, c) => sum + c.amount!.usd, 0) * 100) / 100, lang);
  const line =
    last < latestFiscalYear
      ? lang === 'en' ? `${agencies} paid it ${usd} in ${span}; no awards in the records since` : `${agencies} le pagó ${usd} en ${span}; sin adjudicaciones en los registros desde entonces`
      : lang === 'en' ? `${agencies} obligations, ${span}: ${usd}` : `Obligaciones de ${agencies}, ${span}: ${usd}`;
  // Years of money taken back follow, oldest first (within a year, in the data's order), each as what it is.
  const takenBack = [...(company.netDeobligations ?? [])]
    .sort((a, b) => a.period.end.localeCompare(b.period.end))
    .map((n) => WORDS[lang].takenBack(n.agency, expectedRoundedUsd(n.amount.usd, lang), `FY${n.period.end.slice(0, 4)}`));
  return [line, ...takenBack].join('; ');
}

const VERDICT_WORDS = {
  en: {
    badge: { direct: 'Direct', 'direct-past': 'Direct, past', indirect: 'Indirect', 'indirect-past': 'Indirect, past' },
    direct: (a: string) => `${a} contractor`,
    directPast: (a: string, y: number) => `${a} contractor until ${y}`,
    seat: (a: string) => `Holds a seat on a contract vehicle of ${a}`,
    seatPast: (a: string, y: number) => `Held a seat on a contract vehicle of ${a} until ${y}`,
    seatOrders: (usd: string, from: number, to: number, soFar: boolean) =>
      (from === to ? `${usd}: the vehicle's minimum order, fiscal year ${to}` : `${usd} in minimum orders, fiscal years ${from} to ${to}`) + (soFar ? ' so far' : ''),
    way: {
      reseller: (a: string) => `Sold to ${a} through a reseller`,
      'sale-to-contractor': (a: string) => `Sold goods to a contractor of ${a}`,
      infrastructure: (a: string) => `Hosts systems that ${a} or its contractors use`,
      'reported-spending': (a: string) => `Money from ${a}, reported second-hand`,
    },
    lastIn: (y: number) => `, last in ${y}`,
    unnamed: 'immigration agencies',
    and: ' and ',
    records: (usd: string, from: number, to: number, soFar: boolean) => (from === to ? `${usd} obligated in fiscal year ${to}` : `${usd} obligated, fiscal years ${from} to ${to}`) + (soFar ? ' so far' : ''),
    resold: (usd: string, from: number, to: number, soFar: boolean) =>
      (from === to ? `${usd} obligated to resellers of its products in fiscal year ${to}` : `${usd} obligated to resellers of its products, fiscal years ${from} to ${to}`) + (soFar ? ' so far' : ''),
  },
  es: {
    badge: { direct: 'Directo', 'direct-past': 'Directo, pasado', indirect: 'Indirecto', 'indirect-past': 'Indirecto, pasado' },
    direct: (a: string) => `Contratista de ${a}`,
    directPast: (a: string, y: number) => `Contratista de ${a} hasta ${y}`,
    seat: (a: string) => `Tiene un puesto en un contrato marco de ${a}`,
    seatPast: (a: string, y: number) => `Tuvo un puesto en un contrato marco de ${a} hasta ${y}`,
    seatOrders: (usd: string, from: number, to: number, soFar: boolean) =>
      (from === to ? `${usd}: el pedido mínimo del contrato marco, año fiscal ${to}` : `${usd} en pedidos mínimos, años fiscales ${from} a ${to}`) + (soFar ? ' (en curso)' : ''),
    way: {
      reseller: (a: string) => `Vendió a ${a} a través de un revendedor`,
      'sale-to-contractor': (a: string) => `Vendió bienes a un contratista de ${a}`,
      infrastructure: (a: string) => `Aloja sistemas que usan ${a} o sus contratistas`,
      'reported-spending': (a: string) => `Dinero de ${a}, según fuentes de segunda mano`,
    },
    lastIn: (y: number) => `, por última vez en ${y}`,
    unnamed: 'agencias de inmigración',
    and: ' y ',
    records: (usd: string, from: number, to: number, soFar: boolean) =>
      (from === to ? `${usd} comprometidos en el año fiscal ${to}` : `${usd} comprometidos, años fiscales ${from} a ${to}`) + (soFar ? ' (en curso)' : ''),
    resold: (usd: string, from: number, to: number, soFar: boolean) =>
      (from === to ? `${usd} comprometidos con revendedores de sus productos en el año fiscal ${to}` : `${usd} comprometidos con revendedores de sus productos, años fiscales ${from} a ${to}`) +
      (soFar ? ' (en curso)' : ''),
  },
};

/** Rounded for reading: billions to one decimal, millions to one below 100 million, else three significant digits. */
export function expectedRoundedUsd(usd: number, lang: Lang): string {
  if (usd >= 1e9) return WORDS[lang].billion(number(usd / 1e9, lang));
  if (usd >= 1e6) return WORDS[lang].million(number(usd >= 1e8 ? Math.round(usd / 1e6) : usd / 1e6, lang));
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(usd, 1))) + 1);
  const step = 10 ** Math.max(0, digits - 3);
  return dollars((Math.round(usd / step) * step).toString(), undefined, lang);
}

/** One of a company's largest awards, as the award-records section says it (components/LargestAwards.tsx). */
export function expectedLargestAwardLine(award: LargestAward, lang: Lang): string {
  const what = award.description ?? WORDS[lang].involvement[award.kind];
  const amount = expectedRoundedUsd(award.usd, lang) + (award.basis === 'before-deobligations' ? (lang === 'en' ? ' (before de-obligations)' : ' (sin restar lo retirado)') : '');
  const years = award.first === award.last ? `FY${award.first}` : `FY${award.first}–FY${award.last}`;
  return lang === 'en' ? `${what}: ${amount} from ${award.agency}, ${years}` : `${what}: ${amount} de ${award.agency}, ${years}`;
}

/** The verdict's badge, headline and amount line, from the verdict lib/verdict.ts computes. */
export function expectedVerdict(verdict: Verdict, lang: Lang): { badge: string; headline: string; amount: string } {
  const w = VERDICT_WORDS[lang];
  // English lists of three or more take a comma before "and"; Spanish writes "e" before an i- sound.
  const list = !verdict.agencies.length
    ? w.unnamed
    : verdict.agencies.length === 1
      ? verdict.agencies[0]!
      : `${verdict.agencies.slice(0, -1).join(', ')}${lang === 'en' && verdict.agencies.length > 2 ? ',' : ''}${lang === 'es' && /^[Ii]/.test(verdict.agencies.at(-1)!) ? ' e ' : w.and}${verdict.agencies.at(-1)}`;
  const level = verdict.tier === 'direct' ? (verdict.recent ? 'direct' : 'direct-past') : verdict.recent ? 'indirect' : 'indirect-past';
  const who =
    verdict.tier === 'direct'
      ? verdict.recent || verdict.lastYear === undefined
        ? (verdict.seat ? w.seat : w.direct)(list)
        : (verdict.seat ? w.seatPast : w.directPast)(list, verdict.lastYear)
      : w.way[verdict.way ?? 'reported-spending'](list) + (!verdict.recent && verdict.lastYear !== undefined ? w.lastIn(verdict.lastYear) : '');
  const a = verdict.amount;
  let amount = '';
  if (a?.basis === 'records') amount = w.records(expectedRoundedUsd(a.usd, lang), a.from!, a.to!, a.toPartial === true);
  else if (a?.basis === 'minimum-order') amount = w.seatOrders(expectedRoundedUsd(a.usd, lang), a.from!, a.to!, a.toPartial === true);
  else if (a?.basis === 'resold') amount = w.resold(expectedRoundedUsd(a.usd, lang), a.from!, a.to!, a.toPartial === true);
  else if (a) amount = `${a.qualifier ? `${WORDS[lang].qualifier[a.qualifier]} ` : ''}${expectedRoundedUsd(a.usd, lang)} (${[WORDS[lang].kind[a.kind], a.year].filter(Boolean).join(', ')})`;
  return { badge: w.badge[level], headline: `${who} · ${WORDS[lang].involvement[verdict.kind]}`, amount };
}
