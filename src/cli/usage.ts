/** Help text, apart from the commands so `--help` loads none of them. */

export const CHECK_USAGE = `Usage: gatewatch check [--config FILE] [--kb GLOB]... [--kb-root DIR] [--nginx GLOB]... [--probes FILE]
                      [--format text|json|sarif|github] [--output FILE] [--fail-on error|warning|notice|never]

Checks KB entries (default: seeds/**/*.md) and everything gatewatch.yml lists.
Exit codes: 0 passed, 1 findings at or above --fail-on, 2 bad usage or config, 3 internal failure.`;
