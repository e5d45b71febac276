// Replaces theme-classic's prism-include-languages client module: see prismOnDemand.ts.
export {};
