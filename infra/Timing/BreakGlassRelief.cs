using Netra.Infra.Model;

namespace Netra.Infra.Timing;

/// <summary>
/// A step's time to relief when it runs from the break-glass workflow instead of a terminal: the same switch, after the
/// runner starts and sets up. Cached: the build and the plugins come from the workflow's caches (an earlier run of main,
/// a `dry-run` at the start of a shift), counted in the setup; fresh: the program is built and the plugins are installed
/// on the runner. The reviewer's approval of the environment is a person's wait: not counted, said.
/// </summary>
public sealed record BreakGlassRelief(int Terminal, int Cached, int Fresh, string Text)
{
    public static BreakGlassRelief For(TimingAllowances allowances, int terminalSeconds)
    {
        var start = allowances.RunnerStart.Seconds + allowances.RunnerSetup.Seconds;
        var cold = allowances.Build.Seconds + allowances.PluginInstall.Seconds;
        var inferred = new[] { allowances.RunnerStart, allowances.RunnerSetup, allowances.Build, allowances.PluginInstall }.Any(a => a.Inferred) ? ", inferred" : "";
        return new BreakGlassRelief(terminalSeconds, terminalSeconds + start, terminalSeconds + start + cold,
            $"runner start {Durations.Text(allowances.RunnerStart.Seconds)} + setup {Durations.Text(allowances.RunnerSetup.Seconds)}; "
            + $"fresh adds build {Durations.Text(allowances.Build.Seconds)} + plugins {Durations.Text(allowances.PluginInstall.Seconds)}{inferred}");
    }

    /// <summary>`up to 5 min 50 s cached, 8 min 20 s fresh (runner start 30 s + …), once a reviewer approves`.</summary>
    public string Sentence => $"up to {Durations.Text(Cached)} cached, {Durations.Text(Fresh)} fresh ({Text}), once a reviewer approves";
}
