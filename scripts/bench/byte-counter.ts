import { connect, createServer, type AddressInfo } from 'node:net';

export interface ByteCounter {
  port: number;
  /** Bytes from clients to the target: request lines, headers and bodies. */
  readonly requestBytes: number;
  /** Bytes from the target back: status lines, headers and bodies. */
  readonly responseBytes: number;
  reset: () => void;
  close: () => Promise<void>;
}

/** A TCP relay on 127.0.0.1 that counts every byte of HTTP each way (not TCP/IP or TLS overhead). */
export async function startByteCounter(targetPort: number): Promise<ByteCounter> {
  let requestBytes = 0;
  let responseBytes = 0;
  const server = createServer((client) => {
    const target = connect(targetPort, '127.0.0.1');
    client.on('data', (chunk) => {
      requestBytes += chunk.length;
      target.write(chunk);
    });
    target.on('data', (chunk) => {
      responseBytes += chunk.length;
      client.write(chunk);
    });
    client.on('close', () => target.destroy());
    target.on('close', () => client.destroy());
    client.on('error', () => target.destroy());
    target.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get requestBytes() {
      return requestBytes;
    },
    get responseBytes() {
      return responseBytes;
    },
    reset: () => {
      requestBytes = 0;
      responseBytes = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
