// Preloaded by bench/sheets-cli.ts: prints the peak resident memory (KB) when the process exits.
process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
