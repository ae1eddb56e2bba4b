// Preloaded by bench/profile.mjs: SIGUSR2 exits normally, so `node --cpu-prof` writes its profile.
process.on('SIGUSR2', () => process.exit(0));
