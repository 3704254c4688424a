/**
 * `npm test`'s check that test hooks stay out of the release build: the test clock
 * (`local:nowOverride`) must appear in the test build (`.output/chrome-mv3-test`, so this check can
 * fail) and nowhere in the release build (`.output/chrome-mv3`), and the release build's panel must
 * attach a closed shadow root and name no company on the elements a page sees. Exits non-zero, naming the file, when a hook leaked.
 */
import { contentScriptTagsCompanies, filesWithTestClock, panelShadowMode } from './release-hooks';

const problems: string[] = [];
if (!filesWithTestClock('.output/chrome-mv3-test').length) problems.push('.output/chrome-mv3-test: the test clock is missing from the test build, so this check proves nothing');
for (const file of filesWithTestClock('.output/chrome-mv3')) problems.push(`${file}: the test clock (nowOverride) is in the release build`);
if (panelShadowMode('.output/chrome-mv3-test') !== 'open') problems.push('.output/chrome-mv3-test/content-scripts/panel.js: the panel\'s shadow mode was not found in the test build, so this check proves nothing');
if (!contentScriptTagsCompanies('.output/chrome-mv3-test')) problems.push('.output/chrome-mv3-test/content-scripts/panel.js: the test build names no company on its hosts, so this check proves nothing');
if (contentScriptTagsCompanies('.output/chrome-mv3')) problems.push('.output/chrome-mv3/content-scripts/panel.js: the release build names the company on elements the page can read (data-company)');
if (panelShadowMode('.output/chrome-mv3') !== 'closed') problems.push('.output/chrome-mv3/content-scripts/panel.js: the panel\'s shadow root is not closed in the release build');

for (const problem of problems) console.error(problem);
console.log(problems.length ? 'release build: test hooks leaked' : 'release build: no test clock, closed shadow root, no company named to the page');
process.exit(problems.length ? 1 : 0);
