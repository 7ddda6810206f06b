interface EncodedBody {
  body: BodyInit;
  headers: Record<string, string>;
}

export type EncodeBody = (json: string) => Promise<EncodedBody>;

export const plainJson: EncodeBody = (json) => Promise.resolve({ body: json, headers: {} });

/** JSON of many similar records shrinks about tenfold: on 2G that is the difference between sent and not. */
export const gzipJson: EncodeBody = async (json) => {
  if (typeof CompressionStream === 'undefined') return plainJson(json);
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).arrayBuffer(), headers: { 'content-encoding': 'gzip' } };
};
