// Is a digit string a phone number for one of the call's regions? libphonenumber's full metadata
// decides (numbering plans, not just lengths: "20240305" is not a Beijing number). A spoken run has
// hundreds of stretches to ask about, so a cheap check against each region's plan comes first and
// answers are remembered.
import { getCountries, getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

interface Plan {
  lengths: ReadonlySet<number>;
  /** The plan's pattern for any national number, or null where prefixes are rewritten (AR, BR, JP…). */
  pattern: RegExp | null;
  /** What a national number may start with before its significant digits (the trunk "0", carrier codes). */
  trunk: RegExp | null;
}
/** Plan accessors libphonenumber has but does not declare; each is checked before use. */
interface PlanDetails {
  nationalNumberPattern?: () => string;
  nationalPrefixForParsing?: () => string | undefined;
  nationalPrefixTransformRule?: () => string | undefined;
}
const metadata = new Metadata();
const plans = new Map<CountryCode, Plan>();

// libphonenumber builds its regular expressions anew on every call (about a millisecond a number
// here); this check, compiled once per region, turns most digit strings away before it is asked. It
// only rules out what libphonenumber would also refuse: wrong length, or no match for the region's
// general pattern with or without the national prefix.
function planOf(region: CountryCode): Plan {
  let plan = plans.get(region);
  if (!plan) {
    metadata.selectNumberingPlan(region);
    const p = metadata.numberingPlan!;
    const details = p as unknown as PlanDetails;
    const known = typeof details.nationalNumberPattern === 'function' && typeof details.nationalPrefixForParsing === 'function' && typeof details.nationalPrefixTransformRule === 'function';
    const prefix = known ? details.nationalPrefixForParsing!() : undefined;
    const lengths = new Set(p.possibleLengths());
    plan =
      known && typeof details.nationalPrefixTransformRule!() !== 'string'
        ? { lengths, pattern: new RegExp(`^(?:${details.nationalNumberPattern!()})$`), trunk: prefix ? new RegExp(`^(?:${prefix})`) : null }
        : { lengths: new Set([...lengths].flatMap((n) => [n, n + 1, n + 2])), pattern: null, trunk: null }; // lengths alone, a prefix allowed
    plans.set(region, plan);
  }
  return plan;
}

/** `digits` begins with the region's trunk prefix "0" ("020 7946 0958"). */
function trunkDialled(digits: string, region: CountryCode): boolean {
  return digits[0] === '0' && planOf(region).trunk?.exec(digits)?.[0] === '0';
}

/** Could `digits` be a national number of `region` (by length, and unless `lengthOnly` by the plan's pattern)? */
function mayBeNational(digits: string, region: CountryCode, lengthOnly: boolean): boolean {
  const plan = planOf(region);
  const trunk = plan.trunk?.exec(digits)?.[0] ?? '';
  return [digits, digits.slice(trunk.length)].some((n) => plan.lengths.has(n.length) && (lengthOnly || plan.pattern === null || plan.pattern.test(n)));
}

const answers = new Map<string, boolean>();
/** Valid (`strict`) or of a possible length for its plan, as libphonenumber reads `number` in `region`. */
function check(number: string, region: CountryCode | undefined, strict: boolean): boolean {
  const key = `${strict ? 'v' : 'p'}${region ?? ''}${number}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    const parsed = parsePhoneNumberFromString(number, region ? { defaultCountry: region, extract: false } : { extract: false });
    answer = (strict ? parsed?.isValid() : parsed?.isPossible()) === true;
    if (answers.size > 20000) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/**
 * `digits` as said after "+" (`international`), or as said in one of `regions`: nationally, after an
 * international dialling prefix ("0086 …", "011 …"), or after the region's country code without the plus
 * ("86 138 0013 8000"). A valid number, or when the speaker called it a phone number (`cued`), a possible one.
 */
export function isPhoneNumber(digits: string, said: { international: boolean; cued: boolean }, regions: readonly CountryCode[]): boolean {
  if (digits.length < 7 || digits.length > 17) return false;
  const { international, cued } = said;
  const valid = (number: string, region?: CountryCode) => check(number, region, !cued);
  // With its country code ("+44 7700 900740", "0044 …") or its trunk prefix ("07700 900634", "01632
  // 960769") it is dialled as a phone number: a possible length and the plan's shape are enough, since
  // numbers not yet allocated, or kept for drama and tests, still reach someone tomorrow.
  if (international) return check(`+${digits}`, undefined, false);
  if (regions.some((r) => mayBeNational(digits, r, cued) && valid(digits, r))) return true;
  if (digits.length >= 10 && regions.some((r) => trunkDialled(digits, r) && mayBeNational(digits, r, false) && check(digits, r, false))) return true;
  const idd = /^(?:00|011)(?=[1-9])/.exec(digits);
  if (idd) return digits.length - idd[0].length >= 9 && check(`+${digits.slice(idd[0].length)}`, undefined, false);
  // Called a phone number ("my Chinese mobile, 132 1695 6086"): a valid full number of any country.
  if (cued && digits.length >= 10 && getCountries().some((r) => mayBeNational(digits, r, false) && check(digits, r, true))) return true;
  return regions.some((r) => {
    const code = getCountryCallingCode(r);
    return digits.startsWith(code) && mayBeNational(digits.slice(code.length), r, false) && check(`+${digits}`, undefined, true) && parsePhoneNumberFromString(`+${digits}`)?.country === r;
  });
}
