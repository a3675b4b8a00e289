// Samples, once a second, CPU and memory of every process in the benchmark's trees (the service
// and any children it starts, this load generator) read from /proc, plus whatever `probe` returns
// (the queue backlog). Linux only; elsewhere the process figures are empty.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ, 100 on every Linux the project runs on
const PAGE = 4096;

function stat(pid) {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = raw.lastIndexOf(')');
    const comm = raw.slice(raw.indexOf('(') + 1, close);
    const f = raw.slice(close + 2).split(' ');
    return { pid: Number(pid), comm, ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICKS, rss: Number(f[21]) * PAGE };
  } catch {
    return null;
  }
}

function allProcesses() {
  return readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(stat).filter(Boolean);
}

/** Every process whose ancestry reaches one of the roots, labelled by the root's name. */
function tree(roots) {
  const all = allProcesses();
  const byParent = new Map();
  for (const p of all) byParent.set(p.ppid, [...(byParent.get(p.ppid) ?? []), p]);
  const found = [];
  const rootPids = new Set(Object.values(roots));
  for (const [label, pid] of Object.entries(roots)) {
    const root = all.find((p) => p.pid === pid);
    if (!root) continue;
    const stack = [[root, label]];
    while (stack.length) {
      const [p, name] = stack.pop();
      found.push({ ...p, label: name });
      // a root started by another root (the service, started by this process) is counted under its own name
      for (const child of (byParent.get(p.pid) ?? []).filter((c) => !rootPids.has(c.pid))) stack.push([child, `${label} › ${child.comm} ${child.pid}`]);
    }
  }
  return found;
}

export class Sampler {
  /** roots: {label: pid}; extra: {label: comm name} for processes outside the trees (the shared Redis). */
  constructor({ roots, extra = {}, probe, intervalMs = 1000 }) {
    this.roots = roots;
    this.extra = extra;
    this.probe = probe;
    this.intervalMs = intervalMs;
    this.samples = [];
    this.last = new Map();
    this.started = Date.now();
  }

  start() {
    this.tick();
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    return this;
  }

  async tick() {
    const at = Date.now();
    const procs = tree(this.roots);
    for (const [label, comm] of Object.entries(this.extra)) {
      for (const p of allProcesses().filter((x) => x.comm === comm)) procs.push({ ...p, label: `${label} ${p.pid}` });
    }
    const processes = {};
    for (const p of procs) {
      const prev = this.last.get(p.pid);
      const cpuPercent = prev ? (100 * (p.cpu - prev.cpu)) / ((at - prev.at) / 1000) : null;
      this.last.set(p.pid, { cpu: p.cpu, at });
      processes[p.label] = { pid: p.pid, cpuPercent, rssMiB: p.rss / 2 ** 20 };
    }
    let probe = null;
    try {
      probe = this.probe ? await this.probe() : null;
    } catch (error) {
      probe = { error: error.message };
    }
    this.samples.push({ t: (at - this.started) / 1000, at, processes, probe });
  }

  stop() {
    clearInterval(this.timer);
    return this.samples;
  }

  /** Mean and peak CPU% and peak RSS per process over the samples taken between two times. */
  static perProcess(samples) {
    const out = {};
    for (const s of samples) {
      for (const [label, p] of Object.entries(s.processes)) {
        const o = (out[label] ??= { pid: p.pid, cpu: [], rssMiB: 0 });
        if (p.cpuPercent !== null) o.cpu.push(p.cpuPercent);
        o.rssMiB = Math.max(o.rssMiB, p.rssMiB);
      }
    }
    return Object.fromEntries(Object.entries(out).map(([label, o]) => [label, {
      pid: o.pid,
      cpuMeanPercent: o.cpu.length ? o.cpu.reduce((a, b) => a + b, 0) / o.cpu.length : null,
      cpuPeakPercent: o.cpu.length ? Math.max(...o.cpu) : null,
      rssPeakMiB: o.rssMiB,
    }]));
  }
}
