/**
 * The panel content script's placeholder match pattern. wxt.config.ts swaps it for the patterns
 * generated from the dataset's hosts, so the script never runs on a host the data does not list.
 */
export const PANEL_PLACEHOLDER_MATCH = '*://contractlens.invalid/*';
