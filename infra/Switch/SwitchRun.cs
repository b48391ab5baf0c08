using System.Globalization;
using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Cost;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Timing;

namespace Netra.Infra.Switch;

/// <summary>
/// One incident step, run for real: read where the stack is, refuse anything the runbook does not offer from there,
/// preview the step live and compare it with its offline plan, then one `pulumi up` of exactly the resources the
/// comparison allowed, timed against the step's relief budget, its outcome confirmed and logged. Every refusal comes
/// before the update and changes nothing.
/// </summary>
/// <remarks>
/// The update is bound to what was compared by `--target` (only the resources whose preview matched) and by the
/// incident profile's own ignoreChanges (fields outside the step keep what runs). `pulumi up --plan` from
/// `preview --save-plan` was not chosen: the flag is hidden and marked "[EXPERIMENTAL]" (pulumi/pulumi
/// pkg/cmd/pulumi/operations/up.go), and a plan also pins every refreshed input of every resource
/// (pkg/resource/deploy/plan.go, checkGoal), so live drift between the preview and the update, routine mid-incident,
/// fails the step (pulumi/pulumi#11012). The update skips its own preview (`--skip-preview`): ours was just made,
/// and a second one would add a refresh and a preview to the relief path.
/// </remarks>
public sealed class SwitchRun(
    SwitchOptions options,
    EnvironmentSpec environment,
    PriceTable? prices,
    Func<string, string?> variables,
    TextWriter stdout,
    TextWriter stderr,
    TextReader stdin,
    TimeProvider clock)
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PreviewTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromMinutes(45);

    private readonly DateTimeOffset _started = StartedAt(variables) ?? clock.GetUtcNow();
    private readonly ToolConsole _console = new("switch", stdout, stderr, stdin);

    public string SwitchCommand(string to) => $"bin/netra-infra switch --stack {options.Stack} --to {to}";

    public int Run()
    {
        if (!environment.Profiles.TryGetValue(options.To, out var target))
        {
            var near = Suggestions.Closest(options.To, environment.Profiles.Keys);
            return Refuse($"--to {options.To}: not a profile of {environment.File.DisplayName}{(near is null ? "" : $"; did you mean '{near}'?")} (profiles: {string.Join(", ", environment.Profiles.Keys)})");
        }

        var pinned = RunTimeRevisions.PinnedRoles(target);
        if (pinned.Count > 0 && options.Revisions is null)
        {
            return Refuse($"--to {options.To} pins {string.Join(", ", pinned.Select(r => environment.Services[r].Name))} to a revision named now: add --revision <revision> (list them with {RunTimeRevisions.ListCommand(environment, pinned[0])})");
        }

        if (pinned.Count == 0 && options.Revisions is not null)
        {
            return Refuse($"--revision {options.Revisions}: profile {options.To} pins no revision; leave --revision out");
        }

        var reader = Tools(null);
        var where = _console.Capture(reader, "pulumi", ["stack", "output", "--json", "--stack", options.Stack], ReadTimeout);
        if (where is null)
        {
            return SwitchExitCodes.ToolFailed;
        }

        var (current, problem) = StackPosition.Read(where.Stdout);
        if (current is null)
        {
            return Refuse($"where is {options.Stack}? {problem}");
        }

        var choice = StepChoice.Of(environment, current, options.To, SwitchCommand);
        if (choice.AlreadyThere)
        {
            stdout.WriteLine($"{options.Stack} is already in {options.To} (stack output `profile`); nothing to do.");
            return SwitchExitCodes.Done;
        }

        if (choice.Step is not { } step)
        {
            return Refuse(choice.Refusal!);
        }

        if (Transitions.TransitionPreconditions.Unmet(environment, step) is { Count: > 0 } unmet)
        {
            return Refuse($"{current} → {options.To} waits for {string.Join(", ", unmet.Select(u => $"{u.Text} ({u.Command})"))}: merge it into {environment.File.DisplayName} first; this step then applies it");
        }

        var plan = SwitchPlanner.Build(options.Root, environment, current, options.To, prices).Steps.Single();
        stdout.WriteLine($"{options.Stack}: {current} → {options.To}{(step.Incident ? " (incident step)" : "")}: {PlanReport.StepSummary(plan)}");
        stdout.WriteLine($"  relief: {plan.Timing.Relief.Text}");
        if (pinned.Count == 0)
        {
            stdout.WriteLine($"  database connections at the worst moment: {plan.Analysis.Connections.Summary}");
        }

        var budget = CheckPinnedBudget(reader, plan, pinned);
        if (budget is not null)
        {
            return budget.Value;
        }

        var configFile = ProfileFiles.For(options.Root, options.Stack, options.To) is { IsStackFile: false } file ? file.File.DisplayName : null;
        var runner = Tools(pinned.Count > 0 ? options.Revisions : null);
        WarnOfMissingPlugins(runner, plan);

        string[] previewArgs = ["preview", "--json", "--stack", options.Stack, .. ConfigFileArgs(configFile)];
        var preview = _console.Capture(runner, "pulumi", previewArgs, PreviewTimeout, allowFailure: true);
        if (preview is null)
        {
            return SwitchExitCodes.ToolFailed;
        }

        var (digest, unreadable) = PreviewDigest.Read(preview.Stdout);
        if (digest is null || !preview.Succeeded || digest.Errors.Count > 0)
        {
            var errors = digest?.Errors.Count > 0 ? string.Join(" | ", digest.Errors) : unreadable ?? preview.ErrorTail();
            _console.Error($"the preview failed (exit {preview.ExitCode}): {errors}. Nothing was changed. See it whole with: {PreviewCommand(configFile)}");
            return SwitchExitCodes.ToolFailed;
        }

        var comparison = PreviewComparison.Compare(digest, plan.Changes, step.Incident ? null : HeldBack(current));
        if (comparison.Discrepancies.Count > 0)
        {
            _console.Error($"refused, nothing was changed: the live preview of {current} → {options.To} does more than the step's plan:");
            foreach (var discrepancy in comparison.Discrepancies)
            {
                stderr.WriteLine($"  * {discrepancy.Text}");
            }

            stderr.WriteLine($"  See it with: {PreviewCommand(configFile)} --diff; the plan with: bin/netra-infra plan --stack {options.Stack} --from {current} --to {options.To}");
            return SwitchExitCodes.Refused;
        }

        foreach (var held in comparison.HeldBack)
        {
            stdout.WriteLine($"  also applies what {current}'s program held back (data changed while staging was there): {held}");
        }

        foreach (var done in comparison.AlreadyDone)
        {
            stdout.WriteLine($"  {done}: already as the step wants it (the preview changes nothing there)");
        }

        stdout.WriteLine($"  the live preview matches the plan: {comparison.Targets.Count(t => !t.Contains("::pulumi:pulumi:Stack::", StringComparison.Ordinal))} resource(s) to update");
        if (options.DryRun)
        {
            stdout.WriteLine($"Dry run: nothing was changed. Run the step with: {SwitchCommand(options.To)}{RevisionArgument(pinned)}");
            // A step that got this far would change staging: its resources, or at least the stack's `profile` output
            // when the preview finds every change already made (an `up` of the stack alone still records the profile).
            return options.DetailedExitCode ? SwitchExitCodes.Changes : SwitchExitCodes.Done;
        }

        if (!options.Yes && !_console.Confirmed($"Run {current} → {options.To} on {options.Stack} now?"))
        {
            return Refuse("not confirmed; nothing was changed (give --yes to run without asking)");
        }

        return Update(runner, configFile, comparison.Targets, current, step, plan);
    }

    private int Update(ToolRunner runner, string? configFile, IReadOnlyList<string> targets, string current, TransitionSpec step, PlanStep plan)
    {
        var who = IncidentLog.Who(variables);
        var message = $"netra-infra switch {current} → {options.To} by {who}";
        string[] args = ["up", "--stack", options.Stack, .. ConfigFileArgs(configFile), "--yes", "--skip-preview", "--message", message, .. targets.SelectMany(t => new[] { "--target", t })];
        if (_console.PassThrough(runner, "pulumi", args, UpdateTimeout) is not { } up)
        {
            return SwitchExitCodes.ToolFailed;
        }

        var elapsed = clock.GetUtcNow() - _started;
        var budget = step.ReliefBudgetSeconds;
        stdout.WriteLine($"Elapsed since the command started: {Durations.Text((int)Math.Ceiling(elapsed.TotalSeconds))}" +
            (budget is { } b ? $" (relief budget {Durations.Text(b)}; plan's bound to relief {Durations.Text(plan.Timing.Relief.Seconds)}, to done {Durations.Text(plan.Timing.Whole.Seconds)})" : ""));

        var outcome = up.Succeeded ? Confirm(plan) : $"the update failed (exit {up.ExitCode})";
        var logPath = IncidentLog.PathFor(variables);
        IncidentLog.Append(logPath, new IncidentLog.Entry(clock.GetUtcNow(), who, options.Stack, current, options.To, up.CommandLine, outcome ?? "confirmed", elapsed.TotalSeconds, budget));
        stdout.WriteLine($"Logged to {logPath} (and in the update's message: pulumi stack history --stack {options.Stack}).");
        if (outcome is not null)
        {
            _console.Error($"{outcome}. Staging may be between {current} and {options.To}: look with `pulumi stack output --stack {options.Stack}` and {RunTimeRevisions.TrafficCommand(environment, environment.Services.Keys.First())}");
            return SwitchExitCodes.NotConfirmed;
        }

        stdout.WriteLine($"{options.Stack} is in {options.To}.");
        return SwitchExitCodes.Done;
    }

    /// <summary>Null when the stack says it is in the target profile and every service the step changes serves one
    /// ready revision (the pinned one, where the step pins); otherwise what is not so.</summary>
    private string? Confirm(PlanStep plan)
    {
        var reader = Tools(null);
        var after = _console.Capture(reader, "pulumi", ["stack", "output", "--json", "--stack", options.Stack], ReadTimeout);
        var (profile, problem) = after is null ? (null, "pulumi stack output failed") : StackPosition.Read(after.Stdout);
        if (profile != options.To)
        {
            return profile is null ? $"cannot confirm where the stack is: {problem}" : $"the stack output `profile` says {profile}, not {options.To}";
        }

        var changed = environment.Services.Values.Where(s => plan.Changes.Any(c => c.Name == CloudRunServiceComponent.LogicalName(s.Role))).ToList();
        var pins = (options.Revisions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var service in changed)
        {
            var described = _console.Capture(reader, "gcloud", ["run", "services", "describe", service.Name, "--region", environment.Location.Region, "--project", environment.Location.Project, "--format", "json"], ReadTimeout);
            if (described is null)
            {
                return $"cannot confirm which revision of {service.Name} serves";
            }

            var (serving, unreadable) = ServingRevisions.Read(service.Name, described.Stdout);
            if (serving is null)
            {
                return unreadable;
            }

            stdout.WriteLine($"  serving: {serving.Text}");
            var expected = pins.FirstOrDefault(p => Validation.TrafficRules.IsRevisionOf(service, p)) ?? serving.LatestReady;
            if (serving.Single is not { } single || single != expected)
            {
                return $"{service.Name} does not serve one revision ({expected}) with all its traffic: {serving.Text}";
            }
        }

        return null;
    }

    private int? CheckPinnedBudget(ToolRunner reader, PlanStep plan, IReadOnlyList<string> pinned)
    {
        foreach (var role in pinned)
        {
            var service = environment.Services[role];
            var revision = (options.Revisions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault(r => Validation.TrafficRules.IsRevisionOf(service, r));
            if (revision is null)
            {
                return Refuse($"--revision {options.Revisions}: no revision of {service.Name} (its revisions are named {service.Name}-<suffix>; list them with {RunTimeRevisions.ListCommand(environment, role)})");
            }

            var described = _console.Capture(reader, "gcloud", ["run", "revisions", "describe", revision, "--region", environment.Location.Region, "--project", environment.Location.Project, "--format", "json"], ReadTimeout);
            if (described is null)
            {
                return SwitchExitCodes.ToolFailed;
            }

            var (pools, problem) = RevisionPools.Read(revision, described.Stdout);
            if (pools is null)
            {
                return Refuse(problem!);
            }

            if (pools.PerInstance is null)
            {
                return Refuse($"{revision} sets no {DatabasePoolEnvironment.PoolSize}/{DatabasePoolEnvironment.MaxOverflow}: its pools are the application's defaults, which no record states, so its connections at the worst moment are unknown; pin a revision deployed with them");
            }

            var budget = PinnedRevisionBudget.For(plan.Analysis.Connections, role, pools)!;
            var ceiling = pools.MaxInstancesFromDefault ? $" (it sets no {RevisionPools.MaxScaleAnnotation}: Cloud Run's default maximum of {RevisionPools.CloudRunDefaultMaxInstances} instances)" : "";
            if (!budget.Fits)
            {
                return Refuse($"pinning {revision} exceeds the database's connections at the step's worst moment{ceiling}: {budget.Summary}. Pin a revision deployed with smaller pools or fewer instances; raising max_connections restarts the instance, never during an incident");
            }

            stdout.WriteLine($"  connections at the worst moment, with {revision}'s own pools{ceiling}: {budget.Summary}");
        }

        return null;
    }

    private void WarnOfMissingPlugins(ToolRunner runner, PlanStep plan)
    {
        var listed = _console.Capture(runner, "pulumi", ["plugin", "ls", "--json"], ReadTimeout, allowFailure: true, quiet: true);
        if (listed is not { Succeeded: true } || RequiredPlugins.Missing(listed.Stdout) is not { Count: > 0 } missing)
        {
            return;
        }

        var install = environment.Allowances.PluginInstall;
        stdout.WriteLine($"  this machine lacks {string.Join(", ", missing.Select(p => $"{p.Name} {p.Version}"))}: Pulumi installs them first, up to {Durations.Text(install.Seconds)} more ({environment.File.DisplayName} allowances.{install.Name}{(install.Inferred ? ", inferred" : "")}) before relief; a --dry-run at the start of a shift installs them");
    }

    /// <summary>What the program of the profile the stack is in ignores, resource by resource (its incident scope).</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<string>> HeldBack(string current)
    {
        var profile = RunTimeRevisions.Resolve(environment, environment.Profiles[current], null, planOnly: true, new Diagnostics.DiagnosticBag());
        return StackProgram.Build(new Deployment(environment, profile, false)).Resources
            .Where(r => r.Options.IgnoreChanges.Count > 0)
            .ToDictionary(r => r.Name, r => r.Options.IgnoreChanges, StringComparer.Ordinal);
    }

    private ToolRunner Tools(string? pinnedRevisions) => new(variables, PulumiEnvironment.For(pinnedRevisions), options.Root);

    private int Refuse(string message) => _console.Refuse(message);

    private string PreviewCommand(string? configFile) => string.Join(' ', new[] { "pulumi", "preview", "--stack", options.Stack }.Concat(ConfigFileArgs(configFile)));

    private string RevisionArgument(IReadOnlyList<string> pinned) => pinned.Count > 0 ? $" --revision {options.Revisions}" : "";

    private static string[] ConfigFileArgs(string? configFile) => configFile is null ? [] : ["--config-file", configFile];

    /// <summary>When the person pressed enter: bin/netra-infra exports it before any build, so a build on the way
    /// counts in the elapsed time.</summary>
    private static DateTimeOffset? StartedAt(Func<string, string?> variables) =>
        double.TryParse(variables("NETRA_STARTED_AT"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;
}
