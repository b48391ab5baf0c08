using System.Text;
using Netra.Infra.Model;

namespace Netra.Infra.Plan;

/// <summary>
/// The alerts of a profile in a plan: for each, its severity and channels, its detection time (worst case from onset to
/// notification, each part with its source) and, for CRITICAL, the budget it is held to; then the channels that wait for
/// a key, and the metric figures not read on Google's own page with the command that shows each.
/// </summary>
public static class AlertsReport
{
    public static string Text(EnvironmentSpec environment, ProfileSpec profile, TextLayout layout)
    {
        var views = AlertView.Of(environment, profile);
        var text = new StringBuilder(layout.Paragraph($"Alerts of profile {profile.Name} (detection: the worst case from onset to notification; Cloud Monitoring's evaluation and the channel's delivery come on top, unbounded):"));
        foreach (var view in views)
        {
            text.Append(layout.Paragraph($"* {view.Name} ({view.Alert.Severity} → {Channels(view)}): detects {view.Detection.Text}{Budget(view)}{(view.StepCommand is { } command ? $"; step: `{command}`" : "")}", 2, 4));
        }

        text.Append(Waiting(environment, layout));
        return text.Append(Unconfirmed(environment, views, layout)).ToString();
    }

    public static string Markdown(EnvironmentSpec environment, ProfileSpec profile)
    {
        var text = new StringBuilder("\n| alert | severity | to | detects within | step |\n| --- | --- | --- | --- | --- |\n");
        foreach (var view in AlertView.Of(environment, profile))
        {
            var detection = view.Detection.Seconds is { } seconds ? $"{seconds} s{(view.Budget is { } budget ? $" (budget {budget.Seconds} s)" : "")}" : "no bound";
            text.Append($"| `{view.Name}` | {view.Alert.Severity} | {Channels(view)} | {detection} | {(view.StepCommand is { } command ? $"`{command}`" : "")} |\n");
        }

        foreach (var (channel, addKey) in AlertView.Waiting(environment))
        {
            text.Append($"\n**Not paging yet:** `{channel.Name}` ({channel.Type}) waits for its key: `{addKey}`, then name the version in `observability.channels.{channel.Name}.sensitiveLabels`.\n");
        }

        return text.ToString();
    }

    private static string Channels(AlertView view) =>
        string.Join(", ", view.Route.Declared.Select(c => c.Name)) + (view.Route.Waiting.Count > 0 ? $" ({string.Join(", ", view.Route.Waiting.Select(c => c.Name))} waits for its key)" : "");

    private static string Budget(AlertView view) => view.Budget is { } budget ? $", within {budget.Seconds} s, {budget.Source}" : "";

    private static string Waiting(EnvironmentSpec environment, TextLayout layout)
    {
        var text = new StringBuilder();
        foreach (var (channel, addKey) in AlertView.Waiting(environment))
        {
            text.Append(layout.Paragraph($"NOT PAGING YET: {channel.Name} ({channel.Type}) waits for its key; until then its alerts go to the other channels of their severity. Add the key, then name the version it prints in observability.channels.{channel.Name}.sensitiveLabels:", 2, 4));
            text.Append(layout.Command(addKey, 4));
        }

        return text.ToString();
    }

    private static string Unconfirmed(EnvironmentSpec environment, IReadOnlyList<AlertView> views, TextLayout layout)
    {
        var metrics = views.SelectMany(v => v.Detection.Unconfirmed).Select(m => m.Metric).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (metrics.Count == 0)
        {
            return "";
        }

        return layout.Paragraph($"Sampling periods and ingestion delays quoted, not read on Google's own page ({metrics.Count} metrics: infra/Limits/MetricTimings.cs); each descriptor's metadata (samplePeriod, ingestDelay) shows the live figures:", 2, 4)
            + layout.Command(ConfirmAll(environment, metrics), 4);
    }

    /// <summary>One read-only command for all of them: `for m in …; do curl … metricDescriptors/$m; done`.</summary>
    public static string ConfirmAll(EnvironmentSpec environment, IReadOnlyList<string> metrics) =>
        $"for m in {string.Join(" ", metrics)}; do curl -s -H \"Authorization: Bearer $(gcloud auth print-access-token)\" \"https://monitoring.googleapis.com/v3/projects/{environment.Location.Project}/metricDescriptors/$m\" | grep -A3 '\"metadata\"'; done";
}
