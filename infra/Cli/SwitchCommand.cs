using System.CommandLine;
using Netra.Infra.Cost;
using Netra.Infra.Diagnostics;
using Netra.Infra.Switch;

namespace Netra.Infra.Cli;

/// <summary>
/// `bin/netra-infra switch --stack staging --to emergency [--revision R] [--yes] [--dry-run [--detailed-exitcode]]`: the
/// one command the runbook, the plan and every alert print for a step (SwitchRun does the work; exit codes in
/// SwitchExitCodes).
/// </summary>
public sealed class SwitchCommand(
    TextWriter stdout,
    TextWriter stderr,
    TextReader stdin,
    Func<string, string?> environment,
    Func<string?, string> root,
    Func<string, string, CompileOutcome> compile,
    Func<IReadOnlyList<Diagnostic>, int> fail)
{
    public Command Build()
    {
        var stack = new Option<string>("--stack") { Description = "The stack, which is the environment (staging).", Required = true };
        var to = new Option<string>("--to") { Description = "The profile to go to; the step from where the stack is must be one the runbook offers.", Required = true };
        var revision = new Option<string?>("--revision") { Description = "The revision a pinning step (rollback) pins, e.g. netra-backend-staging-00812-x2q." };
        var yes = new Option<bool>("--yes") { Description = "Run the update without asking." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Stop after comparing the live preview with the plan (builds, installs plugins, changes nothing)." };
        var detailed = new Option<bool>("--detailed-exitcode") { Description = $"With --dry-run: exit {SwitchExitCodes.Changes} when the step would change staging, {SwitchExitCodes.Done} when staging is already in the profile." };
        var rootOption = new Option<string?>("--root") { Description = "The repository root (default: the nearest folder upwards with a Pulumi.yaml)." };
        var command = new Command("switch", "Run one runbook step on the live stack (--dry-run first).")
        {
            stack, to, revision, yes, dryRun, detailed, rootOption,
        };
        command.SetAction(parse =>
        {
            // Only a dry run can say "would change": a switch that runs the step has changed staging when it exits 0.
            if (parse.GetValue(detailed) && !parse.GetValue(dryRun))
            {
                var revisionArgument = parse.GetValue(revision) is { } named ? $" --revision {named}" : "";
                stderr.WriteLine($"netra-infra: switch: --detailed-exitcode is for a dry run (it says whether the step would change staging): bin/netra-infra switch --stack {parse.GetValue(stack)} --to {parse.GetValue(to)}{revisionArgument} --dry-run --detailed-exitcode; leave --detailed-exitcode out to run the step");
                return SwitchExitCodes.Refused;
            }

            var repository = root(parse.GetValue(rootOption));
            var stackName = parse.GetValue(stack)!;
            var outcome = compile(repository, stackName);
            if (outcome.Deployment is null)
            {
                return fail(outcome.Diagnostics);
            }

            var spec = outcome.Deployment.Environment;
            var priceDiagnostics = new DiagnosticBag();
            var prices = File.Exists(PriceTable.FileFor(repository, spec.Location.Region).FullPath) ? PriceTable.Load(repository, spec.Location.Region, priceDiagnostics) : null;
            var options = new SwitchOptions(repository, stackName, parse.GetValue(to)!, parse.GetValue(revision), parse.GetValue(yes), parse.GetValue(dryRun), parse.GetValue(detailed));
            return new SwitchRun(options, spec, prices, environment, stdout, stderr, stdin, TimeProvider.System).Run();
        });
        return command;
    }
}
