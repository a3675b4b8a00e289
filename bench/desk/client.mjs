// The desk's HTTP client: one undici keep-alive pool to the service, JSON in and out.
import { Pool } from 'undici';

export function createClient(base, { connections = 128 } = {}) {
  const pool = new Pool(base, { connections, pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 15_000, bodyTimeout: 15_000 });

  /** Answers {status, json}; `raw: true` leaves the body unparsed (reads under load only need the status). */
  async function call(key, method, path, body, { raw = false, headers = {} } = {}) {
    const res = await pool.request({
      method,
      path,
      headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (raw) {
      await res.body.arrayBuffer(); // read to the end: dump() would drop the connection on a large queue page
      return { status: res.statusCode, json: null };
    }
    const text = await res.body.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { unparsed: text.slice(0, 300) };
    }
    return { status: res.statusCode, json, text };
  }

  /** The same, failing unless the answer has the expected status. */
  async function expect(status, key, method, path, body) {
    const r = await call(key, method, path, body);
    if (r.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${r.status}: ${JSON.stringify(r.json).slice(0, 400)}`);
    return r.json;
  }

  return { call, expect, close: () => pool.close() };
}
