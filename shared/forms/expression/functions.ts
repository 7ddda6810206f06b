/** The functions an expression may call, with how many arguments each takes. */
export const FUNCTION_ARITY: Readonly<Record<string, number>> = {
  not: 1,
  selected: 2,
  'count-selected': 1,
  'string-length': 1,
  today: 0,
  now: 0,
  true: 0,
  false: 0,
};

export const isKnownFunction = (name: string): boolean => Object.hasOwn(FUNCTION_ARITY, name);
