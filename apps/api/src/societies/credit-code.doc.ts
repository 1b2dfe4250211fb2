/**
 * A unified social credit code as the documents show it: its alphabet and length (the
 * check character, GB 32100-2015, no pattern can say; the domain checks it), and an
 * example whose check character is right, so that a client may send it as it is.
 */
export const CREDIT_CODE_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{18}$';
export const EXAMPLE_CREDIT_CODE = '51120000MJ0000000A';
