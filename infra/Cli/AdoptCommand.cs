using System.CommandLine;
using Netra.Infra.Adoption;
using Netra.Infra.Diagnostics;
using Netra.Infra.Switch;

namespace Netra.Infra.Cli;

/// <summary>
/// `bin/netra-infra adopt --stack staging [--yes] [--dry-run]`: import what exists into a stack that holds nothing yet,
/// once (AdoptRun; exit codes as `switch`'s, SwitchExitCodes).
/// </summary>
public sealed class AdoptCommand(
    TextWriter stdout,
    TextWriter stderr,
    TextReader stdin,
    Func<string, string?> environment,
    Func<string?, string> root,
    Func<string, string, string, CompileOutcome> compileWith,
    Func<IReadOnlyList<Diagnostic>, int> fail)
{
    public Command Build()
    {
        var stack = new Option<string>("--stack") { Description = "The stack, which is the environment (staging).", Required = true };
        var yes = new Option<bool>("--yes") { Description = "Run the import without asking." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Stop after the preview shows only imports." };
        var rootOption = new Option<string?>("--root") { Description = "The repository root (default: the nearest folder upwards with a Pulumi.yaml)." };
        var command = new Command("adopt", "Import what exists into a stack that holds nothing, once.")
        {
            stack, yes, dryRun, rootOption,
        };
        command.SetAction(parse =>
        {
            var repository = root(parse.GetValue(rootOption));
            var stackName = parse.GetValue(stack)!;
            var outcome = compileWith(repository, stackName, AdoptRun.ConfigFile);
            if (outcome.Deployment is null)
            {
                return fail(outcome.Diagnostics);
            }

            var console = new ToolConsole("adopt", stdout, stderr, stdin);
            return new AdoptRun(repository, stackName, outcome.Deployment.Environment, outcome.Deployment.Profile, parse.GetValue(yes), parse.GetValue(dryRun), environment, console).Run();
        });
        return command;
    }
}
