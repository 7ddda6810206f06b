import { catalogCoverage, renderCoverage } from '../client/build/catalog-report.ts';

// Per language and screen, how many texts are translated; the rest is shown in English.
console.log(renderCoverage(catalogCoverage()));
