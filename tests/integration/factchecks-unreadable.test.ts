// A fact-check file that is not JSON, HTML or CSV with the expected header (a .json file holding
// plain text, a spreadsheet export with other columns) fails its import job with a reason that
// says what the file is not, instead of only blaming a CSV header the user never wrote.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

async function importFile(fileName: string, content: string) {
  const { jobId } = await app.ok('factchecks.import', { fileName, contentBase64: Buffer.from(content).toString('base64') });
  let status = await app.ok('factchecks.importStatus', { jobId });
  for (let i = 0; i < 500 && status.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 20));
    status = await app.ok('factchecks.importStatus', { jobId });
  }
  return status;
}

describe('an unreadable fact-check file', () => {
  it('fails with a reason naming the formats it is not, and imports nothing', async () => {
    const text = await importFile('reviews.json', 'The harbour board checked the ferry claims last week.');
    expect(text).toMatchObject({ state: 'failed', imported: 0 });
    expect(text.error).toMatch(/not ClaimReview JSON or HTML/);
    expect(text.error).toMatch(/claim_reviewed and url/);
    const sheet = await importFile('reviews.csv', 'link,statement,rating\nhttps://checks.example.org/1,Forty ferries a day,False\n');
    expect(sheet).toMatchObject({ state: 'failed', imported: 0 });
    expect(sheet.error).toMatch(/not ClaimReview JSON or HTML, and as CSV its header lacks claim_reviewed and url/);
    expect((await app.ok('factchecks.list', {})).total).toBe(0);
  });
});
