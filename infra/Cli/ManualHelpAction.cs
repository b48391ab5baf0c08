using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Netra.Infra.Plan;

namespace Netra.Infra.Cli;

/// <summary>
/// `--help` (and `help [command]`): System.CommandLine's own sections, wrapped to <paramref name="layout"/>'s width,
/// then the manual's (details, the environments and their profiles at the top, examples, exit codes).
/// </summary>
/// <remarks>
/// System.CommandLine 3.0 keeps its HelpBuilder, and with it the per-section customization, internal; HelpAction's
/// MaxWidth is the public knob. Without it, piped help is never wrapped (HelpAction takes int.MaxValue when output is
/// redirected), which is how the command list ran to 200 columns in a pager.
/// </remarks>
public sealed class ManualHelpAction(TextLayout layout, Func<string> root) : SynchronousCommandLineAction
{
    // Help for `switch --help` must show even though --stack and --to are missing, as the built-in action does.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        new HelpAction { MaxWidth = layout.Width }.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        var help = command is RootCommand ? CommandManual.Root : CommandManual.For(command.Name);
        if (help is not null)
        {
            // Only the top-level help reads the data: `help switch` must answer even when the data is broken.
            var environments = command is RootCommand ? EnvironmentProfiles.Read(root()) : null;
            output.Write(HelpSections.Render(help, environments, layout));
        }

        return Diagnostics.ExitCodes.Success;
    }
}
