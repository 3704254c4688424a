/**
 * Seats on multiple-award contract vehicles. When an agency makes a company one of the holders of a
 * multiple-award vehicle (an IDIQ), it places a task order for the vehicle's minimum obligation: $250
 * for each holder of ICE's 2025 emergency-detention vehicle, $2,500 for each SWIFT IT holder. Such an
 * order is what holding a seat guarantees, never the size of the company's work under the vehicle, so
 * a year whose only money is such orders is said as a seat (the fact's `minimumOrder`), and the panel
 * never shows $250 as the size of anyone's detention work. Orders with real money under the vehicle
 * are ordinary awards: they show as such when the records have them.
 *
 * An award is a minimum order when every one of its descriptions says it is for the vehicle's minimum
 * obligation or guarantee, and its money is a token (at most TOKEN_USD): a $1.8 million "minimum order
 * for internet connectivity" is an order, not a seat.
 */

/** The most a minimum order may hold to count as a seat's token. */
export const TOKEN_USD = 10_000;

const MINIMUM = /\bMINIMUM (?:OBLIGATION|GUARANTEE)\b/;

/**
 * The vehicles the records name, in plain words (a record's label for people is not repeated:
 * "noncitizens in ICE custody" where the records say "aliens"). An unknown vehicle reads as
 * "a multiple-award contract vehicle".
 */
export const VEHICLES: ReadonlyArray<{ pattern: RegExp; words: string }> = [
  {
    pattern: /STRATEGIC SOURCING VEHICLE FOR EMERGENCY DETENTION/,
    words: "ICE's multiple-award strategic sourcing vehicle for emergency detention and related services for noncitizens in ICE custody",
  },
  {
    pattern: /STRATEGIC SOURCING VEHICLE COVERING MEDICAL/,
    words: "ICE's multiple-award strategic sourcing vehicle for medical services for noncitizens in ICE custody",
  },
  { pattern: /SCALABLE WAYS TO (?:IMPLEMENT|INITIATE) FLEXIBLE TASKS|\bSWIFT\b/, words: "ICE's Scalable Ways to Implement Flexible Tasks (SWIFT) IT vehicle" },
];

export const UNKNOWN_VEHICLE = 'a multiple-award contract vehicle';

/** The vehicle an award holds a seat on, when it is a minimum order; null otherwise. */
export function minimumOrderOf(award: { amount: number; descriptions: readonly string[] }): { vehicle: string } | null {
  if (!award.descriptions.length || award.amount <= 0 || award.amount > TOKEN_USD) return null;
  const texts = award.descriptions.map((d) => d.toUpperCase().replace(/\s+/g, ' '));
  if (!texts.every((t) => MINIMUM.test(t))) return null;
  const vehicle = VEHICLES.find((v) => texts.some((t) => v.pattern.test(t)));
  return { vehicle: vehicle?.words ?? UNKNOWN_VEHICLE };
}
