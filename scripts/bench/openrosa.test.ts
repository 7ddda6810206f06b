import { describe, expect, it } from 'vitest';
import { makePushRecord } from '../../shared/test/fixtures.ts';
import { openRosaInstance, openRosaMultipart } from './openrosa.ts';

describe('openRosaInstance', () => {
  const record = makePushRecord({ id: '6f1c2d8e-3b4a-4c5d-8e9f-0a1b2c3d4e5f', seq: 7, enumerator: 'Zawadi & "co"' });
  const xml = openRosaInstance(
    { ...record, data: { ...record.data, notes: '<3 sacs>', origin_admin2: null } },
    'dev-1',
  );

  it('carries the form id and version on the root and the record id as meta/instanceID', () => {
    expect(xml).toMatch(/^<\?xml version='1.0' \?><data id="fmr" version="1" xmlns:h=/);
    expect(xml).toContain('<meta><instanceID>uuid:6f1c2d8e-3b4a-4c5d-8e9f-0a1b2c3d4e5f</instanceID></meta></data>');
  });

  it('writes every field, escaped, and an empty element for no answer', () => {
    expect(xml).toContain('<seq>7</seq>');
    expect(xml).toContain('<notes>&lt;3 sacs&gt;</notes>');
    expect(xml).toContain('<enumerator>Zawadi &amp; "co"</enumerator>');
    expect(xml).toContain('<origin_admin2/>');
    expect(xml).toContain('<males_18_59>2</males_18_59>');
  });
});

describe('openRosaMultipart', () => {
  it('frames the instance as the xml_submission_file part with its length', () => {
    const body = openRosaMultipart('<data/>', 'b0', 'x.xml').toString();
    expect(body).toBe(
      '--b0\r\nContent-Disposition: form-data; name="xml_submission_file"; filename="x.xml"\r\n' +
        'Content-Type: text/xml\r\nContent-Length: 7\r\n\r\n<data/>\r\n--b0--\r\n',
    );
  });
});
