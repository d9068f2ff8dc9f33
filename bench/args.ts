/** The command line of a bench script: `--name value` options and `--name` flags. */
const argv = process.argv.slice(2);

/** The value after `--name`, or `fallback` when the option is not given. */
export function optionValue(name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
}

/** Whether `--name` is on the command line. */
export function hasFlag(name: string): boolean {
  return argv.includes(`--${name}`);
}
