/* eslint-disable @typescript-eslint/no-explicit-any */
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: any;
  text: string;
}

/**
 * Sends bytes exactly as given over one connection and reads the answer until the server closes
 * it. fetch and http.request encode or refuse what these tests need to send (raw UTF-8 in the
 * target, malformed request lines, oversized headers).
 */
export function rawHttp(baseUrl: string, request: Buffer | string, timeoutMs = 5000): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(request));
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => {
      // the server may reset the connection right after answering; what arrived still counts
      if (chunks.length === 0) {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split < 0 ? all.length : split).toString('latin1').split('\r\n');
      const text = split < 0 ? '' : all.subarray(split + 4).toString('utf8');
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body: any = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // chunked or not JSON: keep the text
      }
      resolve({ status: Number(head[0]?.split(' ')[1] ?? 0), headers, body, text });
    });
  });
}

/** A GET with the target written byte for byte (a string target is sent as UTF-8, unencoded). */
export function rawGet(baseUrl: string, target: string, key: string | null): Promise<RawResponse> {
  const auth = key ? `Authorization: Bearer ${key}\r\n` : '';
  return rawHttp(baseUrl, Buffer.from(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n${auth}Connection: close\r\n\r\n`, 'utf8'));
}
