import autocannon from 'autocannon';

/**
 * One autocannon run. `requests` is autocannon's request list; a setupRequest in it is called for
 * every request, which is how bodies and ids vary.
 */
export async function measure({ url, requests, seconds, connections, headers }) {
  const result = await autocannon({
    url,
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    headers,
    requests,
  });
  return {
    reqPerSec: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSec: result.throughput.average,
  };
}
