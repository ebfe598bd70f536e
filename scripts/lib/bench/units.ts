/** How the scale benchmark writes its figures: KB and MB are 10^3 and 10^6 bytes, thousands with commas. */

/** Bytes in MB (10^6), one decimal. */
export const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
/** Bytes in KB (10^3), one decimal. */
export const kb = (n: number): string => `${(n / 1e3).toFixed(1)} KB`;
/** A count with thousands separated by commas (en-GB). */
export const thousands = (n: number): string => n.toLocaleString('en-GB');
/** Seconds, one decimal; from two minutes on, whole seconds and minutes. */
export const seconds = (s: number): string =>
	s >= 120 ? `${s.toFixed(0)} s (${(s / 60).toFixed(1)} min)` : `${s.toFixed(1)} s`;
