// Preloaded into hvlint by bench/gc.mjs: total GC pause time (main thread) and CPU time,
// printed to stderr at exit as `gc <ms> <count> cpu <ms>`.
const { PerformanceObserver } = require('node:perf_hooks');
let total = 0;
let count = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    total += entry.duration;
    count++;
  }
}).observe({ entryTypes: ['gc'] });
process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`gc ${total.toFixed(1)} ${count} cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
});
