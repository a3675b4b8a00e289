import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const CHILD_HOOKS = fileURLToPath(new URL('./child-hooks.mjs', import.meta.url));

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on right now (the kernel picks it; the short race is acceptable here). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when a Redis answers PING at host:port within the timeout. */
export function redisAnswers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * A child Node process with an IPC channel (see child-hooks.mjs) and its output in a log file, so a
 * chatty child never blocks on a full pipe and its last lines can be shown when something fails.
 */
export function startNode(name, script, { args = [], env, cwd, logFile, cpus = null }) {
  const fd = openSync(logFile, 'a');
  const argv = ['--import', CHILD_HOOKS, script, ...args];
  const [command, commandArgs] = cpus ? ['taskset', ['-c', cpus, process.execPath, ...argv]] : [process.execPath, argv];
  const child = spawn(command, commandArgs, {
    cwd,
    // the hooks are for this child only, not for the worker processes it forks (they inherit --import)
    env: { ...(env ?? process.env), BENCH_PARENT_PID: String(process.pid) },
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A command that cannot be started (taskset missing) reports only this.
    child.once('error', (error) => {
      if (child.pid === undefined) resolve({ code: null, signal: null, error });
    });
  });
  let running = true;
  void exited.then(() => (running = false));

  const request = (message, answer, timeoutMs = 30_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`${name}: no ${answer} within ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (reply) => {
        if (reply?.type === answer) finish(null, reply);
        else if (reply?.type?.endsWith(':error')) finish(new Error(`${name}: ${reply.message}`));
      };
      const finish = (error, reply) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        if (error) reject(error);
        else resolve(reply);
      };
      child.on('message', onMessage);
      child.send(message);
    });

  return {
    name,
    child,
    exited,
    get running() {
      return running;
    },
    request,
    logTail(lines = 30) {
      try {
        return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    /** SIGTERM, then SIGKILL if it does not finish in time; resolves once the process is gone. */
    async stop(graceMs = 10_000) {
      if (!running) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => running && child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/**
 * CPU seconds (user + system) a process has used so far, or null off Linux. CPU per request stays
 * meaningful when the load generator, rather than the server, sets the pace on a small machine.
 */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Busy CPU seconds of the whole machine (all CPUs, including time stolen by a hypervisor), or null off Linux. */
export function machineBusySeconds() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + (steal || 0)) / 100;
  } catch {
    return null;
  }
}

/** Polls `url` until it answers 200; fails early if the process exits. */
export async function waitForHealth(proc, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!proc.running) throw new Error(`${proc.name} exited before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error.message;
    }
    await sleep(200);
  }
  throw new Error(`${proc.name} not ready after ${timeoutMs} ms (${last})`);
}
