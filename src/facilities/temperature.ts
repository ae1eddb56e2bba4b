/** Temperatures are accepted in C or F at the edge and stored in Celsius only. */
export type TemperatureUnit = 'C' | 'F';
export const TEMPERATURE_UNITS = ['C', 'F'] as const;

/** The plausible range of an inlet temperature, in Celsius. */
export const MIN_TEMPERATURE_C = -50;
export const MAX_TEMPERATURE_C = 100;

export const toCelsius = (value: number, unit: TemperatureUnit): number =>
  unit === 'F' ? ((value - 32) * 5) / 9 : value;

export const toFahrenheit = (celsius: number): number => (celsius * 9) / 5 + 32;

/** A rate of change converts without the 32-degree offset. */
export const deltaToCelsius = (value: number, unit: TemperatureUnit): number => (unit === 'F' ? (value * 5) / 9 : value);

export const deltaToFahrenheit = (celsius: number): number => (celsius * 9) / 5;
