using System.CommandLine;
using Netra.Infra.Cost;
using Netra.Infra.Diagnostics;
using Netra.Infra.Switch;

namespace Netra.Infra.Cli;

/// <summary>
/// `bin/netra-infra switch --stack staging --to emergency [--revision R] [--yes] [--dry-run]`: the one command the
/// runbook, the plan and every alert print for a step (SwitchRun does the work; exit codes in SwitchExitCodes).
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
        var rootOption = new Option<string?>("--root") { Description = "The repository root (default: the nearest folder upwards with a Pulumi.yaml)." };
        var command = new Command("switch", "Run one runbook step on the live stack: read where it is, preview the step, compare it with its offline plan, then update exactly that.")
        {
            stack, to, revision, yes, dryRun, rootOption,
        };
        command.SetAction(parse =>
        {
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
            var options = new SwitchOptions(repository, stackName, parse.GetValue(to)!, parse.GetValue(revision), parse.GetValue(yes), parse.GetValue(dryRun));
            return new SwitchRun(options, spec, prices, environment, stdout, stderr, stdin, TimeProvider.System).Run();
        });
        return command;
    }
}
