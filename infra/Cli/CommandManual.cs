using Netra.Infra.Adoption;
using Netra.Infra.Diagnostics;
using Netra.Infra.Switch;

namespace Netra.Infra.Cli;

/// <summary>
/// The manual behind `--help`: for each command its long explanation, examples that run as written (a test parses
/// every one, and runs the offline ones), and its exit codes. Written for the person on call at 3 a.m., who reads help
/// before the README: what to type first, and what the exit code of a script means.
/// </summary>
public static class CommandManual
{
    private const string Bug = "a bug in netra-infra, not your input: rerun with NETRA_DEBUG=1 for the trace and report it";

    /// <summary>Every command that reads files and writes text: done, refused, or our bug.</summary>
    private static readonly IReadOnlyList<ExitCodeMeaning> Usual =
    [
        new(ExitCodes.Success, "done"),
        new(ExitCodes.Refused, "refused: invalid input or data; each error names its file, key and code (docs/diagnostics.md)"),
        new(ExitCodes.InternalError, Bug),
    ];

    public static CommandHelp Root { get; } = new(
        null,
        [
            new("The stack's profile on one screen: capacity, the runbook's steps from it with their commands, cost, alerts (offline, no credentials):", "bin/netra-infra plan --stack staging"),
            new("Rehearse the incident step at the start of a shift: builds, installs the plugins, previews, changes nothing:", "bin/netra-infra switch --stack staging --to emergency --dry-run"),
            new("The incident runbook, laid out for this terminal:", "bin/netra-infra runbook --stack staging --format text"),
        ],
        [
            new(ExitCodes.Success, "done (with --detailed-exitcode: nothing would change)"),
            new(ExitCodes.Refused, "refused before any change: invalid input or data, a precondition not met; the message says what to run instead"),
            new(ExitCodes.InternalError, Bug),
            new(ExitCodes.ToolFailed, "switch, adopt: pulumi or gcloud missing or failed before the update; nothing changed"),
            new(ExitCodes.NotConfirmed, "switch, adopt: the update failed or its outcome is not confirmed; staging may be between profiles"),
            new(ExitCodes.Changes, "plan (a switch or a step) and switch --dry-run, with --detailed-exitcode: it would change something"),
        ]);

    /// <summary>The help of the command named <paramref name="command"/>; null for one this manual does not know.</summary>
    public static CommandHelp? For(string command) => command switch
    {
        "compile" => new(
            "Pulumi.yaml names this as the project's YAML compiler, so every pulumi preview and up of the project runs it (2 to 4 times): it reads PULUMI_STACK, PULUMI_PROJECT, PULUMI_CONFIG and PULUMI_ROOT_DIRECTORY as the engine sets them and prints the Pulumi YAML program on stdout, errors on stderr. Without PULUMI_STACK it prints the provider packages, for the engine's plugin discovery. A stack that is a profile (pulumi up --stack emergency) is refused with the command meant. People run pulumi or bin/netra-infra switch, not this; emit prints the same program without Pulumi.",
            [
                new("What the engine runs it for: the stack's profile, or another profile's file:", "pulumi preview --stack staging --config-file Pulumi.emergency.yaml"),
                new("The provider packages, as the engine's plugin discovery asks for them:", "bin/netra-infra compile"),
            ],
            Usual),
        "emit" => new(
            "The Pulumi YAML program pulumi would run for a stack and profile, printed with no Pulumi installed and no credentials: the stack's own profile (the one Pulumi.<stack>.yaml selects), another profile's file, or any stack configuration file. Errors and warnings go to stderr, as text or, with --format json, as JSON.",
            [
                new("The program of the stack's own profile:", "bin/netra-infra emit --stack staging"),
                new("The program the incident step would run, errors and warnings as JSON:", "bin/netra-infra emit --stack staging --profile emergency --format json"),
            ],
            Usual),
        "inventory" => new(
            "Every resource a profile declares, with the fields that matter, one per line: the text the inventory tests compare with. --write writes one file per profile (<stack>.<profile>.inventory.txt), which is how the checked-in inventories are regenerated after a change to the data.",
            [
                new("The resources and fields of the emergency profile:", "bin/netra-infra inventory --stack staging --profile emergency"),
                new("Regenerate the inventories the tests compare with:", "bin/netra-infra inventory --stack staging --write tests/Infra.Tests/Inventories"),
            ],
            Usual),
        "plan" => new(
            "Offline, with no credentials: a profile on one screen (--inventory for every resource, field and unconfirmed value), what a switch between two profiles changes, disrupts, takes and costs (--from and --to, step by step along the runbook's route), or what a one-time step changes (--step). Every figure names the inferred values it rests on. --detailed-exitcode makes the exit code say whether the switch or the step changes at least one resource, for scripts (as terraform plan -detailed-exitcode, with 5 for \"changes\" since 2 is a bug).",
            [
                new("The stack's profile on one screen:", "bin/netra-infra plan --stack staging"),
                new("What the incident step changes, disrupts, takes and costs:", "bin/netra-infra plan --stack staging --from normal --to emergency"),
                new("Whether a one-time step is still to make (exit 5) or made (exit 0):", "bin/netra-infra plan --stack staging --step grow-primary --detailed-exitcode"),
            ],
            [
                new(ExitCodes.Success, "the plan was printed; with --detailed-exitcode, it changes nothing"),
                Usual[1],
                Usual[2],
                new(ExitCodes.Changes, "with --detailed-exitcode: the switch or the step changes at least one resource (the output is the same as without it)"),
            ]),
        "runbook" => new(
            "The incident runbook, made from the environment's alerts and transitions: which alert means which step, the step's command, its relief time against its budget, and the way back. In markdown it is docs/runbook.md's generated section and docs/adoption.md's checklist; in text it is laid out for a terminal. --write rewrites every generated part of the documentation (the README's incident card, docs/runbook.md, docs/adoption.md, docs/pr-checks.md's sample comment), or none when a file lacks its markers.",
            [
                new("The runbook for this terminal:", "bin/netra-infra runbook --stack staging --format text"),
                new("Regenerate the generated documentation after a change to the data:", "bin/netra-infra runbook --stack staging --write"),
            ],
            Usual),
        // Adoption answers with switch's codes (AdoptRun): the same question, whether staging may have changed.
        "adopt" => new(
            $"Imports the resources that exist today into a stack that holds nothing yet, with {AdoptRun.ConfigFile}, once: refused when the stack already holds resources (an adoption up would delete what only the normal program declares) or when the data says adoption is done (existing.adopted). The preview must show imports and nothing else; then one update, after a typed yes unless --yes.",
            [
                new("Preview the import and change nothing:", "bin/netra-infra adopt --stack staging --dry-run"),
                new("Import, after a typed yes:", "bin/netra-infra adopt --stack staging"),
            ],
            [
                new(SwitchExitCodes.Done, "imported; with --dry-run, the preview shows only imports"),
                new(SwitchExitCodes.Refused, "refused before any change: the stack holds resources, adoption is done, the preview does more than import, or no confirmation"),
                new(SwitchExitCodes.InternalError, Bug),
                new(SwitchExitCodes.ToolFailed, "pulumi missing or failed before the update; nothing changed"),
                new(SwitchExitCodes.NotConfirmed, "the update failed: look at the stack before running anything else"),
            ]),
        "switch" => new(
            "One runbook step on the live stack, in order: read where the stack is (its profile output), refuse a step the runbook does not offer from there, preview the step live and compare the preview with the step's offline plan, then one pulumi up of exactly the resources compared, timed against the step's relief budget, confirmed (the stack's profile, the revision each changed service serves) and logged. Every refusal comes before the update and changes nothing. --dry-run stops after the comparison; run it at the start of a shift and after every pull, so that no build or plugin install waits on the relief path.",
            [
                new("Rehearse the incident step (builds, installs plugins, previews, changes nothing):", "bin/netra-infra switch --stack staging --to emergency --dry-run"),
                new("Run it, after a typed yes (--yes for none):", "bin/netra-infra switch --stack staging --to emergency"),
                new("Pin the backend to a known-good revision, named now:", "bin/netra-infra switch --stack staging --to rollback --revision <revision>"),
            ],
            [
                new(SwitchExitCodes.Done, "done: staging is confirmed in the profile; with --dry-run, the live preview matches the plan (with --detailed-exitcode: staging is already in the profile, nothing to do); or staging was already there and nothing ran"),
                new(SwitchExitCodes.Refused, "refused before any change: invalid input or data, a step the runbook does not offer from where staging is, a preview that does more than the plan, a connection budget exceeded, no confirmation"),
                new(SwitchExitCodes.InternalError, Bug),
                new(SwitchExitCodes.ToolFailed, "pulumi or gcloud missing or failed before the update; nothing changed"),
                new(SwitchExitCodes.NotConfirmed, "the update failed or its outcome is not confirmed: staging may be between profiles (the message says what to look at)"),
                new(SwitchExitCodes.Changes, "with --dry-run --detailed-exitcode: the live preview matches the plan and the step would change staging"),
            ]),
        "secrets-config" => new(
            "pulumi --config-file reads the secrets configuration (encryptionsalt, secretsprovider, encryptedkey) from the profile's file alone, so every Pulumi.<profile>.yaml must state the stack file's, or the first pulumi call writes a new salt. This checks every profile file; --write copies the stack file's lines into each that differs. Run it after pulumi stack init or pulumi stack change-secrets-provider, which write only the stack's own file.",
            [
                new("Check every profile file:", "bin/netra-infra secrets-config --stack staging"),
                new("Copy the stack file's secrets configuration into each profile file that differs:", "bin/netra-infra secrets-config --stack staging --write"),
            ],
            Usual),
        "schema" => new(
            $"The JSON Schema of stacks/<environment>.yaml and the reference of its keys, made from the reader itself, so they never differ from what is accepted. --write puts them where editors and people look: {SchemaCommand.SchemaFile} (the data file's first line points editors to it) and {SchemaCommand.ReferenceFile}.",
            [
                new("Print the schema:", "bin/netra-infra schema --stack staging"),
                new("Regenerate the schema and the key reference after a change to the reader:", "bin/netra-infra schema --stack staging --write"),
            ],
            Usual),
        "help" => new(
            null,
            [
                new("The help of one command, with its examples and exit codes:", "bin/netra-infra help switch"),
            ],
            [
                new(ExitCodes.Success, "the help was printed"),
                new(ExitCodes.Refused, "no such command (the message lists them)"),
            ]),
        _ => null,
    };
}
