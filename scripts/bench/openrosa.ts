import type { PushRecord } from '../../shared/push.ts';

/** Namespaces that an XLSForm-built ODK form declares on its instance root, as ODK Collect writes it back. */
const ROOT_NAMESPACES = [
  'xmlns:h="http://www.w3.org/1999/xhtml"',
  'xmlns:jr="http://openrosa.org/javarosa"',
  'xmlns:odk="http://www.opendatakit.org/xforms"',
  'xmlns:orx="http://openrosa.org/xforms"',
  'xmlns:xsd="http://www.w3.org/2001/XMLSchema"',
].join(' ');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text content needs only these three escaped, which is what Collect's serializer does. */
function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ENTITIES[ch] ?? ch);
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return `<${name}/>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/**
 * One record as the XForm instance ODK Collect would submit: the form id and version on the root,
 * each field an element (empty for no answer), start, end, the device id and the enumerator as
 * metadata fields, and `meta/instanceID` carrying the record's UUID.
 */
export function openRosaInstance(record: PushRecord, deviceId: string): string {
  const fields = Object.entries(record.data)
    .map(([name, value]) => element(name, value))
    .join('');
  return (
    `<?xml version='1.0' ?><data id="${record.form}" version="${record.formVersion}" ${ROOT_NAMESPACES}>` +
    element('start', record.createdAt) +
    element('end', record.finalizedAt) +
    element('deviceid', `fmp-collect:${deviceId}`) +
    element('enumerator', record.enumerator) +
    element('seq', record.seq) +
    fields +
    `<meta><instanceID>uuid:${record.id}</instanceID></meta></data>`
  );
}

/**
 * The multipart/form-data body of the Form Submission API: one part named `xml_submission_file`
 * of type text/xml, framed the way OkHttp (which Collect uses) frames it, with a UUID boundary.
 */
export function openRosaMultipart(xml: string, boundary: string, fileName: string): Buffer {
  const payload = Buffer.from(xml, 'utf8');
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="xml_submission_file"; filename="${fileName}"\r\n` +
    'Content-Type: text/xml\r\n' +
    `Content-Length: ${payload.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), payload, Buffer.from(`\r\n--${boundary}--\r\n`)]);
}

/** ODK Central's answer to an accepted submission. */
export const OPENROSA_SUCCESS_BODY =
  '<OpenRosaResponse xmlns="http://openrosa.org/http/response" items="0">' +
  '<message nature="">full submission upload was successful!</message></OpenRosaResponse>';
