// Fills the page with the tracker's URL and integrity from the Vite
// manifest snowpak wrote, the way a Vite backend integration reads
// `manifest['sp.js'].file`.
//
// usage: node render-page.js MANIFEST TEMPLATE PAGE
'use strict';

const fs = require('fs');

const [manifestPath, templatePath, pagePath] = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const tracker = manifest['sp.js'];
if (!tracker) {
  console.error(`render-page: no sp.js in ${manifestPath}`);
  process.exit(1);
}

const tag = `<script async src="/assets/${tracker.file}" ` +
  `integrity="${tracker.integrity}" crossorigin="anonymous"></script>`;
const page = fs.readFileSync(templatePath, 'utf8')
  .replace('<!-- tracker -->', tag);
fs.writeFileSync(pagePath, page);
console.log(`Wrote ${pagePath} with ${tracker.file}`);
