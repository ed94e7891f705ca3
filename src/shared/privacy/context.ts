// Which countries' numbering plans decide what a phone number is. "13800138000" is a mobile number in
// China and nothing in the US; reading every text against every country would mask order numbers
// everywhere. So phone numbers are read against the agent's region (settings or policy; without one,
// the region of the locale this process runs in) and the country of the number on the call.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Settings } from '../settings/schema';

export interface RedactionContext {
  /** ISO 3166 alpha-2 region, e.g. 'US', 'CN', 'GB': how national numbers without a country code are read. */
  region?: string;
  /** The other party's number (or SIP URI) on the call, e.g. '+8613800138000': its country is read too. */
  callNumber?: string;
}

/** The region used when neither the context nor the locale names one. */
export const FALLBACK_REGION: CountryCode = 'US';

const supported = (region: string | undefined): CountryCode | undefined => {
  const upper = region?.trim().toUpperCase();
  return upper && isSupportedCountry(upper) ? upper : undefined;
};

/** The region of this process's locale ('zh-CN' → CN, 'en' → US by likely subtags), if it has one. */
export function localeRegion(): CountryCode | undefined {
  try {
    return supported(new Intl.Locale(Intl.DateTimeFormat().resolvedOptions().locale).maximize().region);
  } catch {
    return undefined;
  }
}

/** The country of a call's number: '+8613800138000', '008613800138000', 'sip:+442079460958@pbx'. */
export function regionOfNumber(callNumber: string, region: CountryCode): CountryCode | undefined {
  const user = callNumber.trim().replace(/^sips?:/i, '').split(/[@;]/)[0]!;
  if (!/^\+?[\d\s().-]{7,}$/.test(user)) return undefined;
  return parsePhoneNumberFromString(user, region)?.country;
}

/** The regions phone numbers are read against, the agent's own first. */
export function phoneRegions(context: RedactionContext = {}): CountryCode[] {
  const own = supported(context.region) ?? localeRegion() ?? FALLBACK_REGION;
  const ofCall = context.callNumber ? regionOfNumber(context.callNumber, own) : undefined;
  return ofCall && ofCall !== own ? [own, ofCall] : [own];
}

/** The context for redacting a call's text: the region in force (settings, or policy when it sets one) and the call's number. */
export function redactionContext(settings: Pick<Settings, 'region'>, callNumber?: string): RedactionContext {
  return { ...(settings.region ? { region: settings.region } : {}), ...(callNumber ? { callNumber } : {}) };
}
