// Loaded with `node --import` into every process the benchmark starts; they are given an IPC channel.
import { Session } from 'node:inspector/promises';
import { writeFile } from 'node:fs/promises';

// Only in the process the benchmark started: a worker child forked by the service inherits
// `--import` and an IPC channel of its own to the service, which these hooks must leave alone.
if (typeof process.send === 'function' && process.env.BENCH_PARENT_PID === String(process.ppid)) {
  // When the benchmark dies without cleaning up (SIGKILL, a crash) the channel closes: stop instead of
  // lingering on the port.
  process.on('disconnect', () => {
    setTimeout(() => process.exit(1), 5000).unref();
    process.kill(process.pid, 'SIGTERM');
  });

  // CPU profiles on request, so a profile covers one measured route and not start-up or preloading.
  // (--cpu-prof would cover the whole life and is only written on a clean exit.)
  let session = null;
  process.on('message', async (message) => {
    try {
      if (message?.type === 'profile:start' && !session) {
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 200 });
        await session.post('Profiler.start');
        process.send({ type: 'profile:started' });
      } else if (message?.type === 'profile:stop' && session) {
        const { profile } = await session.post('Profiler.stop');
        session.disconnect();
        session = null;
        await writeFile(message.file, JSON.stringify(profile));
        process.send({ type: 'profile:stopped', file: message.file });
      }
    } catch (error) {
      process.send({ type: 'profile:error', message: String(error) });
    }
  });

  // The channel must not keep an otherwise finished process alive.
  process.channel?.unref();
}

// In every process of the service (worker children too) when BENCH_PROFILE_DIR is set: SIGUSR2
// starts a CPU profile and the next SIGUSR2 writes it there, so the benchmark can profile the API
// and the workers over the same seconds of load.
if (process.env.BENCH_PROFILE_DIR) {
  const dir = process.env.BENCH_PROFILE_DIR;
  const role = process.argv[1]?.replace(/.*\//, '').replace(/\.js$/, '') || 'node';
  let session = null;
  let count = 0;
  process.on('SIGUSR2', async () => {
    try {
      if (!session) {
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 500 });
        await session.post('Profiler.start');
        return;
      }
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = null;
      count += 1;
      await writeFile(`${dir}/${role}-${process.pid}-${count}.cpuprofile`, JSON.stringify(profile));
    } catch (error) {
      console.error(`bench profile: ${error}`);
    }
  });
}
