using System.CommandLine;
using System.CommandLine.Help;
using Netra.Infra.Config;
using Netra.Infra.Cost;
using Netra.Infra.Diagnostics;
using Netra.Infra.Emit;
using Netra.Infra.Plan;
using Netra.Infra.Runbook;

namespace Netra.Infra.Cli;

/// <summary>
/// The command line. `compile` is what Pulumi.yaml runs (the engine's view: PULUMI_* variables); `emit`
/// prints exactly what the engine would get for a stack and profile, with no Pulumi installed; `inventory`
/// writes the per-profile inventories the tests compare with. Only programs go to stdout.
/// </summary>
/// <param name="terminalWidth">The terminal's width when stdout is one; null when it is piped.</param>
public sealed class NetraCli(TextWriter stdout, TextWriter stderr, Func<string, string?> environment, IPulumiCommandLine pulumi, string workingDirectory, int? terminalWidth = null, TextReader? stdin = null)
{
    private TextLayout Layout => TextLayout.For(environment("COLUMNS"), terminalWidth);

    public const int Success = ExitCodes.Success;
    public const int Rejected = ExitCodes.Refused;
    public const int InternalError = ExitCodes.InternalError;

    public int Run(string[] args)
    {
        // Help and version go to stdout, where `--help | less` looks; errors stay on stderr.
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return Build(invocation).Parse(args).Invoke(invocation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file or folder the user named cannot be read or written: their problem to fix, in one line.
            stderr.WriteLine($"netra-infra: {e.Message}");
            return Rejected;
        }
        catch (Exception e)
        {
            // Our bug, not the user's: one line, and the trace only when asked for, since CI logs are read by people.
            stderr.WriteLine($"netra-infra: internal error ({e.GetType().Name}: {e.Message}); this is a bug in netra-infra: rerun with NETRA_DEBUG=1 for the trace and report it");
            if (environment("NETRA_DEBUG") is "1")
            {
                stderr.WriteLine(e);
            }

            return InternalError;
        }
    }

    /// <summary>Every command, as <see cref="Run"/> parses them (the help's examples are parsed with it too).</summary>
    internal RootCommand Build(InvocationConfiguration invocation)
    {
        var root = new RootCommand("netra-infra: compiles netra's GCP environments and their capacity profiles to Pulumi YAML, plans the switches between profiles offline, and runs the runbook's steps on the live stack.");
        root.Subcommands.Add(CompileCommand());
        root.Subcommands.Add(EmitCommand());
        root.Subcommands.Add(InventoryCommand());
        root.Subcommands.Add(PlanCommand());
        root.Subcommands.Add(RunbookCommand());
        root.Subcommands.Add(new AdoptCommand(stdout, stderr, stdin ?? TextReader.Null, environment, given => given ?? FindRoot(), (r, s, f) => CompileWith(r, s, f), d => Fail(d, json: false)).Build());
        root.Subcommands.Add(new SwitchCommand(stdout, stderr, stdin ?? TextReader.Null, environment, given => given ?? FindRoot(), (r, s) => Compile(r, s, null, "switch"), d => Fail(d, json: false)).Build());
        root.Subcommands.Add(SecretsConfigCommand.Build(stdout, stderr, RootOption(), FindRoot));
        root.Subcommands.Add(SchemaCommand.Build(stdout, stderr, given => given ?? FindRoot()));
        root.Subcommands.Add(HelpCommand(root, invocation));
        root.Options.OfType<HelpOption>().Single().Action = new ManualHelpAction(Layout, FindRoot);
        return root;
    }

    /// <summary>`netra-infra help [command]`: the same as `--help`, for those who type it as a command.</summary>
    private static Command HelpCommand(RootCommand root, InvocationConfiguration invocation)
    {
        var topic = new Argument<string?>("command") { Description = "The command to explain (default: all of them).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Show help for netra-infra or one of its commands.") { topic };
        command.SetAction(parse =>
        {
            // An unknown topic would print the top-level help and exit 0, as if the command existed.
            var commands = root.Subcommands.Select(c => c.Name).ToList();
            if (parse.GetValue(topic) is { } name && !commands.Contains(name))
            {
                var near = Suggestions.Closest(name, commands) is { } closest ? $"; did you mean 'bin/netra-infra help {closest}'?" : "";
                invocation.Error.WriteLine($"netra-infra: help {name}: no such command{near} (commands: {string.Join(", ", commands)})");
                return Rejected;
            }

            return root.Parse(parse.GetValue(topic) is { } topicName ? [topicName, "--help"] : ["--help"]).Invoke(invocation);
        });
        return command;
    }

    private Command CompileCommand()
    {
        var command = new Command("compile", "Pulumi's YAML compiler for this project (pulumi runs it).");
        command.SetAction(_ =>
        {
            var root = environment("PULUMI_ROOT_DIRECTORY") is { Length: > 0 } r ? r : workingDirectory;
            var diagnostics = new DiagnosticBag();

            // First, and on the discovery call too: an exported PULUMI_STACK reaches that call, which must not fail on
            // a profile it was never given, and every call of the run must refuse alike.
            if (!PulumiInvocationGuard.Check(pulumi, EnvironmentFileLoader.EnvironmentNames(root), diagnostics))
            {
                return Fail(diagnostics.Items, json: false);
            }

            var stack = environment("PULUMI_STACK") is { Length: > 0 } s ? s : null;
            var configuration = stack is null ? null : StackConfiguration.FromEngine(environment("PULUMI_CONFIG"), diagnostics);
            if (diagnostics.HasErrors)
            {
                return Fail(diagnostics.Items, json: false);
            }

            var verb = pulumi.Verb() ?? "up";
            var request = new CompilerRequest(root, stack, environment("PULUMI_PROJECT"), configuration,
                (env, profile) => ProfileFiles.PulumiCommand(root, verb, env, profile), environment(RunTimeRevisions.Variable));
            return Print(Compiler.Compile(request), json: false);
        });
        return command;
    }

    private Command EmitCommand()
    {
        var stack = new Option<string>("--stack") { Description = "The stack, which is the environment (e.g. staging).", Required = true };
        var profile = new Option<string?>("--profile") { Description = "The profile; by default the one the stack's Pulumi.<stack>.yaml selects." };
        var configFile = new Option<string?>("--config-file") { Description = "A stack configuration file, as `pulumi --config-file` takes it." };
        var rootOption = RootOption();
        var format = DiagnosticsFormatOption();
        var command = new Command("emit", "Print the Pulumi YAML program for a stack and profile.") { stack, profile, configFile, rootOption, format };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(rootOption) ?? FindRoot();
            var json = parse.GetValue(format) == "json";
            var (request, diagnostics) = EmitRequest(root, parse.GetValue(stack)!, parse.GetValue(profile), parse.GetValue(configFile), planOnly: false);
            return request is null ? Fail(diagnostics, json) : Print(Compiler.Compile(request), json);
        });
        return command;
    }

    private Command InventoryCommand()
    {
        var stack = new Option<string>("--stack") { Description = "The environment.", Required = true };
        var write = new Option<string?>("--write") { Description = "Write <stack>.<profile>.inventory.txt for every profile into this folder instead of printing one." };
        var profile = new Option<string?>("--profile") { Description = "The profile to print (default: the stack's)." };
        var rootOption = RootOption();
        var command = new Command("inventory", "Print or write a profile's resources and their fields.") { stack, profile, write, rootOption };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(rootOption) ?? FindRoot();
            var stackName = parse.GetValue(stack)!;
            var folder = parse.GetValue(write);
            if (folder is not null && !Directory.Exists(Path.GetFullPath(folder, workingDirectory)))
            {
                stderr.WriteLine($"netra-infra: --write {folder}: no such folder (create it first)");
                return Rejected;
            }

            var profiles = folder is null ? [parse.GetValue(profile)] : ProfilesOf(root, stackName).Cast<string?>().ToList();
            foreach (var name in profiles)
            {
                var (request, diagnostics) = EmitRequest(root, stackName, name, null);
                var outcome = request is null ? null : Compiler.Compile(request);
                if (outcome?.Program is not { } program)
                {
                    return Fail(outcome?.Diagnostics ?? diagnostics, json: false);
                }

                var text = Inventory.Render(program);
                if (folder is null)
                {
                    stdout.Write(text);
                }
                else
                {
                    var path = Path.Combine(Path.GetFullPath(folder, workingDirectory), Inventory.FileName(stackName, outcome.Deployment!.Profile.Name));
                    File.WriteAllText(path, text);
                    stderr.WriteLine($"wrote {path}");
                }
            }

            return Success;
        });
        return command;
    }

    private Command PlanCommand()
    {
        var stack = new Option<string>("--stack") { Description = "The environment.", Required = true };
        var profile = new Option<string?>("--profile") { Description = "Inventory of this profile (default: the stack's)." };
        var from = new Option<string?>("--from") { Description = "Diff: the profile the environment runs now." };
        var to = new Option<string?>("--to") { Description = "Diff: the profile to switch to." };
        var all = new Option<bool>("--all") { Description = "Every profile, and the switches between normal and each profile the runbook leads to from it (the PR comment)." };
        var step = new Option<string?>("--step") { Description = "A one-time step (oneTimeSteps in stacks/<stack>.yaml): what making it changes on the stack's profile." };
        var configFile = new Option<string?>("--config-file") { Description = "A stack configuration file, as `pulumi --config-file` takes it: plan the profile it selects." };
        var inventoryOption = new Option<bool>("--inventory") { Description = "With a profile in text: every unconfirmed value with its command, every resource and field, the cost and the alerts (without it, a summary)." };
        var format = new Option<string>("--format") { Description = "text (for a terminal), markdown (for a PR comment) or json (for scripts), for every plan.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var detailed = new Option<bool>("--detailed-exitcode") { Description = $"With --from/--to or --step: exit {ExitCodes.Changes} when the plan changes at least one resource, {ExitCodes.Success} when it changes nothing (the output is the same)." };
        var rootOption = RootOption();
        var command = new Command("plan", "Offline plan of a profile, a switch or a one-time step.") { stack, profile, from, to, all, step, format, configFile, inventoryOption, detailed, rootOption };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(rootOption) ?? FindRoot();
            var stackName = parse.GetValue(stack)!;
            var (fromName, toName) = (parse.GetValue(from), parse.GetValue(to));
            var stepName = parse.GetValue(step);
            if ((fromName is null) != (toName is null))
            {
                stderr.WriteLine("netra-infra: plan needs both --from and --to for a diff (or neither, for an inventory)");
                return Rejected;
            }

            // A profile's plan and the overview (--all) change nothing, so their "no changes" would be a lie a script
            // believes. The same precedence as below: a step first, then the overview, then a switch.
            var detailedExitCode = parse.GetValue(detailed);
            if (detailedExitCode && stepName is null && (parse.GetValue(all) || toName is null))
            {
                stderr.WriteLine($"netra-infra: --detailed-exitcode is for a plan that changes something: a switch (bin/netra-infra plan --stack {stackName} --from <profile> --to <profile> --detailed-exitcode) or a one-time step (--step <name>); {(parse.GetValue(all) ? "--all" : "a profile's plan")} changes nothing");
                return Rejected;
            }

            // Every profile named on the command line is checked before anything is printed, each under its own option.
            if (UnknownProfiles(root, stackName, ("--from", fromName), ("--to", toName), ("--profile", parse.GetValue(profile))) is { Count: > 0 } unknownProfiles)
            {
                return Fail(unknownProfiles, json: false);
            }

            var first = parse.GetValue(configFile) is { } file && fromName is null
                ? CompileWith(root, stackName, file, planOnly: true)
                : Compile(root, stackName, fromName ?? parse.GetValue(profile), "plan");
            if (first.Program is null || first.Deployment is null)
            {
                return Fail(first.Diagnostics, json: false);
            }

            var environment = first.Deployment.Environment;
            var priceDiagnostics = new DiagnosticBag();
            var prices = Prices(root, environment, priceDiagnostics);
            if (priceDiagnostics.HasErrors)
            {
                return Fail(priceDiagnostics.Items, json: false);
            }

            if (stepName is not null && !environment.OneTimeSteps.Any(s => s.Name == stepName))
            {
                var unknown = new DiagnosticBag();
                unknown.Error(DiagnosticCodes.OneTimeStep, environment.File.DisplayName, "--step",
                    $"'{stepName}' is not a one-time step of {environment.File.DisplayName} (steps: {string.Join(", ", environment.OneTimeSteps.Select(s => s.Name))})");
                return Fail(unknown.Items, json: false);
            }

            // Every figure below rests on the values no record states: they come first.
            var formatName = parse.GetValue(format)!;
            var inventory = toName is null && stepName is null && !parse.GetValue(all);
            if (inventory && formatName == "text" && !parse.GetValue(inventoryOption))
            {
                stdout.Write(ProfileSummary.Text(root, environment, first.Deployment.Profile, first.Program, prices, Layout));
                return Success;
            }

            stdout.Write(formatName switch
            {
                "markdown" => UnconfirmedFacts.Markdown(environment),
                "json" => "",
                _ when inventory => UnconfirmedFacts.Text(environment, Layout),
                _ => UnconfirmedFacts.Brief(environment, Layout),
            });
            if (stepName is not null)
            {
                return PlanStep(root, first.Deployment, stepName, prices, formatName, detailedExitCode);
            }

            if (parse.GetValue(all))
            {
                stdout.Write(formatName switch
                {
                    "json" => PlanOverviewJson.Render(root, environment, prices),
                    "markdown" => PlanOverview.Render(root, environment, prices),
                    _ => PlanOverview.Render(root, environment, prices, Layout),
                });
                return Success;
            }

            var profileSpec = first.Deployment.Profile;
            if (toName is null && formatName == "json")
            {
                stdout.Write(ProfileJson.Render(environment, profileSpec, prices is null ? null : CostModel.For(environment, profileSpec, prices)));
                return Success;
            }

            if (toName is null && formatName == "markdown")
            {
                var cost = prices is null ? null : CostModel.For(environment, profileSpec, prices);
                stdout.Write(PlanReport.ProfileMarkdown(stackName, first.Program, profileSpec.Name, cost));
                stdout.Write(AlertsReport.Markdown(environment, profileSpec));
                return Success;
            }

            if (toName is null)
            {
                stdout.Write(Inventory.Text(first.Program, Layout));
                stdout.Write(prices is null
                    ? $"\nCost: no price table {PriceTable.FileFor(root, environment.Location.Region).DisplayName}.\n"
                    : "\n" + PlanReport.CostText(CostModel.For(environment, profileSpec, prices), prices, Layout));
                stdout.Write("\n" + AlertsReport.Text(environment, profileSpec, Layout));
                return Success;
            }

            if (!environment.Profiles.ContainsKey(toName))
            {
                var unknown = new DiagnosticBag();
                unknown.Error(DiagnosticCodes.UnknownProfile, "--to", "",
                    $"'{toName}' is not a profile of {environment.File.DisplayName} (profiles: {string.Join(", ", environment.Profiles.Keys)})");
                return Fail(unknown.Items, json: false);
            }

            var plan = SwitchPlanner.Build(root, environment, fromName!, toName, prices);
            stdout.Write(parse.GetValue(format) switch
            {
                "markdown" => PlanReport.Markdown(plan),
                "json" => PlanJson.Render(plan, environment),
                _ => PlanReport.Text(plan, Layout),
            });
            return detailedExitCode ? ExitCodes.Detailed(plan.Steps.Any(s => s.Changes.Count > 0)) : Success;
        });
        return command;
    }

    /// <summary>`plan --step`: a one-time step on the profile the stack (or --profile) runs.</summary>
    private int PlanStep(string root, Model.Deployment deployment, string name, PriceTable? prices, string format, bool detailedExitCode)
    {
        var environment = deployment.Environment;
        var step = environment.OneTimeSteps.Single(s => s.Name == name);

        var (planned, diagnostics) = OneTimeSteps.OneTimeStepPlanner.Build(root, environment, environment.Profiles[deployment.Profile.Name], step, prices);
        if (planned is null)
        {
            return Fail(diagnostics, json: false);
        }

        var plan = new SwitchPlan(environment.Name, planned.From, planned.To, [planned], prices);
        stdout.Write(format switch
        {
            "markdown" => PlanReport.Markdown(plan),
            "json" => PlanJson.Render(plan, environment),
            _ => PlanReport.Text(plan, Layout),
        });
        return detailedExitCode ? ExitCodes.Detailed(!OneTimeSteps.OneTimeStepPlanner.IsDone(planned)) : Success;
    }

    private Command RunbookCommand()
    {
        var stack = new Option<string>("--stack") { Description = "The environment.", Required = true };
        var write = new Option<bool>("--write") { Description = $"Rewrite every generated part of the documentation ({GeneratedDocs.Readme}'s incident card, {GeneratedDocs.RunbookFile}, {GeneratedDocs.AdoptionFile}'s checklist, {GeneratedDocs.PrChecksFile}'s sample comment) instead of printing the runbook." };
        var format = new Option<string>("--format") { Description = "markdown (the runbook and the adoption checklist) or text (the runbook laid out for a terminal).", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "text");
        var rootOption = RootOption();
        var command = new Command("runbook", "The incident runbook, made from the alerts and the steps.") { stack, write, format, rootOption };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(rootOption) ?? FindRoot();
            var stackName = parse.GetValue(stack)!;
            var outcome = Compile(root, stackName, null, "runbook");
            if (outcome.Deployment is null)
            {
                return Fail(outcome.Diagnostics, json: false);
            }

            var diagnostics = new DiagnosticBag();
            var prices = Prices(root, outcome.Deployment.Environment, diagnostics);
            if (diagnostics.HasErrors)
            {
                return Fail(diagnostics.Items, json: false);
            }

            var environment = outcome.Deployment.Environment;
            if (parse.GetValue(write))
            {
                return WriteGeneratedDocs(root, GeneratedDocs.Render(root, environment, prices));
            }

            var section = RunbookSection.Render(root, environment, prices);
            if (parse.GetValue(format) == "text")
            {
                stdout.Write(RunbookText.From(section, Layout));
                return Success;
            }

            stdout.Write(section);
            stdout.Write('\n');
            stdout.Write(AdoptionSection.Render(root, environment, prices));
            return Success;
        });
        return command;
    }

    /// <summary>Every generated part into its file; nothing is written unless every file has its markers.</summary>
    private int WriteGeneratedDocs(string root, IReadOnlyList<GeneratedPart> parts)
    {
        var documents = parts.Select(p => p.File).Distinct(StringComparer.Ordinal)
            .ToDictionary(f => f, f => File.Exists(Path.Combine(root, f)) ? File.ReadAllText(Path.Combine(root, f)) : null, StringComparer.Ordinal);
        var missing = parts.Where(p => documents[p.File] is not { } text || p.Current(text) is null).ToList();
        if (missing.Count > 0)
        {
            foreach (var part in missing)
            {
                stderr.WriteLine($"netra-infra: {part.File} needs a {part.Begin} ... {part.End} section to replace; nothing was written");
            }

            return Rejected;
        }

        var written = documents.ToDictionary(d => d.Key, d => d.Value!, StringComparer.Ordinal);
        foreach (var part in parts)
        {
            written[part.File] = MarkedSection.Splice(written[part.File], part.Begin, part.End, part.Text)!;
        }

        foreach (var (file, text) in written)
        {
            if (documents[file] != text)
            {
                File.WriteAllText(Path.Combine(root, file), text);
                stderr.WriteLine($"wrote {file}");
            }
            else
            {
                stderr.WriteLine($"{file} is current");
            }
        }

        return Success;
    }

    /// <summary>The region's price table, or null when the repository has none for it (the plan says so).</summary>
    private static PriceTable? Prices(string root, Model.EnvironmentSpec environment, DiagnosticBag diagnostics) =>
        File.Exists(PriceTable.FileFor(root, environment.Location.Region).FullPath)
            ? PriceTable.Load(root, environment.Location.Region, diagnostics)
            : null;

    /// <summary>The compile the engine makes for `pulumi … --config-file <paramref name="configFile"/>`.</summary>
    private CompileOutcome CompileWith(string root, string stack, string configFile, bool planOnly = false)
    {
        var (request, diagnostics) = EmitRequest(root, stack, null, configFile, planOnly);
        return request is null ? new CompileOutcome(null, null, diagnostics) : Compiler.Compile(request);
    }

    /// <param name="command">The command being run, so that a stack that is not an environment is answered with the same
    /// command for the environment meant.</param>
    private CompileOutcome Compile(string root, string stack, string? profile, string command = "emit")
    {
        var (request, diagnostics) = EmitRequest(root, stack, profile, null, command: command);
        return request is null ? new CompileOutcome(null, null, diagnostics) : Compiler.Compile(request);
    }

    /// <summary>The same configuration the engine would see: the stack's file, or the profile's file that
    /// `--config-file` would pass.</summary>
    /// <param name="planOnly">An offline plan: a revision named at run time may be left unnamed.</param>
    private (CompilerRequest? Request, IReadOnlyList<Diagnostic> Diagnostics) EmitRequest(string root, string stack, string? profile, string? configFile, bool planOnly = true, string command = "emit")
    {
        var diagnostics = new DiagnosticBag();
        string CommandFor(string env, string p) => command == "emit" ? $"bin/netra-infra emit --stack {env} --profile {p}" : $"bin/netra-infra {command} --stack {env}";
        if (!EnvironmentFileLoader.EnvironmentNames(root).Contains(stack))
        {
            // The guard in the compiler refuses it, with the command to run instead.
            return (new CompilerRequest(root, stack, Compiler.ProjectName, null, CommandFor, environment(RunTimeRevisions.Variable), planOnly), diagnostics.Items);
        }

        SourceFile file;
        if (configFile is not null)
        {
            file = new SourceFile(configFile, Path.GetFullPath(configFile, root));
        }
        else if (profile is null)
        {
            file = ProfileFiles.StackFile(root, stack);
        }
        else if (ProfileFiles.For(root, stack, profile) is { } found)
        {
            file = found.File;
        }
        else
        {
            var profiles = ProfilesOf(root, stack);
            var known = profiles.Contains(profile)
                ? $"no Pulumi.*.yaml selects profile '{profile}' for stack {stack} (looked at Pulumi.{stack}.yaml and Pulumi.{profile}.yaml)"
                : $"'{profile}' is not a profile of stack {stack}{(Suggestions.Closest(profile, profiles) is { } closest ? $": did you mean '{closest}'?" : "")} (profiles: {string.Join(", ", profiles)})";
            diagnostics.Error(DiagnosticCodes.UnknownProfile, "--profile", "", known);
            return (null, diagnostics.Items);
        }

        var configuration = StackConfiguration.FromFile(file, diagnostics);
        if (configuration is null || diagnostics.HasErrors)
        {
            return (null, diagnostics.Items);
        }

        if (profile is not null && configuration.Values.GetValueOrDefault(StackConfiguration.ProfileKey) is { } selected && selected != profile)
        {
            diagnostics.Error(DiagnosticCodes.UnknownProfile, file.DisplayName, $"config.{StackConfiguration.ProfileKey}",
                $"selects '{selected}', not the requested profile '{profile}'");
            return (null, diagnostics.Items);
        }

        return (new CompilerRequest(root, stack, Compiler.ProjectName, configuration, CommandFor, environment(RunTimeRevisions.Variable), planOnly), diagnostics.Items);
    }

    /// <summary>NETRA102 for each option that names a profile the stack does not have, with the closest one.</summary>
    private static IReadOnlyList<Diagnostic> UnknownProfiles(string root, string stack, params (string Option, string? Value)[] named)
    {
        var profiles = ProfilesOf(root, stack);
        var diagnostics = new DiagnosticBag();
        foreach (var (option, value) in named.Where(n => n.Value is not null && profiles.Count > 0 && !profiles.Contains(n.Value)))
        {
            var near = Suggestions.Closest(value!, profiles) is { } closest ? $": did you mean '{closest}'?" : "";
            diagnostics.Error(DiagnosticCodes.UnknownProfile, option, "", $"'{value}' is not a profile of stack {stack}{near} (profiles: {string.Join(", ", profiles)})");
        }

        return diagnostics.Items;
    }

    private static IReadOnlyList<string> ProfilesOf(string root, string stack)
    {
        var loaded = EnvironmentFileLoader.Load(root, stack, new DiagnosticBag());
        return loaded?.Spec.Profiles.Keys.Order(StringComparer.Ordinal).ToList() ?? [];
    }

    private int Print(CompileOutcome outcome, bool json)
    {
        if (!outcome.Succeeded)
        {
            return Fail(outcome.Diagnostics, json);
        }

        DiagnosticWriter.Write(stderr, outcome.Diagnostics, json);
        stdout.Write(PulumiYamlEmitter.Emit(outcome.Program!));
        return Success;
    }

    private int Fail(IReadOnlyList<Diagnostic> diagnostics, bool json)
    {
        DiagnosticWriter.Write(stderr, diagnostics, json);
        return Rejected;
    }

    private static Option<string?> RootOption() =>
        new("--root") { Description = "The repository root (default: the nearest folder upwards with a Pulumi.yaml)." };

    private static Option<string> DiagnosticsFormatOption()
    {
        // One name for the output format on every command (`plan --format`); the old name stays as an alias.
        var option = new Option<string>("--format", "--diagnostics-format") { Description = "text or json: how errors and warnings are written, on stderr.", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>The repository: the one bin/netra-infra lives in (it says so in NETRA_REPOSITORY, through a symlink or
    /// from any folder, since the program it runs was built from that repository's sources), else the nearest folder
    /// upwards with a Pulumi.yaml.</summary>
    private string FindRoot()
    {
        if (environment("NETRA_REPOSITORY") is { Length: > 0 } repository && File.Exists(Path.Combine(repository, "Pulumi.yaml")))
        {
            return repository;
        }

        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pulumi.yaml")))
            {
                return directory.FullName;
            }
        }

        return workingDirectory;
    }
}
