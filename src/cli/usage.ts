/** Help text, apart from the commands so `--help` loads none of them. */

export const CHECK_USAGE = `Usage: gatewatch check [--config FILE] [--kb GLOB]... [--kb-root DIR] [--nginx GLOB]... [--probes FILE]
                      [--format text|json|sarif|github] [--output FILE] [--fail-on error|warning|notice|never]
                      [--policy-from REF] [--nginx-binary PATH] [--haproxy-binary PATH]

Checks KB entries (default: seeds/**/*.md) and everything gatewatch.yml lists.
On a pull request pass --policy-from BASE: fail_on, comment, only_changed and allow are then read from
BASE's gatewatch.yml. The nginx and haproxy programs come only from --nginx-binary/--haproxy-binary (default: PATH).
Exit codes: 0 passed, 1 findings at or above --fail-on, 2 bad usage or config, 3 internal failure.`;
